// Rule settings as the Problems view changes them: each change is one edit of the open document
// (project.settings.rules), so one undo step, and every view's problems follow.

import type { RuleSeverity } from '../../../models/project/types';
import { getValidationRule } from '../../../models/validation';
import { useProjectStore } from '../../store/projectStore';
import { withRuleSetting, withRuleSeverity } from './ruleSettings';

/** Sets the rule's project setting, or back to its default with null (the rule group's controls). */
export function setRuleSetting(ruleId: string, severity: RuleSeverity | null): void {
  useProjectStore.getState().updateProject((project) => withRuleSetting(project, ruleId, severity));
}

/** Gives the rule `severity` (or turns it off), picking its default restores the default. */
export function setRuleSeverity(ruleId: string, severity: RuleSeverity): void {
  const defaultSeverity = getValidationRule(ruleId)?.defaultSeverity;
  useProjectStore.getState().updateProject((project) => withRuleSeverity(project, ruleId, severity, defaultSeverity));
}
