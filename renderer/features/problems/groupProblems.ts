// Problems grouped the way the Problems view lists them: by severity (errors first), then by
// rule, each group with its count. Pure so it can be tested without rendering.

import type { ProblemSeverity } from '../../../models/validation';

export type { ProblemSeverity };

export const SEVERITY_ORDER: readonly ProblemSeverity[] = ['error', 'warning', 'info'];

interface GroupableProblem {
  ruleId: string;
  severity: ProblemSeverity;
  path: string;
}

export interface RuleGroup<P> {
  ruleId: string;
  problems: P[];
}

export interface SeverityGroup<P> {
  severity: ProblemSeverity;
  count: number;
  rules: RuleGroup<P>[];
}

/**
 * Severity groups in the order error, warning, info (empty severities left out); rules within
 * a severity by number of problems, most first, then by id; problems within a rule by path so
 * the list follows the document.
 */
export function groupProblems<P extends GroupableProblem>(problems: readonly P[]): SeverityGroup<P>[] {
  const groups: SeverityGroup<P>[] = [];
  for (const severity of SEVERITY_ORDER) {
    const ofSeverity = problems.filter((p) => p.severity === severity);
    if (ofSeverity.length === 0) continue;
    const byRule = new Map<string, P[]>();
    for (const problem of ofSeverity) {
      const list = byRule.get(problem.ruleId);
      if (list) list.push(problem);
      else byRule.set(problem.ruleId, [problem]);
    }
    const rules = [...byRule.entries()]
      .map(([ruleId, list]) => ({ ruleId, problems: [...list].sort((a, b) => comparePaths(a.path, b.path)) }))
      .sort((a, b) => b.problems.length - a.problems.length || a.ruleId.localeCompare(b.ruleId));
    groups.push({ severity, count: ofSeverity.length, rules });
  }
  return groups;
}

/** Compares JSON paths so that `components[10]` comes after `components[9]`. */
export function comparePaths(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
