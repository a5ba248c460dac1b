// Builds the BPMN 2.0 XML of one synthetic process: a start event, a chain of tasks and
// exclusive-gateway blocks laid out left to right in rows that wrap, and an end event. Every
// shape has BPMNShape bounds and every flow a BPMNEdge with waypoints, so the diagram opens in
// bpmn-js exactly as laid out here. Step links (cs:stepLinks) are attached to tasks.

import { CS_NAMESPACE_URI, type DataUsage } from '../models/process/csModdle';
import { escapeXml } from '../models/text/escapeXml';

export interface StepLinksSpec {
  chainStep: string;
  agency: string;
  dataRefs: { elementId: string; usage: DataUsage }[];
  interactionRefs: string[];
  operationRefs: { contractId: string; operationId: string; method: string; path: string }[];
}

export interface TaskSpec {
  name: string;
  kind: 'userTask' | 'serviceTask';
  links?: StepLinksSpec;
}

export interface SyntheticProcessSpec {
  /** The BPMN process id (an XML NCName). */
  bpmnProcessId: string;
  name: string;
  /** Exact number of flow nodes (events, tasks and gateways); at least 3. */
  flowNodeCount: number;
  /** Called once per task in flow order; decides its name, kind and links. */
  describeTask: (taskIndex: number) => TaskSpec;
  /** Decides whether the next free slot becomes a decision block (split, two tasks, join). */
  wantsDecision: () => boolean;
}

/** The ids of the tasks written, so scenarios can point at real steps. */
export interface SyntheticProcess {
  xml: string;
  taskIds: string[];
  /** For each task id, the interactions its step links reference. */
  taskInteractions: Map<string, string[]>;
}

const COLUMNS_PER_ROW = 8;
const COLUMN_WIDTH = 150;
const ROW_HEIGHT = 260;
const LEFT = 100;
const TOP = 80;
const BRANCH_OFFSET = 110;
const RETURN_CHANNEL_OFFSET = 190;

type NodeKind = 'startEvent' | 'endEvent' | 'userTask' | 'serviceTask' | 'exclusiveGateway';
type Lane = 'main' | 'branch';

interface Node {
  id: string;
  kind: NodeKind;
  name: string;
  row: number;
  col: number;
  lane: Lane;
  links?: StepLinksSpec;
  defaultFlow?: string;
  incoming: string[];
  outgoing: string[];
}

interface Flow {
  id: string;
  source: Node;
  target: Node;
  name?: string;
  condition?: string;
}

interface Point {
  x: number;
  y: number;
}

const SIZE: Record<NodeKind, { width: number; height: number }> = {
  startEvent: { width: 36, height: 36 },
  endEvent: { width: 36, height: 36 },
  userTask: { width: 100, height: 80 },
  serviceTask: { width: 100, height: 80 },
  exclusiveGateway: { width: 50, height: 50 },
};

function centre(node: Node): Point {
  const rowTop = TOP + node.row * ROW_HEIGHT;
  return {
    x: LEFT + node.col * COLUMN_WIDTH,
    y: rowTop + (node.lane === 'branch' ? BRANCH_OFFSET : 0),
  };
}

function bounds(node: Node): { x: number; y: number; width: number; height: number } {
  const c = centre(node);
  const { width, height } = SIZE[node.kind];
  return { x: c.x - width / 2, y: c.y - height / 2, width, height };
}

function waypoints(flow: Flow): Point[] {
  const s = bounds(flow.source);
  const t = bounds(flow.target);
  const sc = centre(flow.source);
  const tc = centre(flow.target);
  if (flow.target.row > flow.source.row) {
    // Wrap to the next row through the channel below this row's branch lane.
    const channelY = TOP + flow.source.row * ROW_HEIGHT + RETURN_CHANNEL_OFFSET;
    return [
      { x: sc.x, y: s.y + s.height },
      { x: sc.x, y: channelY },
      { x: tc.x, y: channelY },
      { x: tc.x, y: t.y },
    ];
  }
  if (flow.source.lane === 'main' && flow.target.lane === 'branch') {
    return [
      { x: sc.x, y: s.y + s.height },
      { x: sc.x, y: tc.y },
      { x: t.x, y: tc.y },
    ];
  }
  if (flow.source.lane === 'branch' && flow.target.lane === 'main') {
    return [
      { x: s.x + s.width, y: sc.y },
      { x: tc.x, y: sc.y },
      { x: tc.x, y: t.y + t.height },
    ];
  }
  return [
    { x: s.x + s.width, y: sc.y },
    { x: t.x, y: tc.y },
  ];
}


