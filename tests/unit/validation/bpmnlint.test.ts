import { describe, expect, it } from 'vitest';
import { getValidationRule, validationRules } from '../../../models/validation';
import { RECOMMENDED_BPMNLINT_RULES } from '../../../models/validation/bpmnlintConfig';
import { cleanProject, ofRule, validateFully } from './fixtures';

describe('bpmnlint/<rule>', () => {
  it('lists every recommended bpmnlint rule with a description, a fix hint and its documentation', () => {
    for (const lint of RECOMMENDED_BPMNLINT_RULES) {
      const rule = getValidationRule(`bpmnlint/${lint.name}`);
      expect(rule, lint.name).toBeDefined();
      expect(rule!.fixHint.length).toBeGreaterThan(10);
      expect(rule!.description).not.toMatch(/^bpmnlint rule/);
      expect(rule!.helpUri).toBe(`https://github.com/bpmn-io/bpmnlint/blob/main/docs/rules/${lint.name}.md`);
      expect(rule!.defaultSeverity).toBe(lint.severity === 'warn' ? 'warning' : lint.severity);
    }
    expect(validationRules.filter((rule) => rule.id.startsWith('bpmnlint/'))).toHaveLength(RECOMMENDED_BPMNLINT_RULES.length);
  });

  it('reports findings with the element to reveal, and none for clean BPMN', async () => {
    const project = cleanProject();
    project.processes[0]!.bpmn = project.processes[0]!.bpmn.replace('name="Record household"', 'name=""');
    expect(ofRule(await validateFully(project), 'bpmnlint/label-required')).toEqual([
      {
        ruleId: 'bpmnlint/label-required',
        severity: 'error',
        message: 'processes[0].bpmn#Task_record: Element is missing label/name',
        path: 'processes[0].bpmn#Task_record',
        target: { kind: 'processes', id: 'enrolment' },
        bpmnElementId: 'Task_record',
      },
    ]);
    expect((await validateFully(cleanProject())).filter((problem) => problem.ruleId.startsWith('bpmnlint/'))).toEqual([]);
  });
});
