// The drawing size of an SVG document, read from its root element, so a PNG can be taken at the
// picture's own size without running script in the page.

export interface SvgSize {
  width: number;
  height: number;
}

const DEFAULT_SIZE: SvgSize = { width: 800, height: 600 };
/** Chromium refuses screenshots much larger than this per side; bigger drawings are scaled down. */
export const MAX_PNG_SIDE = 16000;

function rootTag(svg: string): string | undefined {
  return /<svg\b[^>]*>/i.exec(svg)?.[0];
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return match ? (match[2] ?? match[3]) : undefined;
}

/** Pixels from a length such as "120", "120px" or "120.5"; percentages and other units are not sizes. */
function pixels(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*([0-9]*\.?[0-9]+)\s*(px)?\s*$/.exec(value);
  if (!match) return undefined;
  const n = Number(match[1]);
  return n > 0 && Number.isFinite(n) ? n : undefined;
}

export function svgSize(svg: string): SvgSize {
  const tag = rootTag(svg);
  if (tag === undefined) return DEFAULT_SIZE;
  const width = pixels(attribute(tag, 'width'));
  const height = pixels(attribute(tag, 'height'));
  const viewBox = attribute(tag, 'viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const boxWidth = viewBox && viewBox.length === 4 && (viewBox[2] ?? 0) > 0 ? viewBox[2] : undefined;
  const boxHeight = viewBox && viewBox.length === 4 && (viewBox[3] ?? 0) > 0 ? viewBox[3] : undefined;
  if (width !== undefined && height !== undefined) return { width, height };
  if (boxWidth !== undefined && boxHeight !== undefined) {
    // One given length keeps the viewBox's aspect ratio, as a browser would.
    if (width !== undefined) return { width, height: (width * boxHeight) / boxWidth };
    if (height !== undefined) return { width: (height * boxWidth) / boxHeight, height };
    return { width: boxWidth, height: boxHeight };
  }
  return { width: width ?? DEFAULT_SIZE.width, height: height ?? DEFAULT_SIZE.height };
}

/** The device scale that keeps the PNG within MAX_PNG_SIDE, never above the wanted one. */
export function fittingScale(size: SvgSize, wanted: number): number {
  const largest = Math.max(size.width, size.height);
  return Math.min(wanted, MAX_PNG_SIDE / largest);
}
