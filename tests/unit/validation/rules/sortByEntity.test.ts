// sortByEntity packs each problem's entity position and reporting order into one number for a
// native sort: it must order exactly as the comparison it replaced, including paths that are
// no entity, unknown kinds and indexes too large to pack.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../../../models/project/types';
import { sortByEntity } from '../../../../models/validation/engine';
import type { Problem } from '../../../../models/validation/problem';

/** The comparison sortByEntity was written as first. */
function reference(problems: readonly Problem[]): Problem[] {
  const rank = new Map<string, number>(ENTITY_KINDS.map((kind, i) => [kind, i]));
  const position = (path: string): [number, number] => {
    const head = /^([A-Za-z]+)\[(\d+)\]/.exec(path);
    const r = head ? rank.get(head[1]!) : undefined;
    return r === undefined ? [ENTITY_KINDS.length, 0] : [r, Number(head![2])];
  };
  const keyed = problems.map((problem, seq) => ({ problem, seq, at: position(problem.path) }));
  keyed.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.seq - b.seq);
  return keyed.map((entry) => entry.problem);
}

const problem = (path: string, n: number): Problem => ({ ruleId: `r${n}`, severity: 'warning', message: `${path}: ${n}`, path });

const path = fc.oneof(
  fc.tuple(fc.constantFrom(...ENTITY_KINDS, 'other', 'Components', ''), fc.oneof(fc.nat({ max: 40 }), fc.constantFrom(2 ** 30 - 1, 2 ** 30, 2 ** 40)), fc.constantFrom('', '.name', '[2]', '.bpmn#Task_1')).map(([kind, index, rest]) => `${kind}[${index}]${rest}`),
  fc.constantFrom('settings.rules', 'processes[x]', 'processes[]', '[3]', 'interactions[007].to', 'dataElements[99999999999999999999999]'),
);

describe('sortByEntity', () => {
  it('orders by entity kind, then index, then reporting order, as the plain comparison does', () => {
    fc.assert(
      fc.property(fc.array(path, { maxLength: 60 }), (paths) => {
        const problems = paths.map(problem);
        expect(sortByEntity(problems)).toEqual(reference(problems));
      }),
      { numRuns: 500 },
    );
  });

  it('sorts a list with an index past the packable range the same way', () => {
    const problems = ['interactions[2]', `interactions[${2 ** 31}]`, 'components[5]', 'interactions[1]', 'settings'].map(problem);
    expect(sortByEntity(problems).map((p) => p.path)).toEqual(['components[5]', 'interactions[1]', 'interactions[2]', `interactions[${2 ** 31}]`, 'settings']);
  });
});
