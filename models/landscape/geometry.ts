// Pure geometry of the landscape picture (editor canvas and SVG export): where each component card sits, how
// parallel interactions between the same two components fan out so they never overlap, and
// the box that fits everything. No DOM here so it can be unit-tested in Node.

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NodeBox extends Rect {
  id: string;
}

export interface EdgeInput {
  id: string;
  from: string;
  to: string;
}

export interface EdgeGeometry {
  id: string;
  from: string;
  to: string;
  start: Point;
  control: Point;
  end: Point;
  /** Point on the curve halfway along, where the label sits. */
  labelAt: Point;
  /** SVG path data of the edge. */
  path: string;
}

export const NODE_WIDTH = 236;
export const NODE_HEIGHT = 88;
/** Distance between neighbouring parallel edges, measured at their middle. */
export const PARALLEL_SPACING = 44;
const GRID_GAP_X = 150;
const GRID_GAP_Y = 100;
const SELF_LOOP_SIZE = 56;

interface Positioned {
  id: string;
  position?: Point | undefined;
}

/** Room left between neighbouring cards for edges and their labels. */
export const MIN_GAP_X = 150;
export const MIN_GAP_Y = 100;
/** Spreading never enlarges a layout more than this, however crowded it is. */
const MAX_SPREAD = 2;

/**
 * How much to stretch stored positions horizontally and vertically so that cards of this
 * view's size keep at least MIN_GAP_X / MIN_GAP_Y between neighbours. A layout made for
 * smaller nodes keeps its shape but gains room for edge labels; a roomy layout is left as it
 * is (factors of 1). Each crowded pair is separated along whichever axis needs less stretch.
 */
export function spreadFactors(positions: readonly Point[]): { sx: number; sy: number } {
  const needX = NODE_WIDTH + MIN_GAP_X;
  const needY = NODE_HEIGHT + MIN_GAP_Y;
  let sx = 1;
  let sy = 1;
  for (let i = 0; i < positions.length; i++) {
    for (let j = i + 1; j < positions.length; j++) {
      const dx = Math.abs(positions[i]!.x - positions[j]!.x);
      const dy = Math.abs(positions[i]!.y - positions[j]!.y);
      if (dx * sx >= needX || dy * sy >= needY) continue;
      const byX = dx > 0 ? needX / dx : Infinity;
      const byY = dy > 0 ? needY / dy : Infinity;
      if (byX / sx <= byY / sy) sx = Math.min(MAX_SPREAD, Math.max(sx, byX));
      else sy = Math.min(MAX_SPREAD, Math.max(sy, byY));
    }
  }
  return { sx, sy };
}

/**
 * Card boxes for the components. A stored position is the card's top-left corner (the
 * convention of the landscape editor), stretched by spreadFactors when the layout is too
 * tight for this view's cards; components without one are placed on a grid below the
 * positioned ones so they never cover them.
 */
export function layoutNodes(components: readonly Positioned[], options: { spread?: boolean } = {}): NodeBox[] {
  const { sx, sy } = options.spread === false ? { sx: 1, sy: 1 } : spreadFactors(components.flatMap((c) => (c.position ? [c.position] : [])));
  const at = new Map<string, Point>();
  for (const c of components) if (c.position) at.set(c.id, { x: c.position.x * sx, y: c.position.y * sy });
  const placed = [...at.values()];
  const unplaced = components.filter((c) => c.position === undefined);
  let gridTop = 0;
  let gridLeft = 0;
  if (placed.length > 0) {
    gridTop = Math.max(...placed.map((p) => p.y)) + NODE_HEIGHT + GRID_GAP_Y;
    gridLeft = Math.min(...placed.map((p) => p.x));
  }
  const columns = Math.max(1, Math.ceil(Math.sqrt(unplaced.length)));
  unplaced.forEach((c, index) => {
    at.set(c.id, {
      x: gridLeft + (index % columns) * (NODE_WIDTH + GRID_GAP_X),
      y: gridTop + Math.floor(index / columns) * (NODE_HEIGHT + GRID_GAP_Y),
    });
  });
  return components.map((c) => {
    const p = at.get(c.id)!;
    return { id: c.id, x: p.x, y: p.y, width: NODE_WIDTH, height: NODE_HEIGHT };
  });
}

