// Linking process steps to an API operation from the contract's side. The link lives in the
// step's cs:stepLinks inside the BPMN (as when it is made in the process panel), so the edit goes
// through models/process/links: the BPMN is rewritten, then the document takes the new text in
// one step, and only if the process did not change in between.

import { addOperationRef, updateStepLinksInXml } from '../process/links';
import type { OperationRef, Project } from '../project/types';
import { findOperation } from './importContract';
import type { OperationKey } from './mappings';

/** True when `ref` names `op` of the contract `contractId` (by operationId, else method and path). */
export function refersToOperation(ref: OperationRef, contractId: string, op: OperationKey, all: readonly OperationKey[]): boolean {
  if (ref.contractId !== contractId) return false;
  // Resolve against every operation of the contract: a ref by operationId may carry a stale method/path.
  const found = findOperation(all, ref);
  if (found) return found.method === op.method && found.path === op.path;
  return false;
}

/** The new BPMN text of a process whose step now links `ref` (unchanged text if it already did). */
export async function bpmnWithOperationLinked(bpmn: string, stepId: string, ref: OperationRef): Promise<string> {
  return updateStepLinksInXml(bpmn, stepId, (links) => addOperationRef(links, ref));
}

/** The new BPMN text of a process whose step no longer links the operation `op` of `contractId`. */
export async function bpmnWithOperationUnlinked(
  bpmn: string,
  stepId: string,
  contractId: string,
  op: OperationKey,
  all: readonly OperationKey[],
): Promise<string> {
  return updateStepLinksInXml(bpmn, stepId, (links) => ({
    ...links,
    operationRefs: links.operationRefs.filter((ref) => !refersToOperation(ref, contractId, op, all)),
  }));
}

/**
 * The project with the process's BPMN replaced by `next`, if its BPMN is still `previous`;
 * otherwise the same project (the process was edited or removed meanwhile, and the caller
 * recomputes from the new text).
 */
export function replaceProcessBpmn(project: Project, processId: string, previous: string, next: string): Project {
  const index = project.processes.findIndex((p) => p.id === processId);
  const process = project.processes[index];
  if (!process || process.bpmn !== previous || previous === next) return project;
  const processes = project.processes.slice();
  processes[index] = { ...process, bpmn: next };
  return { ...project, processes };
}
