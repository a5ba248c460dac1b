// Turns a compact description of a process (one pool, lanes, nodes placed on a lane/column grid,
// sequence flows) into BPMN 2.0 XML with complete diagram interchange (DI). The sample project
// and the built-in process templates are written this way so that their diagrams are tidy
// without anyone hand-editing coordinates: shapes are centred in grid cells, sequence flows are
// routed orthogonally around shapes, and external labels are placed where nothing else is.

import type { OperationRef } from '../project/types';
import { CS_NAMESPACE_URI, CS_PREFIX, type DataUsage } from './csModdle';
import { escapeXml } from '../text/escapeXml';

export const GRID_TASK_TYPES = [
  'task',
  'userTask',
  'serviceTask',
  'sendTask',
  'receiveTask',
  'manualTask',
  'businessRuleTask',
  'scriptTask',
  'callActivity',
  'subProcess',
] as const;
export const GRID_EVENT_TYPES = ['startEvent', 'endEvent', 'intermediateCatchEvent', 'intermediateThrowEvent'] as const;
export const GRID_GATEWAY_TYPES = ['exclusiveGateway', 'parallelGateway', 'inclusiveGateway', 'eventBasedGateway'] as const;

export type GridTaskType = (typeof GRID_TASK_TYPES)[number];
export type GridEventType = (typeof GRID_EVENT_TYPES)[number];
export type GridGatewayType = (typeof GRID_GATEWAY_TYPES)[number];
export type GridNodeType = GridTaskType | GridEventType | GridGatewayType;

export type GridEventDefinition =
  | { kind: 'message'; messageName?: string }
  | { kind: 'timer'; timeDuration?: string; timeCycle?: string; timeDate?: string }
  | { kind: 'signal'; signalName?: string }
  | { kind: 'error'; errorName?: string; errorCode?: string }
  | { kind: 'terminate' };

/** The `cs:stepLinks` of a step (see csModdle.ts). */
export interface GridStepLinks {
  chainStep?: string;
  agency?: string;
  dataRefs?: { elementId: string; usage: DataUsage }[];
  interactionIds?: string[];
  operations?: OperationRef[];
}

export interface GridLane {
  id: string;
  name: string;
}

export interface GridNode {
  id: string;
  type: GridNodeType;
  name?: string;
  /** Id of the lane the node sits in. */
  lane: string;
  /** Zero-based column; columns are shared by all lanes. */
  column: number;
  /** Zero-based sub-row inside the lane (a lane grows to hold its highest row). Default 0. */
  row?: number;
  event?: GridEventDefinition;
  documentation?: string;
  links?: GridStepLinks;
}

export interface GridFlow {
  id: string;
  from: string;
  to: string;
  name?: string;
  /** A condition expression (written as a tFormalExpression). */
  condition?: string;
  /** Marks the flow as the default flow of its source gateway. */
  isDefault?: boolean;
}

export interface GridProcess {
  /** The BPMN process id (an XML NCName). */
  id: string;
  name: string;
  /** Name of the pool (participant); defaults to the process name. */
  pool?: string;
  documentation?: string;
  isExecutable?: boolean;
  lanes: GridLane[];
  nodes: GridNode[];
  flows: GridFlow[];
}

