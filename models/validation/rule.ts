// The shape of one rule module (models/validation/rules/<id>.ts): its description, shown in the
// Problems view and in SARIF, and a check over the shared context.

import type { ValidationContext } from './context';
import type { Problem, ValidationRule } from './problem';

export interface Rule extends ValidationRule {
  /** Problems at the rule's default severity; the engine applies the project's overrides. */
  check(context: ValidationContext): Problem[];
}

/** A problem of `rule` at its default severity; the message starts with the path. */
export function report(
  rule: Pick<ValidationRule, 'id' | 'defaultSeverity'>,
  path: string,
  detail: string,
  target?: Problem['target'],
  bpmnElementId?: string,
): Problem {
  const problem: Problem = { ruleId: rule.id, severity: rule.defaultSeverity, message: `${path}: ${detail}`, path };
  if (target) problem.target = target;
  if (bpmnElementId !== undefined) problem.bpmnElementId = bpmnElementId;
  return problem;
}
