// Drawing an edge along the polyline ELK routed for it (orthogonal, right-angled bends): the
// path, where its label sits, and the return arrow of an asynchronous callback beside it.

import type { Point } from './geometry';

const n = (value: number): string => String(Math.round(value * 10) / 10);

/** SVG path data through the points. */
export function polylinePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${n(p.x)} ${n(p.y)}`).join(' ');
}

/** The point halfway along the polyline (by length), where the label goes. */
export function polylineMidpoint(points: readonly Point[]): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  let remaining = lengths.reduce((sum, l) => sum + l, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]!;
    if (remaining <= length && length > 0) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const t = remaining / length;
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    }
    remaining -= length;
  }
  return points[points.length - 1]!;
}

/**
 * The callback of an async request: the route walked backwards, shifted by `gap` on both axes.
 * On an orthogonal route that moves every horizontal run down and every vertical run sideways
 * by the same distance, so the return arrow runs parallel to the request along its whole way.
 */
export function routeCallbackPath(points: readonly Point[], gap = 7): string {
  return polylinePath([...points].reverse().map((p) => ({ x: p.x + gap, y: p.y + gap })));
}

/** True when a route's recorded card corners are where the cards are now (within half a unit). */
export function routeStillFits(route: { from: Point; to: Point }, from: Point, to: Point): boolean {
  const near = (a: Point, b: Point) => Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
  return near(route.from, from) && near(route.to, to);
}
