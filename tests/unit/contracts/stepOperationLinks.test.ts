import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contractOperations } from '../../../models/contracts/resolveOperation';
import { bpmnWithOperationLinked, bpmnWithOperationUnlinked, refersToOperation, replaceProcessBpmn } from '../../../models/contracts/stepOperationLinks';
import { readProcessSteps } from '../../../models/process/steps';
import { openProjectText } from '../../../models/project/open';
import type { Project } from '../../../models/project/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function sample(): Project {
  const opened = openProjectText(readFileSync(path.join(repoRoot, 'assets', 'sample', 'child-grant.convergence'), 'utf8'));
  if (!opened.ok) throw new Error('sample does not open');
  return opened.project;
}

const intake = (project: Project) => project.processes.find((p) => p.id === 'intake-registration')!;
const stepOf = async (bpmn: string, id: string) => (await readProcessSteps('intake-registration', bpmn)).steps.find((s) => s.elementId === id)!;

describe('linking process steps to an operation from the contract', () => {
  const project = sample();
  const registry = project.apiContracts.find((c) => c.id === 'registry-api')!;
  const all = contractOperations(registry);
  const search = all.find((op) => op.operationId === 'search')!;
  const subscribe = all.find((op) => op.operationId === 'subscribe')!;

  it('adds a cs:operationRef to the step, keeps its other links, and does it once', async () => {
    const before = intake(project).bpmn;
    const ref = { contractId: 'registry-api', operationId: 'search', method: search.method, path: search.path };
    const linked = await bpmnWithOperationLinked(before, 'Task_register_child', ref);
    const step = await stepOf(linked, 'Task_register_child');
    expect(step.operationRefs).toEqual([ref]);
    expect(step.dataRefs.map((d) => d.elementId)).toContain('person.sex');
    expect(step.chainStep).toBe('intake_registration');
    const again = await bpmnWithOperationLinked(linked, 'Task_register_child', ref);
    expect((await stepOf(again, 'Task_register_child')).operationRefs).toHaveLength(1);
  });

  it('removes only the refs that name this operation, however they name it', async () => {
    const before = intake(project).bpmn;
    // A ref by method and path only (no operationId) names the same operation.
    const byPath = await bpmnWithOperationLinked(before, 'Task_request_birth_record', { contractId: 'registry-api', method: 'post', path: '/registry/subscribe' });
    expect((await stepOf(byPath, 'Task_request_birth_record')).operationRefs).toHaveLength(2);
    const without = await bpmnWithOperationUnlinked(byPath, 'Task_request_birth_record', 'registry-api', subscribe, all);
    const step = await stepOf(without, 'Task_request_birth_record');
    expect(step.operationRefs.map((r) => r.operationId)).toEqual(['search']);
    expect(step.interactionIds).toEqual(['mis-searches-birth-record']);
  });

  it('refuses a step id that is not in the process', async () => {
    await expect(bpmnWithOperationLinked(intake(project).bpmn, 'Nope', { contractId: 'registry-api', operationId: 'search' })).rejects.toThrow(/Nope/);
  });

  it('matches refs by resolving them against the contract', () => {
    expect(refersToOperation({ contractId: 'registry-api', operationId: 'search', method: 'GET', path: '/stale' }, 'registry-api', search, all)).toBe(true);
    expect(refersToOperation({ contractId: 'registry-api', method: 'post', path: '/registry/search' }, 'registry-api', search, all)).toBe(true);
    expect(refersToOperation({ contractId: 'other', operationId: 'search' }, 'registry-api', search, all)).toBe(false);
    expect(refersToOperation({ contractId: 'registry-api', operationId: 'subscribe' }, 'registry-api', search, all)).toBe(false);
  });

  it('replaces the BPMN only when the process still has the text the edit started from', async () => {
    const before = intake(project).bpmn;
    const next = await bpmnWithOperationLinked(before, 'Task_register_child', { contractId: 'registry-api', operationId: 'search' });
    const applied = replaceProcessBpmn(project, 'intake-registration', before, next);
    expect(intake(applied).bpmn).toBe(next);
    expect(applied.processes.filter((p) => p.id !== 'intake-registration')).toEqual(project.processes.filter((p) => p.id !== 'intake-registration'));
    expect(replaceProcessBpmn(applied, 'intake-registration', before, next)).toBe(applied);
    expect(replaceProcessBpmn(project, 'ghost', before, next)).toBe(project);
  });
});
