import type { EntityKind } from '../project/types';

export type ProblemSeverity = 'error' | 'warning' | 'info';

export interface Problem {
  ruleId: string;
  severity: ProblemSeverity;
  /** Starts with the path: "components[3].type: unknown component type 'registy'". */
  message: string;
  /** JSON path of the offending value; BPMN steps as `processes[2].bpmn#Task_1`. */
  path: string;
  /** The entity to select when the user follows the problem. */
  target?: { kind: EntityKind; id: string };
  /** For problems about one BPMN element of a process (target kind 'processes'): the element to reveal. */
  bpmnElementId?: string;
}

export interface ValidationRule {
  id: string;
  name: string;
  defaultSeverity: ProblemSeverity;
  /** One line: what the rule checks. */
  description: string;
  /** One or two sentences: how to make the problem go away. */
  fixHint: string;
  /** Where the rule is documented in more depth (bpmnlint rules link to their documentation). */
  helpUri?: string;
}

export function countBySeverity(problems: readonly Problem[]): Record<ProblemSeverity, number> {
  const counts: Record<ProblemSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const problem of problems) counts[problem.severity] += 1;
  return counts;
}
