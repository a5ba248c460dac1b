// "Fill from process": the steps a scenario would have if it followed its process in BPMN order,
// each tied to its BPMN element and to the interactions linked on that element, merged with the
// steps the scenario already has so that nothing the user wrote is lost.

import { readBpmnTree, type ModdleElement } from '../process/moddle';
import { stepsOfProcess, type StepInfo } from '../process/steps';
import { slugify, uniqueId } from '../project/ids';
import type { Project, Scenario, ScenarioStep } from '../project/types';

const list = (value: unknown): ModdleElement[] => (Array.isArray(value) ? (value as ModdleElement[]) : []);
const idOf = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : undefined;

export interface FlowOrder {
  /** Flow-node ids in reading order: along the sequence flows, a sub-process followed by its content. */
  order: string[];
  /** Number of outgoing sequence flows per flow node. */
  outgoing: Map<string, number>;
}

/**
 * Orders the flow nodes of one container (process or sub-process) along its sequence flows: a
 * topological order of the flow graph without its loop-back edges, ties broken by the order in
 * which a depth-first walk from the start events meets them, so a branch is read to its end
 * before the next one. Boundary events follow the activity they are attached to.
 */
function orderContainer(container: ModdleElement, out: FlowOrder): void {
  const elements = list(container.flowElements);
  const nodes = elements.filter((e) => e.$instanceOf('bpmn:FlowNode') && typeof e.id === 'string');
  const nodeIds = new Set(nodes.map((node) => node.id as string));
  const successors = new Map<string, string[]>(nodes.map((node) => [node.id as string, []]));
  const incoming = new Map<string, number>(nodes.map((node) => [node.id as string, 0]));
  for (const flow of elements) {
    if (!flow.$instanceOf('bpmn:SequenceFlow')) continue;
    const source = idOf(flow.sourceRef);
    const target = idOf(flow.targetRef);
    if (source === undefined || target === undefined || !nodeIds.has(source) || !nodeIds.has(target)) continue;
    successors.get(source)!.push(target);
    incoming.set(target, incoming.get(target)! + 1);
  }
  for (const [id, targets] of successors) out.outgoing.set(id, targets.length);

  const boundaryOf = new Map<string, string[]>();
  const isBoundary = new Set<string>();
  for (const node of nodes) {
    const host = node.$instanceOf('bpmn:BoundaryEvent') ? idOf(node.attachedToRef) : undefined;
    if (host === undefined || !nodeIds.has(host)) continue;
    isBoundary.add(node.id as string);
    boundaryOf.set(host, [...(boundaryOf.get(host) ?? []), node.id as string]);
  }

  // Depth-first walk: visiting rank of each node and the edges that loop back.
  const rank = new Map<string, number>();
  const backEdges = new Set<string>();
  const onStack = new Set<string>();
  const starts = [
    ...nodes.filter((n) => n.$instanceOf('bpmn:StartEvent')),
    ...nodes.filter((n) => !n.$instanceOf('bpmn:StartEvent') && incoming.get(n.id as string) === 0 && !isBoundary.has(n.id as string)),
    // Boundary events open their own paths; everything else unreached comes last, in file order.
    ...nodes.filter((n) => isBoundary.has(n.id as string)),
    ...nodes,
  ];
  const visit = (start: string) => {
    if (rank.has(start)) return;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    rank.set(start, rank.size);
    onStack.add(start);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const targets = successors.get(frame.id)!;
      if (frame.next >= targets.length) {
        onStack.delete(frame.id);
        stack.pop();
        continue;
      }
      const target = targets[frame.next]!;
      frame.next += 1;
      if (onStack.has(target)) {
        backEdges.add(`${frame.id}>${target}`);
      } else if (!rank.has(target)) {
        rank.set(target, rank.size);
        onStack.add(target);
        stack.push({ id: target, next: 0 });
      }
    }
  };
  for (const node of starts) visit(node.id as string);

  // Kahn's algorithm over the forward edges, lowest rank first.
  const remaining = new Map<string, number>(nodes.map((node) => [node.id as string, 0]));
  for (const [source, targets] of successors) {
    for (const target of targets) if (!backEdges.has(`${source}>${target}`)) remaining.set(target, remaining.get(target)! + 1);
  }
  const ready: string[] = nodes.map((node) => node.id as string).filter((id) => remaining.get(id) === 0 && !isBoundary.has(id));
  const emitted = new Set<string>();
  const byId = new Map(nodes.map((node) => [node.id as string, node]));
  const release = (id: string) => {
    for (const target of successors.get(id)!) {
      if (backEdges.has(`${id}>${target}`)) continue;
      const left = remaining.get(target)! - 1;
      remaining.set(target, left);
      if (left === 0 && !isBoundary.has(target)) ready.push(target);
    }
  };
  const emit = (id: string) => {
    if (emitted.has(id)) return;
    emitted.add(id);
    out.order.push(id);
    const node = byId.get(id)!;
    if (node.$instanceOf('bpmn:SubProcess')) orderContainer(node, out);
    release(id);
    for (const boundary of boundaryOf.get(id) ?? []) {
      emitted.add(boundary);
      out.order.push(boundary);
      release(boundary);
    }
  };
  while (emitted.size < nodes.length) {
    if (ready.length === 0) {
      // Only nodes in a cycle with no way in are left (or boundary events of missing hosts).
      const next = nodes.map((node) => node.id as string).filter((id) => !emitted.has(id)).sort((a, b) => rank.get(a)! - rank.get(b)!)[0]!;
      if (isBoundary.has(next)) {
        emitted.add(next);
        out.order.push(next);
        release(next);
      } else {
        emit(next);
      }
      continue;
    }
    ready.sort((a, b) => rank.get(a)! - rank.get(b)!);
    const next = ready.shift()!;
    if (!emitted.has(next)) emit(next);
  }
}

