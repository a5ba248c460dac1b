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
const rankOfKind = new Map<string, number>(ENTITY_KINDS.map((kind, i) => [kind, i]));
const OTHER_RANK = ENTITY_KINDS.length;

const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

// Rank, index and reporting order packed into one safe integer per problem, so that a native
// numeric sort of a Float64Array does the work (no comparator calls, no key objects).
const SEQ_SPAN = 2 ** 18;
const INDEX_SPAN = 2 ** 30;
/** Ranks must stay below 2^5 for rank, index and seq to fit in 53 bits. */
const RANKS_PACK = OTHER_RANK < 2 ** 5;

/**
 * Where a path's entity sorts, as rank * INDEX_SPAN + index: `kinds[3]...` → the kind's rank
 * and 3; anything else after every entity. -1 for an index too large to pack. Read with a
 * character scan, not a regular expression: it runs once per problem.
 */
function positionOf(path: string): number {
  let i = 0;
  while (i < path.length && isLetter(path.charCodeAt(i))) i++;
  if (i > 0 && path.charCodeAt(i) === 91 /* [ */) {
    let end = i + 1;
    while (end < path.length && isDigit(path.charCodeAt(end))) end++;
    if (end > i + 1 && path.charCodeAt(end) === 93 /* ] */) {
      const rank = rankOfKind.get(path.slice(0, i));
      if (rank !== undefined) {
        const index = Number(path.slice(i + 1, end));
        return index < INDEX_SPAN ? rank * INDEX_SPAN + index : -1;
      }
    }
  }
  return OTHER_RANK * INDEX_SPAN;
}

/** Stable sort by entity; within one entity, the order the rules reported in. */
export function sortByEntity(problems: readonly Problem[]): Problem[] {
  const positions = new Float64Array(problems.length);
  let packable = RANKS_PACK && problems.length <= SEQ_SPAN;
  for (let seq = 0; seq < problems.length; seq++) {
    const position = positionOf(problems[seq]!.path);
    if (position < 0) packable = false;
    positions[seq] = position;
  }
  if (!packable) {
    // Beyond what one safe integer holds (an index past 2^30, or 2^18 problems): compare.
    const exact = problems.map((problem) => exactPositionOf(problem.path));
    const order = problems.map((_, seq) => seq);
    order.sort((a, b) => exact[a]![0] - exact[b]![0] || exact[a]![1] - exact[b]![1] || a - b);
    return order.map((seq) => problems[seq]!);
  }
  for (let seq = 0; seq < problems.length; seq++) positions[seq] = positions[seq]! * SEQ_SPAN + seq;
  positions.sort();
  return Array.from(positions, (key) => problems[key % SEQ_SPAN]!);
}

const PATH_HEAD = /^([A-Za-z]+)\[(\d+)\]/;

/** [rank, index] of a path, for the rare lists the packed sort cannot take. */
function exactPositionOf(path: string): [number, number] {
  const head = PATH_HEAD.exec(path);
  const rank = head ? rankOfKind.get(head[1]!) : undefined;
  return rank === undefined ? [OTHER_RANK, 0] : [rank, Number(head![2])];
}

/**
 * The problems of the context's project. `extra` are findings made outside the rule modules
 * (bpmnlint's), merged in before sorting and overrides. Rules the project switched off do not run.
 */
export function runRules(context: ValidationContext, extra: readonly Problem[] = [], rules: readonly Rule[] = engineRules): Problem[] {
  const overrides = context.project.settings.rules;
  const collected: Problem[] = [];
  // Appended one by one: spreading a rule's thousands of problems into push() costs a copy of
  // them as arguments (and a large enough list overflows the stack).
  const collect = (problems: readonly Problem[]): void => {
    for (const problem of problems) collected.push(problem);
  };
  // The two reference rules share one walk in document order: keep that order between them.
  const wantedReferences = new Set(rules.filter((rule) => REFERENCE_RULE_IDS.has(rule.id) && !isRuleOff(overrides, rule.id)).map((rule) => rule.id));
  if (wantedReferences.size > 0) collect(referenceProblems(context).filter((problem) => wantedReferences.has(problem.ruleId)));
  for (const rule of rules) {
    if (REFERENCE_RULE_IDS.has(rule.id) || isRuleOff(overrides, rule.id)) continue;
    collect(rule.check(context));
  }
  collect(extra);
  return applyRuleOverrides(sortByEntity(collected), overrides);
}
