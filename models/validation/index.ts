export { countBySeverity, type Problem, type ProblemSeverity, type ValidationRule } from './problem';
export { applyRuleOverrides, getValidationRule, validationRules } from './rules';
export { validateProject } from './validateProject';
export { FULL_VALIDATION, readProcessOutcome, validateProjectDeep, type DeepValidationOptions, type ProcessOutcome, type ProcessReader } from './validateDeep';
export { ProcessResultCache, sharedProcessCache } from './processCache';
export { buildValidationContext, type ValidationContext } from './context';
export { runRules } from './engine';
export type { Rule } from './rule';
