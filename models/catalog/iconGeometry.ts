// Builders for the component-type glyphs (24x24 viewBox, fill only).
// Solid shapes are wound clockwise and holes counter-clockwise, so every glyph renders the same
// under SVG's default `nonzero` fill rule (and under `evenodd` where solids do not overlap).

type Point = readonly [number, number];

const num = (value: number): string => String(Math.round(value * 100) / 100);

function signedArea(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i += 1) {
    const [x1, y1] = points[i] as Point;
    const [x2, y2] = points[(i + 1) % points.length] as Point;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

function polygonPath(points: readonly Point[], clockwise: boolean): string {
  // In SVG's y-down space a positive shoelace area means the points run clockwise on screen.
  const isClockwise = signedArea(points) > 0;
  const ordered = isClockwise === clockwise ? points : [...points].reverse();
  return `M${ordered.map(([x, y]) => `${num(x)} ${num(y)}`).join('L')}Z`;
}

export const polygon = (...points: Point[]): string => polygonPath(points, true);
export const polygonHole = (...points: Point[]): string => polygonPath(points, false);

function roundedRectPath(x: number, y: number, w: number, h: number, r: number, clockwise: boolean): string {
  const radius = Math.min(r, w / 2, h / 2);
  if (radius <= 0) {
    return polygonPath(
      [
        [x, y],
        [x + w, y],
        [x + w, y + h],
        [x, y + h],
      ],
      clockwise,
    );
  }
  const a = (dx: number, dy: number): string =>
    `A${num(radius)} ${num(radius)} 0 0 ${clockwise ? 1 : 0} ${num(dx)} ${num(dy)}`;
  if (clockwise) {
    return (
      `M${num(x + radius)} ${num(y)}H${num(x + w - radius)}${a(x + w, y + radius)}` +
      `V${num(y + h - radius)}${a(x + w - radius, y + h)}H${num(x + radius)}${a(x, y + h - radius)}` +
      `V${num(y + radius)}${a(x + radius, y)}Z`
    );
  }
  return (
    `M${num(x + radius)} ${num(y)}${a(x, y + radius)}V${num(y + h - radius)}${a(x + radius, y + h)}` +
    `H${num(x + w - radius)}${a(x + w, y + h - radius)}V${num(y + radius)}${a(x + w - radius, y)}Z`
  );
}

export const rect = (x: number, y: number, w: number, h: number, r = 0): string =>
  roundedRectPath(x, y, w, h, r, true);
export const rectHole = (x: number, y: number, w: number, h: number, r = 0): string =>
  roundedRectPath(x, y, w, h, r, false);

function circlePath(cx: number, cy: number, r: number, clockwise: boolean): string {
  const sweep = clockwise ? 1 : 0;
  return (
    `M${num(cx - r)} ${num(cy)}A${num(r)} ${num(r)} 0 1 ${sweep} ${num(cx + r)} ${num(cy)}` +
    `A${num(r)} ${num(r)} 0 1 ${sweep} ${num(cx - r)} ${num(cy)}Z`
  );
}

export const circle = (cx: number, cy: number, r: number): string => circlePath(cx, cy, r, true);
export const circleHole = (cx: number, cy: number, r: number): string => circlePath(cx, cy, r, false);

/** A straight bar of width `w` from one point to another (a connector line drawn as a fill). */
export function bar(x1: number, y1: number, x2: number, y2: number, w: number): string {
  const length = Math.hypot(x2 - x1, y2 - y1);
  const nx = (-(y2 - y1) / length) * (w / 2);
  const ny = ((x2 - x1) / length) * (w / 2);
  return polygon([x1 + nx, y1 + ny], [x2 + nx, y2 + ny], [x2 - nx, y2 - ny], [x1 - nx, y1 - ny]);
}

/** A lens (leaf) between two points, bulging by the given arc radius on both sides. */
export function lens(x1: number, y1: number, x2: number, y2: number, r: number): string {
  return `M${num(x1)} ${num(y1)}A${num(r)} ${num(r)} 0 0 1 ${num(x2)} ${num(y2)}A${num(r)} ${num(r)} 0 0 1 ${num(x1)} ${num(y1)}Z`;
}

export const glyph = (...parts: string[]): string => parts.join('');