/** The flow nodes of every process of the BPMN in reading order (processes in file order). */
export async function readFlowOrder(bpmnXml: string): Promise<FlowOrder> {
  const { definitions } = await readBpmnTree(bpmnXml);
  const out: FlowOrder = { order: [], outgoing: new Map() };
  for (const root of list(definitions.rootElements)) {
    if (root.$instanceOf('bpmn:Process')) orderContainer(root, out);
  }
  return out;
}

const ACTIVITY = /^bpmn:(\w*Task|SubProcess|AdHocSubProcess|Transaction|CallActivity)$/;

/**
 * Whether a flow node is worth a scenario step: every activity; a named decision (a gateway
 * that splits) or any gateway with interactions; an intermediate or boundary event that is named
 * or linked; a start or end event only when it performs an interaction (a message received).
 */
export function isScenarioWorthy(step: StepInfo, outgoing: number): boolean {
  if (ACTIVITY.test(step.bpmnType)) return true;
  const linked = step.interactionIds.length > 0;
  if (step.bpmnType.endsWith('Gateway')) return linked || (step.name.trim() !== '' && outgoing > 1);
  if (step.bpmnType === 'bpmn:StartEvent' || step.bpmnType === 'bpmn:EndEvent') return linked;
  if (step.bpmnType.endsWith('Event')) return linked || step.name.trim() !== '';
  return linked;
}

/**
 * Proposed steps from process steps already in flow order. A scenario step tied to the same BPMN
 * element keeps its id, title, notes, conditions and error handling, and its interactions come
 * first (the element's links are added after them); steps tied to no element of the process stay
 * where they were relative to the steps around them.
 */
export function proposeStepsFromOrderedSteps(scenario: Scenario, ordered: readonly StepInfo[], outgoing: ReadonlyMap<string, number>): ScenarioStep[] {
  const existing = new Map<string, ScenarioStep>();
  for (const step of scenario.steps) {
    if (step.bpmnElementId !== undefined && !existing.has(step.bpmnElementId)) existing.set(step.bpmnElementId, step);
  }
  const taken = new Set(scenario.steps.map((step) => step.id));
  const proposed: ScenarioStep[] = [];
  const placedIds = new Set<string>();
  for (const info of ordered) {
    if (!isScenarioWorthy(info, outgoing.get(info.elementId) ?? 0) && !existing.has(info.elementId)) continue;
    const old = existing.get(info.elementId);
    if (old) {
      proposed.push({ ...old, interactionIds: [...new Set([...old.interactionIds, ...info.interactionIds])] });
      placedIds.add(old.id);
      continue;
    }
    const id = uniqueId(slugify(info.elementId), taken);
    taken.add(id);
    proposed.push({ id, bpmnElementId: info.elementId, title: info.name.trim() === '' ? info.elementId : info.name.trim(), interactionIds: [...new Set(info.interactionIds)] });
  }
  // Steps of the scenario that match no element: after the step that preceded them before.
  let result = proposed;
  scenario.steps.forEach((step, index) => {
    if (placedIds.has(step.id)) return;
    const previous = scenario.steps.slice(0, index).reverse().find((candidate) => placedIds.has(candidate.id));
    const at = previous ? result.findIndex((candidate) => candidate.id === previous.id) + 1 : 0;
    result = [...result.slice(0, at), step, ...result.slice(at)];
    placedIds.add(step.id);
  });
  return result;
}

/**
 * The steps "Fill from process" proposes for the scenario, from its process's BPMN (parsed, so
 * asynchronous). Without a process, or when the BPMN cannot be read, the scenario's steps are
 * returned unchanged.
 */
export async function proposeStepsFromProcess(project: Project, scenario: Scenario): Promise<ScenarioStep[]> {
  const process = project.processes.find((p) => p.id === scenario.processId);
  if (!process) return scenario.steps;
  let steps: StepInfo[];
  let flow: FlowOrder;
  try {
    [{ steps }, flow] = await Promise.all([stepsOfProcess(process), readFlowOrder(process.bpmn)]);
  } catch {
    return scenario.steps;
  }
  const byElement = new Map(steps.map((step) => [step.elementId, step]));
  const ordered = flow.order.flatMap((id) => {
    const step = byElement.get(id);
    return step ? [step] : [];
  });
  return proposeStepsFromOrderedSteps(scenario, ordered, flow.outgoing);
}
