// Page geometry and the small building blocks (paragraphs, tables, images) the DOCX renderer
// composes. Sizes: twips (1/20 pt) for pages and tables, pixels at 96 dpi for images, half-points
// for type, as the docx library takes them.

import {
  AlignmentType,
  HeadingLevel,
  ImageRun,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { linesOf, utf8Bytes } from './plainText';

const A4_SHORT = 11906;
const A4_LONG = 16838;
const MARGIN = 1134; // 2 cm
const TWIPS_PER_PIXEL = 15;

export type Orientation = 'portrait' | 'landscape';

export const contentWidthTwips = (orientation: Orientation): number =>
  (orientation === 'portrait' ? A4_SHORT : A4_LONG) - 2 * MARGIN;

export function sectionProperties(orientation: Orientation): NonNullable<ISectionOptions['properties']> {
  return {
    page: {
      // The docx library takes the portrait size and swaps it itself for landscape pages.
      size: { width: A4_SHORT, height: A4_LONG, orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE },
      margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    },
  };
}

/** Text runs of a possibly multi-line string, lines joined by line breaks. */
export function runs(text: string, style: { bold?: boolean; size?: number; italics?: boolean } = {}): TextRun[] {
  const plain = style.bold === undefined && style.size === undefined && style.italics === undefined;
  return linesOf(text).map((line, index) => (plain && index === 0 ? new TextRun(line) : new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}), ...style })));
}

/**
 * Table text comes from paragraph styles rather than per-run properties: large specifications
 * have tens of thousands of cells, and the docx library writes (and packs) every property of
 * every run, so a style defined once keeps the export several times faster.
 */
export const TABLE_STYLES = {
  text: 'CsTableText',
  header: 'CsTableHeader',
  wideText: 'CsTableTextWide',
  wideHeader: 'CsTableHeaderWide',
} as const;

export const tableParagraphStyles = [
  { id: TABLE_STYLES.text, name: 'Table text', basedOn: 'Normal', run: { size: 18 }, paragraph: { spacing: { before: 0, after: 0 } } },
  { id: TABLE_STYLES.header, name: 'Table header', basedOn: 'Normal', run: { size: 18, bold: true }, paragraph: { spacing: { before: 0, after: 0 } } },
  { id: TABLE_STYLES.wideText, name: 'Wide table text', basedOn: 'Normal', run: { size: 15 }, paragraph: { spacing: { before: 0, after: 0 } } },
  { id: TABLE_STYLES.wideHeader, name: 'Wide table header', basedOn: 'Normal', run: { size: 15, bold: true }, paragraph: { spacing: { before: 0, after: 0 } } },
];

const HEADING_SPACE_BEFORE = [360, 280, 200, 160] as const;

/** A heading in Word's built-in heading style (the navigation pane lists it), kept with what follows. */
export const heading = (text: string, level: 1 | 2 | 3 | 4): Paragraph =>
  new Paragraph({
    heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][level - 1],
    keepNext: true,
    spacing: { before: HEADING_SPACE_BEFORE[level - 1], after: 80 },
    children: runs(text),
  });

export const title = (text: string): Paragraph => new Paragraph({ heading: HeadingLevel.TITLE, children: runs(text) });

export const paragraph = (text: string): Paragraph => new Paragraph({ children: runs(text), spacing: { after: 120 } });

/** "Label: value" with the label in bold. */
export const labelled = (label: string, value: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: `${linesOf(label).join(' ')}: `, bold: true }), ...runs(value)], spacing: { after: 80 } });

export const italic = (text: string): Paragraph => new Paragraph({ children: runs(text, { italics: true }), spacing: { after: 120 } });

export interface TableSpec {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  /** Relative column widths (equal when absent). */
  weights?: readonly number[];
  orientation: Orientation;
}

const HEADER_FILL = 'E8ECF1';

/** A full-width table whose header row repeats on every page; type shrinks with many columns. */
export function table(spec: TableSpec): Table {
  const columns = spec.headers.length;
  const weights = spec.weights && spec.weights.length === columns ? spec.weights : spec.headers.map(() => 1);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const width = contentWidthTwips(spec.orientation);
  const columnWidths = weights.map((w) => Math.floor((width * w) / total));
  const wide = columns > 6;
  const textStyle = wide ? TABLE_STYLES.wideText : TABLE_STYLES.text;
  const headerStyle = wide ? TABLE_STYLES.wideHeader : TABLE_STYLES.header;
  // Cells take their widths from the table grid (columnWidths) when the document is packed.
  const cell = (text: string, header: boolean): TableCell =>
    new TableCell({
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } } : {}),
      children: [new Paragraph({ style: header ? headerStyle : textStyle, children: runs(text) })],
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    // Cell padding once for the table, not per cell (see TABLE_STYLES on why per-cell costs).
    margins: { top: 30, bottom: 30, left: 80, right: 80 },
    rows: [
      new TableRow({ tableHeader: true, children: spec.headers.map((h) => cell(h, true)) }),
      ...spec.rows.map((row) => new TableRow({ cantSplit: true, children: spec.headers.map((_, i) => cell(row[i] ?? '', false)) })),
    ],
  });
}

/** A diagram picture for the document: PNG always (every reader shows it), SVG too when given. */
export interface DocxImage {
  png: Uint8Array;
  /** Size of the picture in CSS pixels (the PNG may hold more device pixels). */
  width: number;
  height: number;
  svg?: string;
}

/** The image scaled down to fit the text width, with its title as alternative text. */
export function image(picture: DocxImage, altText: string, orientation: Orientation): Paragraph {
  const maxWidth = contentWidthTwips(orientation) / TWIPS_PER_PIXEL;
  const maxHeight = (orientation === 'portrait' ? 880 : 560);
  const scale = Math.min(1, maxWidth / picture.width, maxHeight / picture.height);
  const transformation = { width: Math.max(1, Math.floor(picture.width * scale)), height: Math.max(1, Math.floor(picture.height * scale)) };
  const alt = { name: linesOf(altText).join(' '), description: linesOf(altText).join(' '), title: linesOf(altText).join(' ') };
  const run =
    picture.svg !== undefined
      ? new ImageRun({ type: 'svg', data: utf8Bytes(picture.svg), fallback: { type: 'png', data: picture.png }, transformation, altText: alt })
      : new ImageRun({ type: 'png', data: picture.png, transformation, altText: alt });
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [run], spacing: { after: 160 } });
}
