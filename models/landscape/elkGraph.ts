// The landscape as an ELK graph (layered, orthogonal routing) and the positions read back from
// ELK's answer. Pure: the web worker, the benchmark and the tests call the same functions, and
// the caller supplies the ELK instance (elkjs) so models/ does not load it.

import type { Position, Project } from '../project/types';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry';

export interface ElkNodeInput {
  id: string;
  width: number;
  height: number;
  x?: number;
  y?: number;
}

export interface ElkEdgeInput {
  id: string;
  sources: string[];
  targets: string[];
}

export interface ElkGraphInput {
  id: string;
  layoutOptions: Record<string, string>;
  children: ElkNodeInput[];
  edges: ElkEdgeInput[];
}

/** One routed piece of an edge in ELK's answer (orthogonal routing: the bends are right angles). */
export interface ElkEdgeSection {
  startPoint: { x: number; y: number };
  endPoint: { x: number; y: number };
  bendPoints?: { x: number; y: number }[];
}

export interface ElkLayoutResult {
  children?: { id: string; x?: number; y?: number }[];
  edges?: { id: string; sections?: ElkEdgeSection[] }[];
}

/** The part of elkjs's API the layout uses. */
export interface ElkLike {
  layout(graph: ElkGraphInput): Promise<ElkLayoutResult>;
}

export const ELK_LAYOUT_OPTIONS: Readonly<Record<string, string>> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  // Room for edge labels between layers and between cards of a layer.
  'elk.layered.spacing.nodeNodeBetweenLayers': '260',
  'elk.spacing.nodeNode': '80',
  'elk.spacing.edgeEdge': '14',
  'elk.spacing.componentComponent': '120',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.separateConnectedComponents': 'true',
};

/** Components above which the layout trades some crossing minimisation for time. */
export const LARGE_GRAPH = 150;

/**
 * The graph of the components (all, or `only`) with one edge per interaction between two of
 * them; self-interactions are left out (they do not affect layers).
 */
export function buildElkGraph(project: Project, only?: ReadonlySet<string>): ElkGraphInput {
  const children = project.components
    .filter((c) => !only || only.has(c.id))
    .map((c) => ({ id: c.id, width: NODE_WIDTH, height: NODE_HEIGHT }));
  const present = new Set(children.map((c) => c.id));
  const edges = project.interactions
    .filter((i) => i.from !== i.to && present.has(i.from) && present.has(i.to))
    .map((i) => ({ id: i.id, sources: [i.from], targets: [i.to] }));
  // Crossing minimisation is most of the time on large graphs; fewer sweeps there halve it
  // (300 components: about 6 s → 2.5 s) while small landscapes keep elkjs's default care.
  const thoroughness = children.length > LARGE_GRAPH ? '2' : '7';
  return { id: 'landscape', layoutOptions: { ...ELK_LAYOUT_OPTIONS, 'elk.layered.thoroughness': thoroughness }, children, edges };
}

/**
 * Top-left positions from ELK's answer. With `anchor`, the laid-out group is moved so its
 * top-left corner sits there (a selection laid out where it was).
 */
export function readElkPositions(result: ElkLayoutResult, anchor?: Position): Map<string, Position> {
  const positions = new Map<string, Position>();
  const children = result.children ?? [];
  const { dx, dy } = anchorShift(result, anchor);
  for (const child of children) positions.set(child.id, { x: Math.round((child.x ?? 0) + dx), y: Math.round((child.y ?? 0) + dy) });
  return positions;
}

/** How far the laid-out group moves so its top-left corner sits at `anchor` (none without one). */
function anchorShift(result: ElkLayoutResult, anchor?: Position): { dx: number; dy: number } {
  if (!anchor) return { dx: 0, dy: 0 };
  let minX = Infinity;
  let minY = Infinity;
  for (const child of result.children ?? []) {
    minX = Math.min(minX, child.x ?? 0);
    minY = Math.min(minY, child.y ?? 0);
  }
  return { dx: Number.isFinite(minX) ? anchor.x - minX : 0, dy: Number.isFinite(minY) ? anchor.y - minY : 0 };
}

/**
 * An edge as ELK routed it: the polyline from the source card's border to the target card's,
 * valid while the two cards stay where the layout put them (`from`/`to`: their top-left corners).
 */
export interface EdgeRoute {
  points: Position[];
  source: string;
  target: string;
  from: Position;
  to: Position;
}

/**
 * The routes of ELK's answer, moved like the positions (see readElkPositions). Edges with no
 * section or with several (ELK splits only hierarchical edges, which the landscape has none of)
 * get no route and are drawn as curves.
 */
export function readElkRoutes(result: ElkLayoutResult, graph: ElkGraphInput, anchor?: Position): Map<string, EdgeRoute> {
  const routes = new Map<string, EdgeRoute>();
  const { dx, dy } = anchorShift(result, anchor);
  const positions = readElkPositions(result, anchor);
  const ends = new Map(graph.edges.map((edge) => [edge.id, { source: edge.sources[0]!, target: edge.targets[0]! }]));
  const at = (p: { x: number; y: number }): Position => ({ x: Math.round(p.x + dx), y: Math.round(p.y + dy) });
  for (const edge of result.edges ?? []) {
    const end = ends.get(edge.id);
    const section = edge.sections?.length === 1 ? edge.sections[0] : undefined;
    if (!end || !section) continue;
    const from = positions.get(end.source);
    const to = positions.get(end.target);
    if (!from || !to) continue;
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(at);
    routes.set(edge.id, { points, source: end.source, target: end.target, from, to });
  }
  return routes;
}

export interface LayoutRequest {
  graph: ElkGraphInput;
  anchor?: Position;
}

/** Runs one layout: what the worker does for each message. */
export async function runElkLayout(elk: ElkLike, request: LayoutRequest): Promise<Map<string, Position>> {
  const result = await elk.layout(request.graph);
  return readElkPositions(result, request.anchor);
}

/** Positions and edge routes of one layout: what the editor's worker answers. */
export async function runElkLayoutWithRoutes(elk: ElkLike, request: LayoutRequest): Promise<{ positions: Map<string, Position>; routes: Map<string, EdgeRoute> }> {
  const result = await elk.layout(request.graph);
  return { positions: readElkPositions(result, request.anchor), routes: readElkRoutes(result, request.graph, request.anchor) };
}
