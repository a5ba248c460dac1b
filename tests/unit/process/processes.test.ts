import { describe, expect, it } from 'vitest';
import {
  blankProcessBpmn,
  createProcess,
  deleteProcess,
  duplicateProcess,
  renameProcess,
  setProcessBpmn,
  setProcessPhase,
  withCatalogDataElements,
} from '../../../models/process/processes';
import { readProcessSteps } from '../../../models/process/steps';
import { createEmptyProject } from '../../../models/project/create';
import type { Project } from '../../../models/project/types';

const empty = () => createEmptyProject({ name: 'Ops', now: '2026-01-01T00:00:00Z' });

function withTwo(): Project {
  let project = createProcess(empty(), { name: 'Intake', phase: 'assess' }).project;
  project = createProcess(project, { name: 'Payment', phase: 'provide' }).project;
  project.scenarios.push({ id: 's', title: 'S', actors: [], processId: 'intake', steps: [] });
  return project;
}

describe('process operations', () => {
  it('a blank process is readable BPMN with one start event and escapes its name', async () => {
    const xml = blankProcessBpmn('my-proc', 'Pay <now> & "then"');
    expect(xml).toContain('name="Pay &lt;now&gt; &amp; &quot;then&quot;"');
    const { steps } = await readProcessSteps('p', xml);
    expect(steps.map((step) => step.bpmnType)).toEqual(['bpmn:StartEvent']);
  });

  it('creates with unique slug ids and leaves the input project alone', () => {
    const first = createProcess(empty(), { name: 'Intake', phase: 'assess' });
    const second = createProcess(first.project, { name: 'Intake', phase: 'assess' });
    expect([first.processId, second.processId]).toEqual(['intake', 'intake-2']);
    expect(first.project.processes).toHaveLength(1);
    expect(() => createProcess(empty(), { name: 'x', phase: 'assess', templateId: 'nope' })).toThrow(/Unknown process template/);
  });

  it('renames (not to blank), sets the phase and the BPMN, returning the same object when nothing changes', () => {
    const project = withTwo();
    expect(renameProcess(project, 'intake', '  Intake v2 ').processes[0]?.name).toBe('Intake v2');
    expect(renameProcess(project, 'intake', '   ')).toBe(project);
    expect(setProcessPhase(project, 'intake', 'assess')).toBe(project);
    expect(setProcessPhase(project, 'intake', 'enroll').processes[0]?.phase).toBe('enroll');
    expect(setProcessBpmn(project, 'payment', 'x').processes[1]?.bpmn).toBe('x');
    expect(setProcessBpmn(project, 'ghost', 'x')).toBe(project);
  });

  it('duplicates right after the original with a new id and the same BPMN', () => {
    const project = withTwo();
    const copy = duplicateProcess(project, 'intake', 'Intake (copy)');
    expect(copy?.project.processes.map((process) => process.id)).toEqual(['intake', 'intake-copy', 'payment']);
    expect(copy?.project.processes[1]?.bpmn).toBe(project.processes[0]?.bpmn);
    expect(duplicateProcess(project, 'ghost', 'x')).toBeUndefined();
  });

  it('deletes a process and unlinks scenarios that belonged to it', () => {
    const project = withTwo();
    const after = deleteProcess(project, 'intake');
    expect(after.processes.map((process) => process.id)).toEqual(['payment']);
    expect(after.scenarios[0]).not.toHaveProperty('processId');
    expect(deleteProcess(project, 'ghost')).toBe(project);
  });

  it('adds missing catalogue data elements with their code lists, once', () => {
    const project = withCatalogDataElements(empty(), ['person.identifier_type', 'person.identifier', 'not.in.catalogue']);
    expect(project.dataElements.map((element) => element.id)).toEqual(['person.identifier', 'person.identifier_type']);
    expect(project.codeLists.map((list) => list.id)).toEqual(['identifier_type']);
    expect(withCatalogDataElements(project, ['person.identifier'])).toBe(project);
  });
});
