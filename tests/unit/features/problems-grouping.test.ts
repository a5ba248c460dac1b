import { describe, expect, it } from 'vitest';
import { comparePaths, groupProblems, type ProblemSeverity } from '../../../renderer/features/problems/groupProblems';

const p = (severity: ProblemSeverity, ruleId: string, path: string) => ({ severity, ruleId, path, message: `${ruleId} at ${path}` });

describe('groupProblems', () => {
  it('orders severities error, warning, info and leaves empty ones out', () => {
    const groups = groupProblems([p('info', 'r1', 'a'), p('error', 'r2', 'b'), p('info', 'r1', 'c')]);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ['error', 1],
      ['info', 2],
    ]);
  });

  it('puts the rule with most problems first and orders problems by path, numerically', () => {
    const groups = groupProblems([
      p('warning', 'b-rule', 'components[10].type'),
      p('warning', 'a-rule', 'interactions[0]'),
      p('warning', 'b-rule', 'components[9].type'),
      p('warning', 'c-rule', 'scenarios[0]'),
    ]);
    const rules = groups[0]!.rules;
    expect(rules.map((r) => r.ruleId)).toEqual(['b-rule', 'a-rule', 'c-rule']);
    expect(rules[0]!.problems.map((x) => x.path)).toEqual(['components[9].type', 'components[10].type']);
    expect(rules[0]!.problems[0]!.message).toBe('b-rule at components[9].type');
  });

  it('returns nothing for no problems', () => {
    expect(groupProblems([])).toEqual([]);
  });
});

describe('comparePaths', () => {
  it('compares array indices as numbers', () => {
    expect(comparePaths('dataElements[2]', 'dataElements[11]')).toBeLessThan(0);
  });
});
