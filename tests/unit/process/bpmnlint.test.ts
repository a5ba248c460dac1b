import { describe, expect, it } from 'vitest';
import { compileBpmnlintConfig, RECOMMENDED_BPMNLINT_RULES } from '../../../models/validation/bpmnlintConfig';
import { validateProjectDeep } from '../../../models/validation/validateDeep';
import { createProcess } from '../../../models/process/processes';
import { createEmptyProject } from '../../../models/project/create';

const taskOnly = `<?xml version="1.0"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <bpmn:process id="P"><bpmn:task id="T"/></bpmn:process>
</bpmn:definitions>`;

function projectWith(bpmn: string) {
  const project = createEmptyProject({ name: 'Lint', now: '2026-01-01T00:00:00Z' });
  project.processes.push({ id: 'p', name: 'P', phase: 'assess', bpmn });
  return project;
}

describe('bpmnlint', () => {
  it('compiles the 26 recommended rules into { config, resolver } with project overrides', () => {
    expect(RECOMMENDED_BPMNLINT_RULES).toHaveLength(26);
    const { config, resolver } = compileBpmnlintConfig({ 'bpmnlint/label-required': 'off', 'bpmnlint/fake-join': 'error', 'bpmnlint/global': 'info' });
    expect(config.rules['label-required']).toBe('off');
    expect(config.rules['fake-join']).toBe('error');
    expect(config.rules['global']).toBe('info');
    expect(config.rules['no-disconnected']).toBe('error');
    expect(typeof resolver.resolveRule('bpmnlint', 'no-disconnected')).toBe('function');
    expect(() => resolver.resolveRule('bpmnlint', 'nope')).toThrow(/unknown rule/);
  });

  it('reports findings as bpmnlint/<rule> problems with the element path, only when asked', async () => {
    const project = projectWith(taskOnly);
    expect((await validateProjectDeep(project)).some((problem) => problem.ruleId.startsWith('bpmnlint/'))).toBe(false);
    const problems = await validateProjectDeep(project, { bpmnlint: true });
    const labels = problems.find((problem) => problem.ruleId === 'bpmnlint/label-required');
    expect(labels).toMatchObject({ severity: 'error', path: 'processes[0].bpmn#T', target: { kind: 'processes', id: 'p' } });
    expect(problems.map((problem) => problem.ruleId)).toEqual(expect.arrayContaining(['bpmnlint/start-event-required', 'bpmnlint/end-event-required', 'bpmnlint/no-bpmndi']));
  });

  it('applies per-project severities and switches rules off', async () => {
    const project = projectWith(taskOnly);
    project.settings.rules = { 'bpmnlint/label-required': 'off', 'bpmnlint/no-bpmndi': 'info' };
    const problems = await validateProjectDeep(project, { bpmnlint: true });
    expect(problems.some((problem) => problem.ruleId === 'bpmnlint/label-required')).toBe(false);
    expect(problems.filter((problem) => problem.ruleId === 'bpmnlint/no-bpmndi').every((problem) => problem.severity === 'info')).toBe(true);
  });

  it('a blank new process lints with only the findings a one-event diagram has', async () => {
    const { project } = createProcess(createEmptyProject({ name: 'x', now: '2026-01-01T00:00:00Z' }), { name: 'Blank', phase: 'assess' });
    const rules = (await validateProjectDeep(project, { bpmnlint: true })).map((problem) => problem.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['bpmnlint/end-event-required']));
    expect(rules).not.toContain('bpmnlint/no-bpmndi');
  });
});