/** Places nodes on the grid: whole blocks never straddle a row break. */
class Cursor {
  row = 0;
  col = 0;

  take(columns: number): { row: number; col: number } {
    if (this.col + columns > COLUMNS_PER_ROW) {
      this.row += 1;
      this.col = 0;
    }
    const slot = { row: this.row, col: this.col };
    this.col += columns;
    return slot;
  }
}

export function buildSyntheticProcess(spec: SyntheticProcessSpec): SyntheticProcess {
  if (!Number.isInteger(spec.flowNodeCount) || spec.flowNodeCount < 3) {
    throw new RangeError(`a process needs at least 3 flow nodes, got ${spec.flowNodeCount}`);
  }
  const prefix = spec.bpmnProcessId;
  const nodes: Node[] = [];
  const flows: Flow[] = [];
  const cursor = new Cursor();
  let taskIndex = 0;
  let gatewayIndex = 0;

  const addNode = (kind: NodeKind, id: string, name: string, slot: { row: number; col: number }, lane: Lane): Node => {
    const node: Node = { id, kind, name, row: slot.row, col: slot.col, lane, incoming: [], outgoing: [] };
    nodes.push(node);
    return node;
  };
  const addTask = (slot: { row: number; col: number }, lane: Lane): Node => {
    const task = spec.describeTask(taskIndex);
    taskIndex += 1;
    const node = addNode(task.kind, `${prefix}_Task_${taskIndex}`, task.name, slot, lane);
    if (task.links) node.links = task.links;
    return node;
  };
  const connect = (source: Node, target: Node, extra: { name?: string; condition?: string } = {}): Flow => {
    const flow: Flow = { id: `${prefix}_Flow_${flows.length + 1}`, source, target, ...extra };
    flows.push(flow);
    source.outgoing.push(flow.id);
    target.incoming.push(flow.id);
    return flow;
  };

  let previous = addNode('startEvent', `${prefix}_Start`, 'Request received', cursor.take(1), 'main');
  // Flow nodes still to place between the start and the end event.
  let remaining = spec.flowNodeCount - 2;
  while (remaining > 0) {
    if (remaining >= 4 && spec.wantsDecision()) {
      gatewayIndex += 1;
      const splitSlot = cursor.take(3);
      const split = addNode('exclusiveGateway', `${prefix}_Split_${gatewayIndex}`, 'Criteria met?', splitSlot, 'main');
      const middle = { row: splitSlot.row, col: splitSlot.col + 1 };
      const yes = addTask(middle, 'main');
      const no = addTask(middle, 'branch');
      const join = addNode(
        'exclusiveGateway',
        `${prefix}_Join_${gatewayIndex}`,
        '',
        { row: splitSlot.row, col: splitSlot.col + 2 },
        'main',
      );
      connect(previous, split);
      const yesFlow = connect(split, yes, { name: 'yes' });
      split.defaultFlow = yesFlow.id;
      connect(split, no, { name: 'no', condition: 'criteriaMet = false' });
      connect(yes, join);
      connect(no, join);
      previous = join;
      remaining -= 4;
    } else {
      const task = addTask(cursor.take(1), 'main');
      connect(previous, task);
      previous = task;
      remaining -= 1;
    }
  }
  const end = addNode('endEvent', `${prefix}_End`, 'Done', cursor.take(1), 'main');
  connect(previous, end);

  const taskInteractions = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.kind === 'userTask' || node.kind === 'serviceTask') {
      taskInteractions.set(node.id, node.links?.interactionRefs ?? []);
    }
  }
  return { xml: renderXml(spec, nodes, flows), taskIds: [...taskInteractions.keys()], taskInteractions };
}

