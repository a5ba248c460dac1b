// Per-project rule settings (project.settings.rules): a rule's severity changed, or the rule
// switched off, like bpmnlint's configuration. Each change is one document edit, so one undo step.

import type { Project, RuleSeverity } from '../../../models/project/types';

/** The project with `ruleId` set to `severity`, or back to its default when `severity` is null. */
export function withRuleSetting(project: Project, ruleId: string, severity: RuleSeverity | null): Project {
  const current = project.settings.rules;
  const has = Object.prototype.hasOwnProperty.call(current, ruleId);
  if (severity === null ? !has : current[ruleId] === severity) return project;
  const rules: Record<string, RuleSeverity> = {};
  for (const [id, value] of Object.entries(current)) if (id !== ruleId) rules[id] = value;
  if (severity !== null) rules[ruleId] = severity;
  return { ...project, settings: { ...project.settings, rules } };
}

/** The overridden rules, sorted by id so the list does not jump as rules are changed. */
export function ruleOverrides(project: Project): { ruleId: string; severity: RuleSeverity }[] {
  return Object.entries(project.settings.rules)
    .map(([ruleId, severity]) => ({ ruleId, severity }))
    .sort((a, b) => a.ruleId.localeCompare(b.ruleId));
}

/**
 * The project with the rule at `severity` as a user picks it on a problem: picking the rule's
 * default removes the override (so the project keeps only real changes and follows the default
 * if it changes), anything else, 'off' included, is stored. An unknown default (a rule this
 * version does not know) stores every choice.
 */
export function withRuleSeverity(project: Project, ruleId: string, severity: RuleSeverity, defaultSeverity: RuleSeverity | undefined): Project {
  return withRuleSetting(project, ruleId, severity === defaultSeverity ? null : severity);
}
