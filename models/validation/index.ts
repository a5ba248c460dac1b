export { countBySeverity, type Problem, type ProblemSeverity, type ValidationRule } from './problem';
export { applyRuleOverrides, getValidationRule, validationRules } from './rules';
export { validateProject } from './validateProject';
export { validateProjectDeep, type DeepValidationOptions } from './validateDeep';
