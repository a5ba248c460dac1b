// The Problems view's filters, pure so they can be tested without rendering: a text that must
// appear in the message, the rule or the element's name; the severities shown; one rule.

import type { Problem, ProblemSeverity } from '../../../models/validation';

export interface ProblemFilter {
  text: string;
  severities: ReadonlySet<ProblemSeverity>;
  /** '' for every rule. */
  ruleId: string;
}

export const ALL_SEVERITIES: ReadonlySet<ProblemSeverity> = new Set(['error', 'warning', 'info']);
export const NO_FILTER: ProblemFilter = { text: '', severities: ALL_SEVERITIES, ruleId: '' };

export function isFiltering(filter: ProblemFilter): boolean {
  return filter.text.trim() !== '' || filter.ruleId !== '' || filter.severities.size < ALL_SEVERITIES.size;
}

/**
 * The problems that pass the filter. `describe` gives the extra text a problem is found by (its
 * rule's name, the name of the element it points at); every word of the filter text must occur,
 * case-insensitively, in the message, the rule id or that text.
 */
export function filterProblems<P extends Problem>(problems: readonly P[], filter: ProblemFilter, describe: (problem: P) => string = () => ''): P[] {
  const words = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return problems.filter((problem) => {
    if (!filter.severities.has(problem.severity)) return false;
    if (filter.ruleId !== '' && problem.ruleId !== filter.ruleId) return false;
    if (words.length === 0) return true;
    const haystack = `${problem.message} ${problem.ruleId} ${describe(problem)}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** Rule ids with their number of problems, most first, then by id: the rule filter's choices. */
export function ruleCounts(problems: readonly Problem[]): { ruleId: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const problem of problems) counts.set(problem.ruleId, (counts.get(problem.ruleId) ?? 0) + 1);
  return [...counts.entries()].map(([ruleId, count]) => ({ ruleId, count })).sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
}
