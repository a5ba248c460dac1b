// The rules the validator knows: the engine's rule modules (./rules/) and bpmnlint's recommended
// rules as `bpmnlint/<rule>`. A project's settings.rules can change a rule's severity or switch
// it off by id.

import type { RuleSeverity } from '../project/types';
import { bpmnlintValidationRules } from './bpmnlintRules';
import type { Problem, ValidationRule } from './problem';
import { engineRules } from './rules/index';

const describe = ({ id, name, defaultSeverity, description, fixHint, helpUri }: ValidationRule): ValidationRule =>
  helpUri === undefined ? { id, name, defaultSeverity, description, fixHint } : { id, name, defaultSeverity, description, fixHint, helpUri };

export const validationRules: readonly ValidationRule[] = [...engineRules.map(describe), ...bpmnlintValidationRules];

const rulesById = new Map(validationRules.map((rule) => [rule.id, rule]));

export function getValidationRule(id: string): ValidationRule | undefined {
  return rulesById.get(id);
}

/** Applies per-rule overrides from the project's settings: a new severity, or 'off' to drop. */
export function applyRuleOverrides(problems: readonly Problem[], overrides: Readonly<Record<string, RuleSeverity>>): Problem[] {
  const out: Problem[] = [];
  for (const problem of problems) {
    const override = Object.prototype.hasOwnProperty.call(overrides, problem.ruleId) ? overrides[problem.ruleId] : undefined;
    if (override === 'off') continue;
    out.push(override === undefined ? problem : { ...problem, severity: override });
  }
  return out;
}

/** True when the project switched the rule off (its check need not run). */
export function isRuleOff(overrides: Readonly<Record<string, RuleSeverity>>, ruleId: string): boolean {
  return Object.prototype.hasOwnProperty.call(overrides, ruleId) && overrides[ruleId] === 'off';
}
