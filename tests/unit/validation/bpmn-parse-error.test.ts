import { describe, expect, it } from 'vitest';
import { cleanProject, ofRule, validateFully } from './fixtures';

describe('bpmn-parse-error', () => {
  it('reports a process whose BPMN cannot be read, and lints nothing of it', async () => {
    const project = cleanProject();
    project.processes[0]!.bpmn = 'not xml';
    const problems = await validateFully(project);
    expect(ofRule(problems, 'bpmn-parse-error')).toEqual([
      expect.objectContaining({ severity: 'error', path: 'processes[0].bpmn', target: { kind: 'processes', id: 'enrolment' } }),
    ]);
    expect(problems.some((problem) => problem.ruleId.startsWith('bpmnlint/'))).toBe(false);
  });

  it('is silent for readable BPMN', async () => {
    expect(ofRule(await validateFully(cleanProject()), 'bpmn-parse-error')).toEqual([]);
  });
});