export interface GridLayoutOptions {
  /** Top-left corner of the pool. */
  origin?: Point;
  columnWidth?: number;
  rowHeight?: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GridLayout {
  pool: Bounds;
  lanes: Record<string, Bounds>;
  shapes: Record<string, Bounds>;
  /** External labels of events and gateways that have a name. */
  labels: Record<string, Bounds>;
  /** Orthogonal waypoints of every sequence flow, from source border to target border. */
  edges: Record<string, Point[]>;
  /** Labels of sequence flows that have a name. */
  edgeLabels: Record<string, Bounds>;
}

export class GridBpmnError extends Error {
  override name = 'GridBpmnError';
}

const POOL_HEADER = 30;
const LANE_HEADER = 30;
const PADDING = 20;
const DEFAULT_COLUMN_WIDTH = 160;
const DEFAULT_ROW_HEIGHT = 140;
const DEFAULT_ORIGIN: Point = { x: 160, y: 80 };

const TASK_SIZE = { width: 100, height: 80 };
const EVENT_SIZE = { width: 36, height: 36 };
const GATEWAY_SIZE = { width: 50, height: 50 };

// Text metrics of the bpmn-js external label style (11 px Arial). bpmn-js wraps a label's text
// at the width of its DI bounds, so widths are estimated on the generous side: a box that is
// too narrow would break even a two-letter label over two lines.
const LABEL_MAX_WIDTH = 90;
const LABEL_CHAR_WIDTH = 7;
const LABEL_PADDING = 6;
const LABEL_LINE_HEIGHT = 14;
const LABEL_GAP = 5;

/** Channels run this far inside a row's edge so flows never sit on a lane border. */
const CHANNEL_INSET = 12;
/** Parallel channels beside a column boundary, so several flows can pass without overlapping. */
const CHANNEL_SPREAD = 12;
/** Shortest first or last segment, so that arrowheads and exits stay visible. */
const MIN_STUB = 10;
/** Clearance kept between a flow and shapes it passes. */
const SHAPE_MARGIN = 4;

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function isGridTask(type: GridNodeType): type is GridTaskType {
  return (GRID_TASK_TYPES as readonly string[]).includes(type);
}

export function isGridEvent(type: GridNodeType): type is GridEventType {
  return (GRID_EVENT_TYPES as readonly string[]).includes(type);
}

export function isGridGateway(type: GridNodeType): type is GridGatewayType {
  return (GRID_GATEWAY_TYPES as readonly string[]).includes(type);
}

function sizeOf(type: GridNodeType): { width: number; height: number } {
  if (isGridEvent(type)) return EVENT_SIZE;
  if (isGridGateway(type)) return GATEWAY_SIZE;
  return TASK_SIZE;
}

// ---------------------------------------------------------------------------------------------
// Checks

const ALLOWED_DEFINITIONS: Record<GridEventType, GridEventDefinition['kind'][]> = {
  startEvent: ['message', 'timer', 'signal'],
  endEvent: ['message', 'signal', 'error', 'terminate'],
  intermediateCatchEvent: ['message', 'timer', 'signal'],
  intermediateThrowEvent: ['message', 'signal'],
};

function checkSpec(spec: GridProcess): void {
  const ids = new Set<string>();
  const claim = (id: string, what: string): void => {
    if (!NCNAME.test(id)) throw new GridBpmnError(`${what} id '${id}' is not a valid XML id`);
    if (ids.has(id)) throw new GridBpmnError(`duplicate id '${id}'`);
    ids.add(id);
  };
  claim(spec.id, 'process');
  const lanes = new Set<string>();
  for (const lane of spec.lanes) {
    claim(lane.id, 'lane');
    lanes.add(lane.id);
  }
  if (spec.lanes.length === 0) throw new GridBpmnError('a process needs at least one lane');
  const cells = new Map<string, string>();
  const nodes = new Map<string, GridNode>();
  for (const node of spec.nodes) {
    claim(node.id, 'node');
    nodes.set(node.id, node);
    if (!lanes.has(node.lane)) throw new GridBpmnError(`node '${node.id}' is in unknown lane '${node.lane}'`);
    const row = node.row ?? 0;
    if (!Number.isInteger(node.column) || node.column < 0 || !Number.isInteger(row) || row < 0) {
      throw new GridBpmnError(`node '${node.id}' needs a non-negative integer column and row`);
    }
    const cell = `${node.lane}/${row}/${node.column}`;
    const taken = cells.get(cell);
    if (taken !== undefined) throw new GridBpmnError(`nodes '${taken}' and '${node.id}' share a grid cell`);
    cells.set(cell, node.id);
    if (node.event !== undefined) {
      if (!isGridEvent(node.type)) throw new GridBpmnError(`node '${node.id}' is not an event but has an event definition`);
      if (!ALLOWED_DEFINITIONS[node.type].includes(node.event.kind)) {
        throw new GridBpmnError(`a ${node.type} cannot carry a ${node.event.kind} event definition ('${node.id}')`);
      }
    }
  }
  for (const flow of spec.flows) {
    claim(flow.id, 'flow');
    const from = nodes.get(flow.from);
    const to = nodes.get(flow.to);
    if (from === undefined) throw new GridBpmnError(`flow '${flow.id}' starts at unknown node '${flow.from}'`);
    if (to === undefined) throw new GridBpmnError(`flow '${flow.id}' ends at unknown node '${flow.to}'`);
    if (flow.from === flow.to) throw new GridBpmnError(`flow '${flow.id}' loops on '${flow.from}'`);
    if (from.type === 'endEvent') throw new GridBpmnError(`flow '${flow.id}' leaves end event '${from.id}'`);
    if (to.type === 'startEvent') throw new GridBpmnError(`flow '${flow.id}' enters start event '${to.id}'`);
    if (flow.isDefault && !(from.type === 'exclusiveGateway' || from.type === 'inclusiveGateway' || isGridTask(from.type))) {
      throw new GridBpmnError(`flow '${flow.id}' cannot be a default flow of '${from.id}'`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Geometry helpers

interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

type Side = 'left' | 'right' | 'top' | 'bottom';
const SIDES: Side[] = ['right', 'bottom', 'top', 'left'];

function segmentsOf(points: Point[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    out.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
  }
  return out;
}

function isHorizontal(s: Segment): boolean {
  return s.y1 === s.y2;
}

function inflate(b: Bounds, by: number): Bounds {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

function segmentHitsRect(s: Segment, r: Bounds): boolean {
  const minX = Math.min(s.x1, s.x2);
  const maxX = Math.max(s.x1, s.x2);
  const minY = Math.min(s.y1, s.y2);
  const maxY = Math.max(s.y1, s.y2);
  return maxX > r.x && minX < r.x + r.width && maxY > r.y && minY < r.y + r.height;
}

function rectsOverlap(a: Bounds, b: Bounds): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function segmentsCross(a: Segment, b: Segment): boolean {
  if (isHorizontal(a) === isHorizontal(b)) return false;
  const h = isHorizontal(a) ? a : b;
  const v = isHorizontal(a) ? b : a;
  const eps = 0.5;
  return (
    v.x1 > Math.min(h.x1, h.x2) + eps &&
    v.x1 < Math.max(h.x1, h.x2) - eps &&
    h.y1 > Math.min(v.y1, v.y2) + eps &&
    h.y1 < Math.max(v.y1, v.y2) - eps
  );
}

/** Parallel segments closer than this read as one line. */
const OVERLAP_DISTANCE = 6;

function segmentsOverlap(a: Segment, b: Segment): boolean {
  if (isHorizontal(a) !== isHorizontal(b)) return false;
  if (isHorizontal(a)) {
    if (Math.abs(a.y1 - b.y1) >= OVERLAP_DISTANCE) return false;
    const lo = Math.max(Math.min(a.x1, a.x2), Math.min(b.x1, b.x2));
    const hi = Math.min(Math.max(a.x1, a.x2), Math.max(b.x1, b.x2));
    return hi - lo > 1;
  }
  if (Math.abs(a.x1 - b.x1) >= OVERLAP_DISTANCE) return false;
  const lo = Math.max(Math.min(a.y1, a.y2), Math.min(b.y1, b.y2));
  const hi = Math.min(Math.max(a.y1, a.y2), Math.max(b.y1, b.y2));
  return hi - lo > 1;
}

function centre(b: Bounds): Point {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

function dock(b: Bounds, side: Side): Point {
  const c = centre(b);
  switch (side) {
    case 'left':
      return { x: b.x, y: c.y };
    case 'right':
      return { x: b.x + b.width, y: c.y };
    case 'top':
      return { x: c.x, y: b.y };
    case 'bottom':
      return { x: c.x, y: b.y + b.height };
  }
}

/** Unit direction pointing out of a side. */
function outward(side: Side): Point {
  switch (side) {
    case 'left':
      return { x: -1, y: 0 };
    case 'right':
      return { x: 1, y: 0 };
    case 'top':
      return { x: 0, y: -1 };
    case 'bottom':
      return { x: 0, y: 1 };
  }
}

function isSideHorizontal(side: Side): boolean {
  return side === 'left' || side === 'right';
}

function simplify(points: Point[]): Point[] {
  // Removing a spike can leave two equal points, which can in turn hide a straight run, so
  // repeat until nothing changes.
  let out = points;
  for (;;) {
    const next: Point[] = [];
    for (const p of out) {
      const last = next[next.length - 1];
      if (!(last && last.x === p.x && last.y === p.y)) next.push(p);
    }
    for (let i = next.length - 2; i >= 1; i--) {
      const a = next[i - 1] as Point;
      const b = next[i] as Point;
      const c = next[i + 1] as Point;
      if ((a.x === b.x && b.x === c.x) || (a.y === b.y && b.y === c.y)) next.splice(i, 1);
    }
    if (next.length === out.length) return next;
    out = next;
  }
}

function direction(a: Point, b: Point): Point {
  return { x: Math.sign(b.x - a.x), y: Math.sign(b.y - a.y) };
}

function length(s: Segment): number {
  return Math.abs(s.x2 - s.x1) + Math.abs(s.y2 - s.y1);
}

/** A route is usable when it is orthogonal, leaves and enters the chosen sides head-on, never
 * doubles back on itself, and its first and last segments are long enough to read. */
function isWellFormed(points: Point[], exit: Side, entry: Side): boolean {
  if (points.length < 2) return false;
  const segs = segmentsOf(points);
  for (const s of segs) {
    if (s.x1 !== s.x2 && s.y1 !== s.y2) return false;
    if (length(s) === 0) return false;
  }
  const first = segs[0] as Segment;
  const last = segs[segs.length - 1] as Segment;
  const out = outward(exit);
  const dFirst = direction({ x: first.x1, y: first.y1 }, { x: first.x2, y: first.y2 });
  if (dFirst.x !== out.x || dFirst.y !== out.y) return false;
  const into = outward(entry);
  const dLast = direction({ x: last.x1, y: last.y1 }, { x: last.x2, y: last.y2 });
  if (dLast.x !== -into.x || dLast.y !== -into.y) return false;
  if (length(first) < MIN_STUB || length(last) < MIN_STUB) return false;
  for (let i = 1; i < segs.length; i++) {
    const a = segs[i - 1] as Segment;
    const b = segs[i] as Segment;
    const da = direction({ x: a.x1, y: a.y1 }, { x: a.x2, y: a.y2 });
    const db = direction({ x: b.x1, y: b.y1 }, { x: b.x2, y: b.y2 });
    if (da.x === -db.x && da.y === -db.y) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Label sizes

function wrapLines(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (current.length === 0) current = word;
    else if (current.length + 1 + word.length <= maxChars) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

/** Estimated size of an external label (bpmn-js wraps them at 90 px). */
export function estimateLabelSize(text: string): { width: number; height: number } {
  const maxChars = Math.floor((LABEL_MAX_WIDTH - LABEL_PADDING) / LABEL_CHAR_WIDTH);
  const lines = wrapLines(text, maxChars);
  const longest = lines.reduce((m, l) => Math.max(m, l.length), 0);
  return {
    width: Math.min(LABEL_MAX_WIDTH, Math.max(1, longest) * LABEL_CHAR_WIDTH + LABEL_PADDING),
    height: Math.max(1, lines.length) * LABEL_LINE_HEIGHT,
  };
}

// ---------------------------------------------------------------------------------------------
// Layout

interface Grid {
  columnWidth: number;
  contentX: number;
  columns: number;
  pool: Bounds;
  lanes: Record<string, Bounds>;
  /** Top y of every row (all lanes), in order, with the lane it belongs to. */
  rows: { laneId: string; index: number; top: number; height: number }[];
  rowTop: (laneId: string, row: number) => number;
}

function buildGrid(spec: GridProcess, options: GridLayoutOptions): Grid {
  const origin = options.origin ?? DEFAULT_ORIGIN;
  const columnWidth = options.columnWidth ?? DEFAULT_COLUMN_WIDTH;
  const rowHeight = options.rowHeight ?? DEFAULT_ROW_HEIGHT;
  const columns = spec.nodes.reduce((m, n) => Math.max(m, n.column + 1), 1);
  const contentX = origin.x + POOL_HEADER + LANE_HEADER + PADDING;
  const width = POOL_HEADER + LANE_HEADER + 2 * PADDING + columns * columnWidth;
  const lanes: Record<string, Bounds> = {};
  const rows: Grid['rows'] = [];
  const laneTops = new Map<string, number>();
  let y = origin.y;
  for (const lane of spec.lanes) {
    const rowCount = spec.nodes.filter((n) => n.lane === lane.id).reduce((m, n) => Math.max(m, (n.row ?? 0) + 1), 1);
    lanes[lane.id] = { x: origin.x + POOL_HEADER, y, width: width - POOL_HEADER, height: rowCount * rowHeight };
    laneTops.set(lane.id, y);
    for (let r = 0; r < rowCount; r++) rows.push({ laneId: lane.id, index: r, top: y + r * rowHeight, height: rowHeight });
    y += rowCount * rowHeight;
  }
  return {
    columnWidth,
    contentX,
    columns,
    pool: { x: origin.x, y: origin.y, width, height: y - origin.y },
    lanes,
    rows,
    rowTop: (laneId, row) => (laneTops.get(laneId) ?? origin.y) + row * rowHeight,
  };
}

function placeShapes(spec: GridProcess, grid: Grid): Record<string, Bounds> {
  const shapes: Record<string, Bounds> = {};
  const rowHeight = grid.rows[0]?.height ?? DEFAULT_ROW_HEIGHT;
  for (const node of spec.nodes) {
    const size = sizeOf(node.type);
    const cx = grid.contentX + node.column * grid.columnWidth + grid.columnWidth / 2;
    const cy = grid.rowTop(node.lane, node.row ?? 0) + rowHeight / 2;
    shapes[node.id] = {
      x: Math.round(cx - size.width / 2),
      y: Math.round(cy - size.height / 2),
      width: size.width,
      height: size.height,
    };
  }
  return shapes;
}

interface Channels {
  xs: number[];
  ys: number[];
}

function buildChannels(grid: Grid): Channels {
  const xs: number[] = [];
  for (let b = 0; b <= grid.columns; b++) {
    const bx = grid.contentX + b * grid.columnWidth;
    xs.push(bx - CHANNEL_SPREAD, bx, bx + CHANNEL_SPREAD);
  }
  const ys: number[] = [];
  grid.rows.forEach((row, i) => {
    ys.push(row.top + CHANNEL_INSET, row.top + row.height - CHANNEL_INSET);
    const next = grid.rows[i + 1];
    // Between two rows of the same lane there is no border to keep clear of.
    if (next && next.laneId === row.laneId) ys.push(row.top + row.height);
  });
  return { xs: [...new Set(xs)].sort((a, b) => a - b), ys: [...new Set(ys)].sort((a, b) => a - b) };
}

interface RoutingContext {
  shapes: Record<string, Bounds>;
  channels: Channels;
  pool: Bounds;
  contentLeft: number;
}

/** Candidate channels near a span, so that the search stays small on large diagrams. */
function near(values: number[], lo: number, hi: number, reach: number): number[] {
  return values.filter((v) => v >= lo - reach && v <= hi + reach);
}

interface Route {
  points: Point[];
  exit: Side;
  entry: Side;
}

/** Routes with at most two bends, then (in `detours`) routes that step around obstacles. */
function candidateRoutes(s: Bounds, t: Bounds, ctx: RoutingContext, columnWidth: number): { direct: Route[]; detours: Route[] } {
  const direct: Route[] = [];
  const detours: Route[] = [];
  const sc = centre(s);
  const tc = centre(t);
  const xsAll = near(ctx.channels.xs, Math.min(sc.x, tc.x), Math.max(sc.x, tc.x), columnWidth * 1.5);
  const xsNearS = near(ctx.channels.xs, sc.x, sc.x, columnWidth);
  const xsNearT = near(ctx.channels.xs, tc.x, tc.x, columnWidth);
  const ys = near(ctx.channels.ys, Math.min(sc.y, tc.y), Math.max(sc.y, tc.y), 400);
  for (const exit of SIDES) {
    for (const entry of SIDES) {
      const p0 = dock(s, exit);
      const pn = dock(t, entry);
      const add = (into: Route[], mid: Point[]): void => {
        const points = simplify([p0, ...mid, pn]);
        if (isWellFormed(points, exit, entry)) into.push({ points, exit, entry });
      };
      const hExit = isSideHorizontal(exit);
      const hEntry = isSideHorizontal(entry);
      if (hExit && hEntry) {
        if (p0.y === pn.y) add(direct, []);
        for (const vx of xsAll) add(direct, [{ x: vx, y: p0.y }, { x: vx, y: pn.y }]);
        for (const vx1 of xsNearS)
          for (const hy of ys)
            for (const vx2 of xsNearT)
              add(detours, [{ x: vx1, y: p0.y }, { x: vx1, y: hy }, { x: vx2, y: hy }, { x: vx2, y: pn.y }]);
      } else if (hExit && !hEntry) {
        add(direct, [{ x: pn.x, y: p0.y }]);
        for (const vx of xsNearS) for (const hy of ys) add(detours, [{ x: vx, y: p0.y }, { x: vx, y: hy }, { x: pn.x, y: hy }]);
      } else if (!hExit && hEntry) {
        add(direct, [{ x: p0.x, y: pn.y }]);
        for (const hy of ys) for (const vx of xsNearT) add(detours, [{ x: p0.x, y: hy }, { x: vx, y: hy }, { x: vx, y: pn.y }]);
      } else {
        if (p0.x === pn.x) add(direct, []);
        for (const hy of ys) add(direct, [{ x: p0.x, y: hy }, { x: pn.x, y: hy }]);
      }
    }
  }
  return { direct, detours };
}

const COST = {
  shapeHit: 10000,
  outsidePool: 10000,
  overlap: 400,
  crossing: 150,
  bend: 20,
  perPixel: 0.05,
  exitSide: { right: 0, bottom: 8, top: 8, left: 15 } as Record<Side, number>,
  entrySide: { left: 0, top: 8, bottom: 8, right: 30 } as Record<Side, number>,
};

interface FlowEnds {
  sourceId: string;
  targetId: string;
  source: Bounds;
  target: Bounds;
  /** Gateways branch from their corners, so leaving by top or bottom costs them nothing. */
  sourceIsGateway: boolean;
}

function routeCost(route: Route, ends: FlowEnds, ctx: RoutingContext, others: Segment[][]): number {
  const segs = segmentsOf(route.points);
  let cost = 0;
  for (const [id, shape] of Object.entries(ctx.shapes)) {
    const box = inflate(shape, SHAPE_MARGIN);
    segs.forEach((seg, i) => {
      if (id === ends.sourceId && i === 0) return;
      if (id === ends.targetId && i === segs.length - 1) return;
      if (segmentHitsRect(seg, box)) cost += COST.shapeHit;
    });
  }
  for (const p of route.points) {
    if (p.x < ctx.contentLeft || p.x > ctx.pool.x + ctx.pool.width || p.y < ctx.pool.y || p.y > ctx.pool.y + ctx.pool.height) {
      cost += COST.outsidePool;
    }
  }
  for (const other of others) {
    for (const a of segs) {
      for (const b of other) {
        if (segmentsCross(a, b)) cost += COST.crossing;
        else if (segmentsOverlap(a, b)) cost += COST.overlap;
      }
    }
  }
  cost += (route.points.length - 2) * COST.bend;
  cost += segs.reduce((sum, seg) => sum + length(seg), 0) * COST.perPixel;
  const vertical = route.exit === 'top' || route.exit === 'bottom';
  cost += ends.sourceIsGateway && vertical ? 0 : COST.exitSide[route.exit];
  cost += COST.entrySide[route.entry];
  return cost;
}

function routeFlows(spec: GridProcess, shapes: Record<string, Bounds>, grid: Grid): Record<string, Point[]> {
  const ctx: RoutingContext = {
    shapes,
    channels: buildChannels(grid),
    pool: grid.pool,
    contentLeft: grid.contentX - PADDING,
  };
  const types = new Map(spec.nodes.map((n) => [n.id, n.type]));
  const endsOf = new Map<string, FlowEnds>();
  const candidatesOf = new Map<string, { direct: Route[]; detours: Route[] }>();
  for (const flow of spec.flows) {
    const ends: FlowEnds = {
      sourceId: flow.from,
      targetId: flow.to,
      source: shapes[flow.from] as Bounds,
      target: shapes[flow.to] as Bounds,
      sourceIsGateway: isGridGateway(types.get(flow.from) as GridNodeType),
    };
    endsOf.set(flow.id, ends);
    candidatesOf.set(flow.id, candidateRoutes(ends.source, ends.target, ctx, grid.columnWidth));
  }
  const chosen = new Map<string, Route>();
  const othersOf = (flowId: string): Segment[][] =>
    spec.flows.flatMap((f) => {
      const r = f.id === flowId ? undefined : chosen.get(f.id);
      return r ? [segmentsOf(r.points)] : [];
    });
  const bestRoute = (flow: GridFlow, others: Segment[][]): Route => {
    const ends = endsOf.get(flow.id) as FlowEnds;
    const { direct, detours } = candidatesOf.get(flow.id) as { direct: Route[]; detours: Route[] };
    let best: Route | undefined;
    let bestCost = Infinity;
    const consider = (list: Route[]): void => {
      for (const candidate of list) {
        const cost = routeCost(candidate, ends, ctx, others);
        if (cost < bestCost) {
          bestCost = cost;
          best = candidate;
        }
      }
    };
    consider(direct);
    // Detours are many; they are only worth a look when no direct route is free of conflicts.
    if (bestCost >= COST.crossing) consider(detours);
    if (best === undefined) throw new GridBpmnError(`no route found for flow '${flow.id}'`);
    return best;
  };
  const costOf = (flow: GridFlow): number =>
    routeCost(chosen.get(flow.id) as Route, endsOf.get(flow.id) as FlowEnds, ctx, othersOf(flow.id));
  const total = (): number => spec.flows.reduce((sum, f) => sum + costOf(f), 0);

  // Flows that can run straight are fixed first; the others then route around them. A second
  // pass lets every flow reconsider its route now that all the others are known.
  const order = [...spec.flows].sort((a, b) => straightness(a, shapes) - straightness(b, shapes));
  for (let pass = 0; pass < 2; pass++) for (const flow of order) chosen.set(flow.id, bestRoute(flow, othersOf(flow.id)));

  // Greedy routing settles for whatever is left when a flow routed earlier took another's
  // natural path (a detour, or a crossing). Give each flow its ideal route, re-route the flows
  // that now stand in its way, and keep the change when the diagram as a whole got better.
  const sameRoute = (a: Route, b: Route): boolean =>
    a.points.length === b.points.length && a.points.every((p, i) => p.x === b.points[i]?.x && p.y === b.points[i]?.y);
  for (let round = 0; round < 4; round++) {
    let improved = false;
    for (const flow of order) {
      const ideal = bestRoute(flow, []);
      if (sameRoute(ideal, chosen.get(flow.id) as Route)) continue;
      const before = total();
      const snapshot = new Map(chosen);
      chosen.set(flow.id, ideal);
      const idealSegs = [segmentsOf(ideal.points)];
      const blockers = order.filter((g) => {
        if (g.id === flow.id) return false;
        const route = chosen.get(g.id) as Route;
        const ends = endsOf.get(g.id) as FlowEnds;
        return routeCost(route, ends, ctx, idealSegs) > routeCost(route, ends, ctx, []);
      });
      for (const g of blockers) chosen.set(g.id, bestRoute(g, othersOf(g.id)));
      if (total() < before - 1) improved = true;
      else {
        chosen.clear();
        for (const [k, v] of snapshot) chosen.set(k, v);
      }
    }
    if (!improved) break;
  }
  // A flow re-routed out of another's way may have settled for a detour that is no longer needed.
  for (let pass = 0; pass < 2; pass++) for (const flow of order) chosen.set(flow.id, bestRoute(flow, othersOf(flow.id)));
  const edges: Record<string, Point[]> = {};
  for (const flow of spec.flows) edges[flow.id] = (chosen.get(flow.id) as Route).points;
  return edges;
}

function straightness(flow: GridFlow, shapes: Record<string, Bounds>): number {
  const s = centre(shapes[flow.from] as Bounds);
  const t = centre(shapes[flow.to] as Bounds);
  if (s.y === t.y && t.x > s.x) return 0;
  if (t.x > s.x) return 1;
  return 2;
}

// ---------------------------------------------------------------------------------------------
// Labels

interface Obstacles {
  shapes: Bounds[];
  segments: Segment[];
  labels: Bounds[];
  pool: Bounds;
}

function labelCost(box: Bounds, obstacles: Obstacles, preference: number): number {
  let cost = preference;
  for (const s of obstacles.shapes) if (rectsOverlap(box, inflate(s, 2))) cost += 10000;
  for (const l of obstacles.labels) if (rectsOverlap(box, inflate(l, 2))) cost += 10000;
  for (const seg of obstacles.segments) if (segmentHitsRect(seg, inflate(box, 2))) cost += 500;
  const p = obstacles.pool;
  const inside = box.x >= p.x + POOL_HEADER + LANE_HEADER && box.y >= p.y && box.x + box.width <= p.x + p.width && box.y + box.height <= p.y + p.height;
  if (!inside) cost += 10000;
  return cost;
}

function pickLabel(candidates: { box: Bounds; preference: number }[], obstacles: Obstacles): Bounds {
  let best = candidates[0] as { box: Bounds; preference: number };
  let bestCost = Infinity;
  for (const c of candidates) {
    const cost = labelCost(c.box, obstacles, c.preference);
    if (cost < bestCost) {
      bestCost = cost;
      best = c;
    }
  }
  return best.box;
}

function rounded(b: Bounds): Bounds {
  return { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) };
}

function nodeLabelCandidates(shape: Bounds, size: { width: number; height: number }): { box: Bounds; preference: number }[] {
  const c = centre(shape);
  const w = size.width;
  const h = size.height;
  const below = shape.y + shape.height + LABEL_GAP;
  const above = shape.y - LABEL_GAP - h;
  return [
    { box: { x: c.x - w / 2, y: below, width: w, height: h }, preference: 0 },
    { box: { x: c.x - w / 2, y: above, width: w, height: h }, preference: 5 },
    { box: { x: shape.x + shape.width + LABEL_GAP, y: below, width: w, height: h }, preference: 10 },
    { box: { x: shape.x - LABEL_GAP - w, y: below, width: w, height: h }, preference: 12 },
    { box: { x: shape.x + shape.width + LABEL_GAP, y: above, width: w, height: h }, preference: 14 },
    { box: { x: shape.x - LABEL_GAP - w, y: above, width: w, height: h }, preference: 16 },
  ];
}

function edgeLabelCandidates(points: Point[], size: { width: number; height: number }): { box: Bounds; preference: number }[] {
  const out: { box: Bounds; preference: number }[] = [];
  const w = size.width;
  const h = size.height;
  segmentsOf(points).forEach((seg, i) => {
    const penalty = i * 6;
    if (isHorizontal(seg)) {
      const startX = seg.x2 >= seg.x1 ? seg.x1 + LABEL_GAP : seg.x1 - LABEL_GAP - w;
      const midX = (seg.x1 + seg.x2) / 2 - w / 2;
      for (const [x, p] of [
        [startX, 0],
        [midX, 3],
      ] as const) {
        out.push({ box: { x, y: seg.y1 - LABEL_GAP - h, width: w, height: h }, preference: penalty + p });
        out.push({ box: { x, y: seg.y1 + LABEL_GAP, width: w, height: h }, preference: penalty + p + 2 });
      }
    } else {
      const startY = seg.y2 >= seg.y1 ? seg.y1 + LABEL_GAP : seg.y1 - LABEL_GAP - h;
      const midY = (seg.y1 + seg.y2) / 2 - h / 2;
      for (const [y, p] of [
        [startY, 0],
        [midY, 3],
      ] as const) {
        out.push({ box: { x: seg.x1 + LABEL_GAP, y, width: w, height: h }, preference: penalty + p });
        out.push({ box: { x: seg.x1 - LABEL_GAP - w, y, width: w, height: h }, preference: penalty + p + 2 });
      }
    }
  });
  return out;
}

function placeLabels(
  spec: GridProcess,
  shapes: Record<string, Bounds>,
  edges: Record<string, Point[]>,
  pool: Bounds,
): { labels: Record<string, Bounds>; edgeLabels: Record<string, Bounds> } {
  const obstacles: Obstacles = {
    shapes: Object.values(shapes),
    segments: Object.values(edges).flatMap(segmentsOf),
    labels: [],
    pool,
  };
  const labels: Record<string, Bounds> = {};
  for (const node of spec.nodes) {
    if (isGridTask(node.type) || !node.name) continue;
    const shape = shapes[node.id] as Bounds;
    const box = rounded(pickLabel(nodeLabelCandidates(shape, estimateLabelSize(node.name)), obstacles));
    labels[node.id] = box;
    obstacles.labels.push(box);
  }
  const edgeLabels: Record<string, Bounds> = {};
  for (const flow of spec.flows) {
    if (!flow.name) continue;
    const points = edges[flow.id] as Point[];
    const box = rounded(pickLabel(edgeLabelCandidates(points, estimateLabelSize(flow.name)), obstacles));
    edgeLabels[flow.id] = box;
    obstacles.labels.push(box);
  }
  return { labels, edgeLabels };
}

/** Computes the diagram geometry of a grid process (throws GridBpmnError on a bad spec). */
export function layoutGridProcess(spec: GridProcess, options: GridLayoutOptions = {}): GridLayout {
  checkSpec(spec);
  const grid = buildGrid(spec, options);
  const shapes = placeShapes(spec, grid);
  const edges = routeFlows(spec, shapes, grid);
  const { labels, edgeLabels } = placeLabels(spec, shapes, edges, grid.pool);
  return { pool: grid.pool, lanes: grid.lanes, shapes, labels, edges, edgeLabels };
}

// ---------------------------------------------------------------------------------------------
// XML


/** Content text keeps its line breaks (documentation is prose). */
function escapeContent(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

type Attrs = [string, string | number | boolean | undefined][];

function attrs(list: Attrs): string {
  return list
    .filter((a): a is [string, string | number | boolean] => a[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

class XmlWriter {
  private readonly lines: string[] = [];
  private depth = 0;

  open(tag: string, list: Attrs = []): void {
    this.lines.push(`${'  '.repeat(this.depth)}<${tag}${attrs(list)}>`);
    this.depth++;
  }

  close(tag: string): void {
    this.depth--;
    this.lines.push(`${'  '.repeat(this.depth)}</${tag}>`);
  }

  empty(tag: string, list: Attrs = []): void {
    this.lines.push(`${'  '.repeat(this.depth)}<${tag}${attrs(list)} />`);
  }

  text(tag: string, content: string, list: Attrs = []): void {
    this.lines.push(`${'  '.repeat(this.depth)}<${tag}${attrs(list)}>${escapeContent(content)}</${tag}>`);
  }

  toString(): string {
    return `<?xml version="1.0" encoding="UTF-8"?>\n${this.lines.join('\n')}\n`;
  }
}

function writeLinks(w: XmlWriter, links: GridStepLinks): void {
  const data = links.dataRefs ?? [];
  const interactions = links.interactionIds ?? [];
  const operations = links.operations ?? [];
  const stepAttrs: Attrs = [
    ['chainStep', links.chainStep],
    ['agency', links.agency],
  ];
  const tag = `${CS_PREFIX}:stepLinks`;
  if (data.length + interactions.length + operations.length === 0) {
    w.empty(tag, stepAttrs);
    return;
  }
  w.open(tag, stepAttrs);
  for (const d of data) w.empty(`${CS_PREFIX}:dataRef`, [['elementId', d.elementId], ['usage', d.usage]]);
  for (const id of interactions) w.empty(`${CS_PREFIX}:interactionRef`, [['interactionId', id]]);
  for (const op of operations) {
    w.empty(`${CS_PREFIX}:operationRef`, [
      ['contractId', op.contractId],
      ['operationId', op.operationId],
      ['method', op.method],
      ['path', op.path],
    ]);
  }
  w.close(tag);
}

interface RootDefinition {
  tag: 'message' | 'signal' | 'error';
  id: string;
  attrs: Attrs;
}

function rootDefinitionFor(node: GridNode): RootDefinition | undefined {
  const ev = node.event;
  if (ev?.kind === 'message' && ev.messageName) return { tag: 'message', id: `Message_${node.id}`, attrs: [['name', ev.messageName]] };
  if (ev?.kind === 'signal' && ev.signalName) return { tag: 'signal', id: `Signal_${node.id}`, attrs: [['name', ev.signalName]] };
  if (ev?.kind === 'error' && (ev.errorName || ev.errorCode)) {
    return { tag: 'error', id: `Error_${node.id}`, attrs: [['name', ev.errorName], ['errorCode', ev.errorCode]] };
  }
  return undefined;
}

function writeEventDefinition(w: XmlWriter, node: GridNode): void {
  const ev = node.event;
  if (ev === undefined) return;
  const id = `${node.id}_ed`;
  const ref = rootDefinitionFor(node)?.id;
  switch (ev.kind) {
    case 'message':
      w.empty('bpmn:messageEventDefinition', [['id', id], ['messageRef', ref]]);
      return;
    case 'signal':
      w.empty('bpmn:signalEventDefinition', [['id', id], ['signalRef', ref]]);
      return;
    case 'error':
      w.empty('bpmn:errorEventDefinition', [['id', id], ['errorRef', ref]]);
      return;
    case 'terminate':
      w.empty('bpmn:terminateEventDefinition', [['id', id]]);
      return;
    case 'timer': {
      const parts: [string, string | undefined][] = [
        ['timeDate', ev.timeDate],
        ['timeDuration', ev.timeDuration],
        ['timeCycle', ev.timeCycle],
      ];
      const set = parts.filter((p): p is [string, string] => p[1] !== undefined);
      if (set.length === 0) {
        w.empty('bpmn:timerEventDefinition', [['id', id]]);
        return;
      }
      w.open('bpmn:timerEventDefinition', [['id', id]]);
      for (const [tag, value] of set) w.text(`bpmn:${tag}`, value, [['xsi:type', 'bpmn:tFormalExpression']]);
      w.close('bpmn:timerEventDefinition');
      return;
    }
  }
}

function writeFlowNode(w: XmlWriter, node: GridNode, spec: GridProcess): void {
  const tag = `bpmn:${node.type}`;
  const defaultFlow = spec.flows.find((f) => f.from === node.id && f.isDefault)?.id;
  w.open(tag, [
    ['id', node.id],
    ['name', node.name],
    ['default', defaultFlow],
  ]);
  if (node.documentation) w.text('bpmn:documentation', node.documentation);
  if (node.links) {
    w.open('bpmn:extensionElements');
    writeLinks(w, node.links);
    w.close('bpmn:extensionElements');
  }
  for (const f of spec.flows) if (f.to === node.id) w.text('bpmn:incoming', f.id);
  for (const f of spec.flows) if (f.from === node.id) w.text('bpmn:outgoing', f.id);
  writeEventDefinition(w, node);
  w.close(tag);
}

function writeBounds(w: XmlWriter, b: Bounds): void {
  w.empty('dc:Bounds', [
    ['x', b.x],
    ['y', b.y],
    ['width', b.width],
    ['height', b.height],
  ]);
}

function writeLabel(w: XmlWriter, b: Bounds | undefined): void {
  if (b === undefined) return;
  w.open('bpmndi:BPMNLabel');
  writeBounds(w, b);
  w.close('bpmndi:BPMNLabel');
}

/** Writes a grid process as BPMN 2.0 XML with a collaboration (one pool, its lanes) and DI. */
export function gridProcessToBpmn(spec: GridProcess, options: GridLayoutOptions = {}): string {
  const layout = layoutGridProcess(spec, options);
  const collaborationId = `Collaboration_${spec.id}`;
  const participantId = `Participant_${spec.id}`;
  const usesXsi = spec.flows.some((f) => f.condition !== undefined) || spec.nodes.some((n) => n.event?.kind === 'timer');
  const w = new XmlWriter();
  w.open('bpmn:definitions', [
    ['xmlns:bpmn', 'http://www.omg.org/spec/BPMN/20100524/MODEL'],
    ['xmlns:bpmndi', 'http://www.omg.org/spec/BPMN/20100524/DI'],
    ['xmlns:dc', 'http://www.omg.org/spec/DD/20100524/DC'],
    ['xmlns:di', 'http://www.omg.org/spec/DD/20100524/DI'],
    ['xmlns:xsi', usesXsi ? 'http://www.w3.org/2001/XMLSchema-instance' : undefined],
    [`xmlns:${CS_PREFIX}`, CS_NAMESPACE_URI],
    ['id', `Definitions_${spec.id}`],
    ['targetNamespace', 'http://bpmn.io/schema/bpmn'],
    ['exporter', 'Convergence Studio'],
    ['exporterVersion', '1'],
  ]);

  w.open('bpmn:collaboration', [['id', collaborationId]]);
  w.empty('bpmn:participant', [
    ['id', participantId],
    ['name', spec.pool ?? spec.name],
    ['processRef', spec.id],
  ]);
  w.close('bpmn:collaboration');

  w.open('bpmn:process', [
    ['id', spec.id],
    ['name', spec.name],
    ['isExecutable', spec.isExecutable ?? false],
  ]);
  if (spec.documentation) w.text('bpmn:documentation', spec.documentation);
  w.open('bpmn:laneSet', [['id', `LaneSet_${spec.id}`]]);
  for (const lane of spec.lanes) {
    const members = spec.nodes.filter((n) => n.lane === lane.id);
    if (members.length === 0) {
      w.empty('bpmn:lane', [['id', lane.id], ['name', lane.name]]);
      continue;
    }
    w.open('bpmn:lane', [['id', lane.id], ['name', lane.name]]);
    for (const n of members) w.text('bpmn:flowNodeRef', n.id);
    w.close('bpmn:lane');
  }
  w.close('bpmn:laneSet');
  for (const node of spec.nodes) writeFlowNode(w, node, spec);
  for (const flow of spec.flows) {
    const list: Attrs = [
      ['id', flow.id],
      ['name', flow.name],
      ['sourceRef', flow.from],
      ['targetRef', flow.to],
    ];
    if (flow.condition === undefined) {
      w.empty('bpmn:sequenceFlow', list);
      continue;
    }
    w.open('bpmn:sequenceFlow', list);
    w.text('bpmn:conditionExpression', flow.condition, [['xsi:type', 'bpmn:tFormalExpression']]);
    w.close('bpmn:sequenceFlow');
  }
  w.close('bpmn:process');

  for (const node of spec.nodes) {
    const def = rootDefinitionFor(node);
    if (def) w.empty(`bpmn:${def.tag}`, [['id', def.id], ...def.attrs]);
  }

  w.open('bpmndi:BPMNDiagram', [['id', `BPMNDiagram_${spec.id}`]]);
  w.open('bpmndi:BPMNPlane', [
    ['id', `BPMNPlane_${spec.id}`],
    ['bpmnElement', collaborationId],
  ]);
  w.open('bpmndi:BPMNShape', [
    ['id', `${participantId}_di`],
    ['bpmnElement', participantId],
    ['isHorizontal', true],
  ]);
  writeBounds(w, layout.pool);
  w.close('bpmndi:BPMNShape');
  for (const lane of spec.lanes) {
    w.open('bpmndi:BPMNShape', [
      ['id', `${lane.id}_di`],
      ['bpmnElement', lane.id],
      ['isHorizontal', true],
    ]);
    writeBounds(w, layout.lanes[lane.id] as Bounds);
    w.close('bpmndi:BPMNShape');
  }
  for (const node of spec.nodes) {
    const list: Attrs = [
      ['id', `${node.id}_di`],
      ['bpmnElement', node.id],
      ['isMarkerVisible', node.type === 'exclusiveGateway' ? true : undefined],
      ['isExpanded', node.type === 'subProcess' ? false : undefined],
    ];
    w.open('bpmndi:BPMNShape', list);
    writeBounds(w, layout.shapes[node.id] as Bounds);
    writeLabel(w, layout.labels[node.id]);
    w.close('bpmndi:BPMNShape');
  }
  for (const flow of spec.flows) {
    w.open('bpmndi:BPMNEdge', [
      ['id', `${flow.id}_di`],
      ['bpmnElement', flow.id],
    ]);
    for (const p of layout.edges[flow.id] as Point[]) w.empty('di:waypoint', [['x', p.x], ['y', p.y]]);
    writeLabel(w, layout.edgeLabels[flow.id]);
    w.close('bpmndi:BPMNEdge');
  }
  w.close('bpmndi:BPMNPlane');
  w.close('bpmndi:BPMNDiagram');
  w.close('bpmn:definitions');
  return w.toString();
}

export { escapeXml };