function renderStepLinks(links: StepLinksSpec, indent: string): string[] {
  const lines = [
    `${indent}<bpmn:extensionElements>`,
    `${indent}  <cs:stepLinks chainStep="${escapeXml(links.chainStep)}" agency="${escapeXml(links.agency)}">`,
  ];
  for (const ref of links.dataRefs) {
    lines.push(`${indent}    <cs:dataRef elementId="${escapeXml(ref.elementId)}" usage="${ref.usage}" />`);
  }
  for (const interactionId of links.interactionRefs) {
    lines.push(`${indent}    <cs:interactionRef interactionId="${escapeXml(interactionId)}" />`);
  }
  for (const op of links.operationRefs) {
    lines.push(
      `${indent}    <cs:operationRef contractId="${escapeXml(op.contractId)}" operationId="${escapeXml(op.operationId)}"` +
        ` method="${escapeXml(op.method)}" path="${escapeXml(op.path)}" />`,
    );
  }
  lines.push(`${indent}  </cs:stepLinks>`, `${indent}</bpmn:extensionElements>`);
  return lines;
}

function renderNode(node: Node): string[] {
  const attrs = [`id="${node.id}"`];
  if (node.name) attrs.push(`name="${escapeXml(node.name)}"`);
  if (node.defaultFlow) attrs.push(`default="${node.defaultFlow}"`);
  const lines = [`    <bpmn:${node.kind} ${attrs.join(' ')}>`];
  if (node.links) lines.push(...renderStepLinks(node.links, '      '));
  for (const id of node.incoming) lines.push(`      <bpmn:incoming>${id}</bpmn:incoming>`);
  for (const id of node.outgoing) lines.push(`      <bpmn:outgoing>${id}</bpmn:outgoing>`);
  lines.push(`    </bpmn:${node.kind}>`);
  return lines;
}

function renderFlow(flow: Flow): string[] {
  const attrs = [`id="${flow.id}"`];
  if (flow.name) attrs.push(`name="${escapeXml(flow.name)}"`);
  attrs.push(`sourceRef="${flow.source.id}"`, `targetRef="${flow.target.id}"`);
  if (!flow.condition) return [`    <bpmn:sequenceFlow ${attrs.join(' ')} />`];
  return [
    `    <bpmn:sequenceFlow ${attrs.join(' ')}>`,
    `      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${escapeXml(flow.condition)}</bpmn:conditionExpression>`,
    '    </bpmn:sequenceFlow>',
  ];
}

function renderXml(spec: SyntheticProcessSpec, nodes: Node[], flows: Flow[]): string {
  const id = spec.bpmnProcessId;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"' +
      ' xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"' +
      ' xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"' +
      ' xmlns:di="http://www.omg.org/spec/DD/20100524/DI"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ` xmlns:cs="${CS_NAMESPACE_URI}"` +
      ` id="${id}_Definitions" targetNamespace="urn:convergence-studio:bench">`,
    `  <bpmn:process id="${id}" name="${escapeXml(spec.name)}" isExecutable="false">`,
  ];
  for (const node of nodes) lines.push(...renderNode(node));
  for (const flow of flows) lines.push(...renderFlow(flow));
  lines.push('  </bpmn:process>');
  lines.push(`  <bpmndi:BPMNDiagram id="${id}_Diagram">`);
  lines.push(`    <bpmndi:BPMNPlane id="${id}_Plane" bpmnElement="${id}">`);
  for (const node of nodes) {
    const b = bounds(node);
    const marker = node.kind === 'exclusiveGateway' ? ' isMarkerVisible="true"' : '';
    lines.push(
      `      <bpmndi:BPMNShape id="${node.id}_di" bpmnElement="${node.id}"${marker}>`,
      `        <dc:Bounds x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" />`,
      '      </bpmndi:BPMNShape>',
    );
  }
  for (const flow of flows) {
    lines.push(`      <bpmndi:BPMNEdge id="${flow.id}_di" bpmnElement="${flow.id}">`);
    for (const p of waypoints(flow)) lines.push(`        <di:waypoint x="${p.x}" y="${p.y}" />`);
    lines.push('      </bpmndi:BPMNEdge>');
  }
  lines.push('    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>', '</bpmn:definitions>', '');
  return lines.join('\n');
}
