// Runs the rule modules over one context: each rule once, the project's overrides applied, the
// problems sorted by the entity they are about (components first, in file order) so that a
// reader sees one entity's problems together. Pure: the same in Node, the renderer and a worker.

import { ENTITY_KINDS } from '../project/types';
import type { ValidationContext } from './context';
import type { Problem } from './problem';
import { referenceProblems } from './references';
import type { Rule } from './rule';
import { applyRuleOverrides, isRuleOff } from './rules';
import { engineRules } from './rules/index';

const REFERENCE_RULE_IDS: ReadonlySet<string> = new Set(['broken-reference', 'unknown-catalog-id']);
const PATH_HEAD = /^([A-Za-z]+)\[(\d+)\]/;
const rankOfKind = new Map<string, number>(ENTITY_KINDS.map((kind, i) => [kind, i]));

function positionOf(path: string): [number, number] {
  const head = PATH_HEAD.exec(path);
  const rank = head ? rankOfKind.get(head[1]!) : undefined;
  return rank === undefined ? [ENTITY_KINDS.length, 0] : [rank, Number(head![2])];
}

/** Stable sort by entity; within one entity, the order the rules reported in. */
export function sortByEntity(problems: readonly Problem[]): Problem[] {
  const keyed = problems.map((problem, seq) => ({ problem, seq, position: positionOf(problem.path) }));
  keyed.sort((a, b) => a.position[0] - b.position[0] || a.position[1] - b.position[1] || a.seq - b.seq);
  return keyed.map((entry) => entry.problem);
}

/**
 * The problems of the context's project. `extra` are findings made outside the rule modules
 * (bpmnlint's), merged in before sorting and overrides. Rules the project switched off do not run.
 */
export function runRules(context: ValidationContext, extra: readonly Problem[] = [], rules: readonly Rule[] = engineRules): Problem[] {
  const overrides = context.project.settings.rules;
  const collected: Problem[] = [];
  // The two reference rules share one walk in document order: keep that order between them.
  const wantedReferences = rules.filter((rule) => REFERENCE_RULE_IDS.has(rule.id) && !isRuleOff(overrides, rule.id)).map((rule) => rule.id);
  if (wantedReferences.length > 0) collected.push(...referenceProblems(context).filter((problem) => wantedReferences.includes(problem.ruleId)));
  for (const rule of rules) {
    if (REFERENCE_RULE_IDS.has(rule.id) || isRuleOff(overrides, rule.id)) continue;
    collected.push(...rule.check(context));
  }
  collected.push(...extra);
  return applyRuleOverrides(sortByEntity(collected), overrides);
}
