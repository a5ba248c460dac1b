// The rules the validator knows. Issue-specific rule packs add to this list; a project's
// settings.rules can change a rule's severity or switch it off by id.

import type { RuleSeverity } from '../project/types';
import type { Problem, ValidationRule } from './problem';

export const validationRules: readonly ValidationRule[] = [
  {
    id: 'broken-reference',
    name: 'Broken reference',
    defaultSeverity: 'error',
    description: 'A reference by id points at a component, interaction, data element, code list, contract, process or BPMN element that the project does not contain.',
  },
  {
    id: 'unknown-catalog-id',
    name: 'Unknown catalogue id',
    defaultSeverity: 'warning',
    description: 'A component type, interaction pattern, legal basis, delivery-chain phase or step, or data usage is not one the built-in catalogue knows.',
  },
  {
    id: 'bpmn-parse-error',
    name: 'BPMN cannot be read',
    defaultSeverity: 'error',
    description: 'The BPMN 2.0 XML of a process cannot be parsed, so its steps and links are unknown.',
  },
  {
    id: 'bpmn-warning',
    name: 'BPMN reading warning',
    defaultSeverity: 'warning',
    description: 'Part of the BPMN 2.0 XML of a process was skipped or a reference inside it could not be resolved.',
  },
];

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