/**
 * Signed offsets, perpendicular to the line between the two components, for every edge.
 * Edges between the same unordered pair share one frame of reference (from the smaller id to
 * the larger), so A→B and B→A fan out to opposite sides instead of drawing over each other.
 */
export function parallelOffsets(edges: readonly EdgeInput[], spacing = PARALLEL_SPACING): Map<string, number> {
  const groups = new Map<string, EdgeInput[]>();
  for (const edge of edges) {
    const key = pairKey(edge.from, edge.to);
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  }
  const offsets = new Map<string, number>();
  for (const group of groups.values()) {
    const count = group.length;
    group.forEach((edge, index) => {
      const centred = (index - (count - 1) / 2) * spacing;
      // Offsets are measured in the canonical frame; an edge running the other way flips its
      // normal, so its offset is negated to land on the intended side.
      const canonical = edge.from <= edge.to;
      offsets.set(edge.id, canonical ? centred : -centred);
    });
  }
  return offsets;
}

function pairKey(a: string, b: string): string {
  return a <= b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function centreOf(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/**
 * Where the ray from the centre of `rect` towards `towards` leaves the rectangle grown by
 * `margin`. Used to end an edge at the card border rather than under the card.
 */
export function borderPoint(rect: Rect, towards: Point, margin = 0): Point {
  const c = centreOf(rect);
  const dx = towards.x - c.x;
  const dy = towards.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const halfW = rect.width / 2 + margin;
  const halfH = rect.height / 2 + margin;
  const scale = Math.min(dx === 0 ? Infinity : halfW / Math.abs(dx), dy === 0 ? Infinity : halfH / Math.abs(dy));
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

/** The point at parameter t of the quadratic Bézier p0 → c → p1. */
export function quadraticPoint(p0: Point, c: Point, p1: Point, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * p0.x + 2 * u * t * c.x + t * t * p1.x,
    y: u * u * p0.y + 2 * u * t * c.y + t * t * p1.y,
  };
}

/**
 * The drawn shape of every edge: a quadratic curve whose middle is pushed sideways by the
 * edge's parallel offset (a single edge stays straight), starting and ending a few units
 * outside the cards so the arrowhead stays visible. An edge from a component to itself is a
 * loop above the card. Edges whose ends are unknown are left out.
 */
export function routeEdges(
  nodes: readonly NodeBox[],
  edges: readonly EdgeInput[],
  spacing = PARALLEL_SPACING,
  margin = 4,
): EdgeGeometry[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const offsets = parallelOffsets(edges, spacing);
  const routed: EdgeGeometry[] = [];
  for (const edge of edges) {
    const source = byId.get(edge.from);
    const target = byId.get(edge.to);
    if (!source || !target) continue;
    routed.push(routeEdge(edge, source, target, offsets.get(edge.id) ?? 0, margin));
  }
  return routed;
}

/**
 * One edge between two cards: a straight line between their borders, or, for the `offset`-th
 * parallel edge, a quadratic curve whose middle lies `offset` beside the centre line. The
 * editor's canvas and the SVG export draw the same curve.
 */
export function routeEdge(edge: EdgeInput, source: Rect, target: Rect, offset: number, margin = 4): EdgeGeometry {
  if (edge.from === edge.to) return selfLoop(edge, source, offset, margin);
  const a = centreOf(source);
  const b = centreOf(target);
  // Normal of the canonical direction (smaller id → larger id), see parallelOffsets.
  const [p, q] = edge.from <= edge.to ? [a, b] : [b, a];
  const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
  const normal = { x: -(q.y - p.y) / length, y: (q.x - p.x) / length };
  const signed = edge.from <= edge.to ? offset : -offset;
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const middle = { x: mid.x + normal.x * signed, y: mid.y + normal.y * signed };
  // The curve's middle (t = 0.5) is (start + end) / 4 + control / 2. A first control point
  // twice the offset away picks where the curve leaves each card; the final control point is
  // then solved so the middle lands exactly `offset` from the centre line.
  const guess = { x: mid.x + normal.x * signed * 2, y: mid.y + normal.y * signed * 2 };
  const start = borderPoint(source, offset === 0 ? b : guess, margin);
  const end = borderPoint(target, offset === 0 ? a : guess, margin);
  const control = { x: 2 * middle.x - (start.x + end.x) / 2, y: 2 * middle.y - (start.y + end.y) / 2 };
  return quadraticEdge(edge, start, control, end);
}

/** The geometry of an edge drawn as one quadratic curve, labelled at its middle. */
function quadraticEdge(edge: EdgeInput, start: Point, control: Point, end: Point): EdgeGeometry {
  return {
    id: edge.id,
    from: edge.from,
    to: edge.to,
    start,
    control,
    end,
    labelAt: quadraticPoint(start, control, end, 0.5),
    path: `M ${fmt(start.x)} ${fmt(start.y)} Q ${fmt(control.x)} ${fmt(control.y)} ${fmt(end.x)} ${fmt(end.y)}`,
  };
}

function selfLoop(edge: EdgeInput, box: Rect, offset: number, margin: number): EdgeGeometry {
  const reach = SELF_LOOP_SIZE + Math.abs(offset);
  const start = { x: box.x + box.width * 0.35, y: box.y - margin };
  const end = { x: box.x + box.width * 0.65, y: box.y - margin };
  const control = { x: box.x + box.width / 2, y: box.y - reach * 2 };
  return quadraticEdge(edge, start, control, end);
}

function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * The box holding every card and label (`boxes`) and every edge, grown by `padding`. A
 * quadratic curve bulges furthest at its middle (t = 0.5), so its ends and middle bound it
 * closely enough for a margin to absorb the rest. An empty picture gets a small default box
 * so the SVG still has a valid viewBox.
 */
export function diagramBounds(boxes: readonly Rect[], edges: readonly EdgeGeometry[], padding = 32): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const include = (x: number, y: number) => {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  };
  for (const b of boxes) {
    include(b.x, b.y);
    include(b.x + b.width, b.y + b.height);
  }
  for (const e of edges) {
    include(e.start.x, e.start.y);
    include(e.end.x, e.end.y);
    include(e.labelAt.x, e.labelAt.y);
  }
  if (minX === Infinity) return { x: 0, y: 0, width: 400, height: 200 };
  return {
    x: minX - padding,
    y: minY - padding,
    width: maxX - minX + 2 * padding,
    height: maxY - minY + 2 * padding,
  };
}

// Approximate advance widths in em of a common sans-serif (DejaVu Sans, the widest of the
// usual UI fonts, so estimates err on the long side and text never overruns its box).
const NARROW = new Set(Array.from("iljI.,:;'|!()[] "));
const SEMI_NARROW = new Set(Array.from('ftr-/"'));
const WIDE = new Set(Array.from('mwMW@%'));

function charWidthEm(ch: string): number {
  if (NARROW.has(ch)) return 0.32;
  if (SEMI_NARROW.has(ch)) return 0.4;
  if (WIDE.has(ch)) return 0.92;
  if (ch >= '0' && ch <= '9') return 0.64;
  if (ch !== ch.toLowerCase()) return 0.72;
  return 0.6;
}

/** Estimated rendered width of `text` in user units, for laying out SVG text without a DOM. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * fontSize * (bold ? 1.08 : 1);
}

/**
 * `text` shortened with an ellipsis so its estimated width stays within `maxWidth`; unchanged
 * when it already fits.
 */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (estimateTextWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = Array.from(text);
  const ellipsis = estimateTextWidth('…', fontSize, bold);
  let width = 0;
  let count = 0;
  for (const ch of chars) {
    const next = width + estimateTextWidth(ch, fontSize, bold);
    if (next + ellipsis > maxWidth) break;
    width = next;
    count += 1;
  }
  return `${chars.slice(0, count).join('').trimEnd()}…`;
}

export interface LabelBox extends Rect {
  id: string;
  /** Centre of the label. */
  at: Point;
}

/** Where along an edge a label may sit, best first: the middle, then further towards the ends. */
const LABEL_POSITIONS = [0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8];
/** Sideways shifts tried at each position, so a label can step off a crowded line. */
const LABEL_SHIFTS = [0, 12, -12];

/** Unit normal of the quadratic curve p0 → c → p1 at parameter t. */
function curveNormal(p0: Point, c: Point, p1: Point, t: number): Point {
  const dx = 2 * (1 - t) * (c.x - p0.x) + 2 * t * (p1.x - c.x);
  const dy = 2 * (1 - t) * (c.y - p0.y) + 2 * t * (p1.y - c.y);
  const length = Math.hypot(dx, dy) || 1;
  return { x: -dy / length, y: dx / length };
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Rectangles bucketed in a uniform grid, so finding what a candidate label may cover looks at
 * a few cells instead of every card and label (large landscapes have thousands of each).
 */
class RectGrid {
  private readonly cells = new Map<string, Rect[]>();

  constructor(private readonly cellSize: number) {}

  private keys(r: Rect): string[] {
    const keys: string[] = [];
    const x0 = Math.floor(r.x / this.cellSize);
    const x1 = Math.floor((r.x + r.width) / this.cellSize);
    const y0 = Math.floor(r.y / this.cellSize);
    const y1 = Math.floor((r.y + r.height) / this.cellSize);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.push(`${x},${y}`);
    return keys;
  }

  add(r: Rect): void {
    for (const key of this.keys(r)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(r);
      else this.cells.set(key, [r]);
    }
  }

  /** Total area of `r` covered by the stored rectangles (each counted once). */
  coveredArea(r: Rect): number {
    const seen = new Set<Rect>();
    let area = 0;
    for (const key of this.keys(r)) {
      for (const other of this.cells.get(key) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        area += overlapArea(r, other);
      }
    }
    return area;
  }
}

/**
 * Places one label per edge on or just beside its curve so that labels cover neither cards
 * nor each other where the picture leaves room: each edge tries positions from the middle
 * outwards and keeps the first free one, or else the one with least overlap (labels over
 * labels count most, as they make both unreadable).
 */
export function placeLabels(
  edges: readonly EdgeGeometry[],
  nodes: readonly Rect[],
  sizes: ReadonlyMap<string, { width: number; height: number }>,
): Map<string, LabelBox> {
  const cards = new RectGrid(NODE_WIDTH);
  for (const node of nodes) cards.add(node);
  const labels = new RectGrid(NODE_WIDTH);
  const result = new Map<string, LabelBox>();
  for (const edge of edges) {
    const size = sizes.get(edge.id);
    if (!size) continue;
    let best: { box: LabelBox; cost: number } | undefined;
    search: for (const t of LABEL_POSITIONS) {
      const onCurve = quadraticPoint(edge.start, edge.control, edge.end, t);
      const normal = curveNormal(edge.start, edge.control, edge.end, t);
      for (const shift of LABEL_SHIFTS) {
        const at = { x: onCurve.x + normal.x * shift, y: onCurve.y + normal.y * shift };
        const box: LabelBox = {
          id: edge.id,
          at,
          x: at.x - size.width / 2,
          y: at.y - size.height / 2,
          width: size.width,
          height: size.height,
        };
        const cost = 2 * cards.coveredArea(box) + 3 * labels.coveredArea(box);
        if (!best || cost < best.cost) best = { box, cost };
        if (cost === 0) break search;
      }
    }
    if (best) {
      labels.add(best.box);
      result.set(edge.id, best.box);
    }
  }
  return result;
}
