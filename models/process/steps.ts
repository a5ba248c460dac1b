// The steps of a process as the rest of the app sees them: every flow node of the BPMN (tasks,
// events, gateways, sub-processes and their children) with its lane and its cs: links.

import type { OperationRef } from '../project/types';
import { readBpmnTree, type ModdleElement } from './moddle';
import type { Process } from '../project/types';

export { BpmnParseError } from './moddle';

export interface StepInfo {
  processId: string;
  elementId: string;
  name: string;
  /** e.g. 'bpmn:UserTask'. */
  bpmnType: string;
  laneName?: string;
  /** A delivery-chain step id of the catalogue, from cs:stepLinks. */
  chainStep?: string;
  agency?: string;
  dataRefs: { elementId: string; usage: string }[];
  interactionIds: string[];
  operationRefs: OperationRef[];
}

const list = (value: unknown): ModdleElement[] => (Array.isArray(value) ? (value as ModdleElement[]) : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Lane name per flow-node id; nested lanes are visited after their parent so the innermost wins. */
function collectLanes(container: ModdleElement, lanes: Map<string, string>): void {
  const visitLaneSet = (laneSet: ModdleElement): void => {
    for (const lane of list(laneSet.lanes)) {
      const laneName = text(lane.name);
      for (const node of list(lane.flowNodeRef)) {
        if (laneName !== undefined && typeof node.id === 'string') lanes.set(node.id, laneName);
      }
      if (lane.childLaneSet !== undefined) visitLaneSet(lane.childLaneSet as ModdleElement);
    }
  };
  for (const laneSet of list(container.laneSets)) visitLaneSet(laneSet);
}

/** The links of one step as stored in its cs:stepLinks (several stepLinks elements are merged). */
export type StepLinksValue = Pick<StepInfo, 'chainStep' | 'agency' | 'dataRefs' | 'interactionIds' | 'operationRefs'>;

export function readLinks(element: ModdleElement): StepLinksValue {
  const links: StepLinksValue = { dataRefs: [], interactionIds: [], operationRefs: [] };
  const extensions = element.extensionElements as ModdleElement | undefined;
  for (const value of list(extensions?.values)) {
    if (value.$type !== 'cs:StepLinks') continue;
    const chainStep = text(value.chainStep);
    const agency = text(value.agency);
    if (links.chainStep === undefined && chainStep !== undefined) links.chainStep = chainStep;
    if (links.agency === undefined && agency !== undefined) links.agency = agency;
    for (const ref of list(value.dataRefs)) {
      const elementId = text(ref.elementId);
      if (elementId !== undefined) links.dataRefs.push({ elementId, usage: text(ref.usage) ?? '' });
    }
    for (const ref of list(value.interactionRefs)) {
      const interactionId = text(ref.interactionId);
      if (interactionId !== undefined) links.interactionIds.push(interactionId);
    }
    for (const ref of list(value.operationRefs)) {
      const contractId = text(ref.contractId);
      if (contractId === undefined) continue;
      const operationRef: OperationRef = { contractId };
      const operationId = text(ref.operationId);
      const method = text(ref.method);
      const path = text(ref.path);
      if (operationId !== undefined) operationRef.operationId = operationId;
      if (method !== undefined) operationRef.method = method;
      if (path !== undefined) operationRef.path = path;
      links.operationRefs.push(operationRef);
    }
  }
  return links;
}

function collectSteps(processId: string, container: ModdleElement, steps: StepInfo[], inheritedLane?: string): void {
  const lanes = new Map<string, string>();
  collectLanes(container, lanes);
  for (const element of list(container.flowElements)) {
    if (!element.$instanceOf('bpmn:FlowNode') || typeof element.id !== 'string') continue;
    const step: StepInfo = {
      processId,
      elementId: element.id,
      name: text(element.name) ?? '',
      bpmnType: element.$type,
      ...readLinks(element),
    };
    // Nodes inside a sub-process sit in the lane of the sub-process unless it has lanes of its own.
    const laneName = lanes.get(element.id) ?? inheritedLane;
    if (laneName !== undefined) step.laneName = laneName;
    steps.push(step);
    if (element.$instanceOf('bpmn:SubProcess')) collectSteps(processId, element, steps, laneName);
  }
}

/**
 * The flow nodes of every process in the definitions, in document order (a sub-process is
 * followed by its children). Rejects with BpmnParseError when the XML cannot be read at all.
 */
export async function readProcessSteps(processId: string, bpmnXml: string): Promise<{ steps: StepInfo[]; warnings: string[] }> {
  const { definitions, warnings } = await readBpmnTree(bpmnXml);
  return { steps: stepsOfDefinitions(processId, definitions), warnings };
}

/** The steps of BPMN definitions parsed already (the validation lints the same parse). */
export function stepsOfDefinitions(processId: string, definitions: ModdleElement): StepInfo[] {
  const steps: StepInfo[] = [];
  for (const root of list(definitions.rootElements)) {
    if (root.$instanceOf('bpmn:Process')) collectSteps(processId, root, steps);
  }
  return steps;
}

export interface ProcessSteps {
  steps: StepInfo[];
  warnings: string[];
}

// Documents are immutable: an edit makes new objects only along the path it changed, so an
// unchanged process keeps its object and its parse. Parsing is the expensive part of every
// deep check and index (about 20 ms per 100-node process), so it is done once per object.
const stepsByProcess = new WeakMap<Process, Promise<ProcessSteps>>();

/** readProcessSteps of a process of the document, parsed once per process object. */
export function stepsOfProcess(process: Process): Promise<ProcessSteps> {
  let pending = stepsByProcess.get(process);
  if (!pending) {
    pending = readProcessSteps(process.id, process.bpmn);
    stepsByProcess.set(process, pending);
  }
  return pending;
}

