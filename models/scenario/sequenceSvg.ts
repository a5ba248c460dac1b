// The sequence diagram of a scenario as a self-contained SVG: participant boxes with lifelines,
// one band per step with its number and title, and the messages of the step below it. Pure text
// output, deterministic (no counters, no dates), every user text escaped. Responses and
// acknowledgements are dashed with an open arrowhead; the kind is never shown by colour alone.

import { escapeXml } from '../text/escapeXml';
import type { SequenceDiagram, SequenceMessage, SequenceMessageKind } from './sequence';
import { fitText, wrapText } from './textFit';

export interface SequenceSvgOptions {
  /** Prefix of the ids inside the SVG, so several diagrams can sit inline in one HTML page. */
  idPrefix?: string;
  /** Shown when the scenario has no interactions to draw. */
  emptyText?: string;
  /** Accessible title prefix ("Sequence diagram"). */
  titlePrefix?: string;
}

const FONT = "'Segoe UI', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
const COLUMN = 210;
const BOX_WIDTH = 184;
const BOX_HEIGHT = 52;
const LEFT = 64;
const TOP = 20;
const NAME_FONT = 13.5;
const LABEL_FONT = 12.5;
const DETAIL_FONT = 11.5;
const STEP_FONT = 13.5;
const STEP_BAND = 32;
const SELF_LOOP = 44;

const KIND_COLOUR: Record<SequenceMessageKind, string> = {
  request: '#1d2433',
  response: '#4a5163',
  ack: '#4a5163',
  callback: '#3341b8',
  subscribe: '#7a2fa0',
  notify: '#7a2fa0',
  file: '#0f6e5d',
};

const n = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(1));

function sanitizeId(prefix: string): string {
  const cleaned = prefix.replace(/[^A-Za-z0-9_-]/g, '');
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `s${cleaned}`;
}

/** Label lines, the detail line and where the arrow runs, relative to the row's top. */
interface MessageLayout {
  lines: string[];
  detail: string;
  lineOffset: number;
  height: number;
}

function layoutMessage(message: SequenceMessage, centre: (id: string) => number): MessageLayout {
  const self = message.from === message.to;
  const span = self ? COLUMN - 24 : Math.max(Math.abs(centre(message.to) - centre(message.from)) - 20, 150);
  const lines = wrapText(message.label, span, LABEL_FONT, 2, message.kind === 'request');
  const detail = message.detail ? fitText(message.detail, span, DETAIL_FONT) : '';
  const lineOffset = 10 + Math.max(lines.length, 1) * 15 + (detail ? 16 : 0);
  return { lines, detail, lineOffset, height: lineOffset + (self ? 32 : 14) };
}

interface Row {
  kind: 'step' | 'message';
  y: number;
  height: number;
  index: number;
  layout?: MessageLayout;
}

/** The diagram as SVG text. */
export function renderSequenceSvg(diagram: SequenceDiagram, options: SequenceSvgOptions = {}): string {
  const prefix = sanitizeId(options.idPrefix ?? 'seq');
  const columns = new Map(diagram.participants.map((p, index) => [p.id, index]));
  const columnCount = Math.max(diagram.participants.length, 1);
  const centre = (id: string) => LEFT + (columns.get(id) ?? 0) * COLUMN + COLUMN / 2;
  // Room on the right for a self-message loop of the last participant.
  const width = LEFT + columnCount * COLUMN + 40;

  const rows: Row[] = [];
  let y = TOP + BOX_HEIGHT + 18;
  for (const step of diagram.steps) {
    rows.push({ kind: 'step', y, height: STEP_BAND, index: step.number - 1 });
    y += STEP_BAND + 4;
    for (const index of step.messageIndices) {
      const layout = layoutMessage(diagram.messages[index]!, centre);
      rows.push({ kind: 'message', y, height: layout.height, index, layout });
      y += layout.height;
    }
    y += 10;
  }
  const empty = diagram.messages.length === 0;
  if (empty) y += 44;
  const lifelineEnd = y + 8;
  const height = lifelineEnd + 16;

  const parts: string[] = [];
  parts.push('<?xml version="1.0" encoding="UTF-8"?>');
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" font-family="${escapeXml(FONT)}" role="img" aria-labelledby="${prefix}-title">`,
  );
  parts.push(`<title id="${prefix}-title">${escapeXml(options.titlePrefix ? `${options.titlePrefix}: ${diagram.title}` : diagram.title)}</title>`);
  // One marker per colour (no `context-stroke`: older SVG renderers, such as those turning the
  // diagram into an image for a document, do not know it).
  const colours = [...new Set(Object.values(KIND_COLOUR))].sort();
  parts.push(
    '<defs>' +
      colours
        .map(
          (colour) =>
            `<marker id="${prefix}-solid-${colour.slice(1)}" viewBox="0 0 10 10" refX="9.5" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="${colour}"/></marker>` +
            `<marker id="${prefix}-open-${colour.slice(1)}" viewBox="0 0 10 10" refX="9.5" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="M 0 0 L 10 5 L 0 10" fill="none" stroke="${colour}" stroke-width="1.5"/></marker>`,
        )
        .join('') +
      '</defs>',
  );
  parts.push(`<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`);

  // Lifelines first, so bands and arrows draw over them.
  parts.push('<g class="lifelines">');
  for (const participant of diagram.participants) {
    const x = centre(participant.id);
    parts.push(`<line x1="${n(x)}" y1="${n(TOP + BOX_HEIGHT)}" x2="${n(x)}" y2="${n(lifelineEnd)}" stroke="#9aa1b1" stroke-width="1.2" stroke-dasharray="5 4"/>`);
  }
  parts.push('</g>');

  parts.push('<g class="participants">');
  for (const participant of diagram.participants) {
    const x = centre(participant.id);
    const lines = wrapText(participant.name, BOX_WIDTH - 16, NAME_FONT, 2, true);
    const stroke = participant.missing ? '#c01f2f' : '#3d4456';
    const dash = participant.missing ? ' stroke-dasharray="4 3"' : '';
    const firstLine = TOP + BOX_HEIGHT / 2 + 5 - ((lines.length - 1) * 17) / 2;
    parts.push(
      `<g class="participant"><title>${escapeXml(participant.name)}</title>` +
        `<rect x="${n(x - BOX_WIDTH / 2)}" y="${TOP}" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="6" fill="#eef1f7" stroke="${stroke}" stroke-width="1.4"${dash}/>` +
        lines
          .map(
            (line, i) =>
              `<text x="${n(x)}" y="${n(firstLine + i * 17)}" text-anchor="middle" font-size="${NAME_FONT}" font-weight="700" fill="#1d2433">${escapeXml(line)}</text>`,
          )
          .join('') +
        '</g>',
    );
  }
  parts.push('</g>');

  parts.push('<g class="rows">');
  for (const row of rows) {
    if (row.kind === 'step') {
      const step = diagram.steps[row.index]!;
      const title = fitText(step.title, width - LEFT - 44, STEP_FONT, true);
      parts.push(
        `<g class="step" data-step="${escapeXml(step.id)}"><title>${escapeXml(`${step.number}. ${step.title}`)}</title>` +
          `<rect x="8" y="${n(row.y)}" width="${n(width - 16)}" height="${STEP_BAND}" rx="4" fill="#f3f5f9" stroke="#d5dae4" stroke-width="1"/>` +
          `<circle cx="${n(LEFT / 2)}" cy="${n(row.y + STEP_BAND / 2)}" r="12" fill="#1d2433"/>` +
          `<text x="${n(LEFT / 2)}" y="${n(row.y + STEP_BAND / 2 + 4.5)}" text-anchor="middle" font-size="12.5" font-weight="700" fill="#ffffff">${step.number}</text>` +
          `<text x="${LEFT}" y="${n(row.y + STEP_BAND / 2 + 5)}" font-size="${STEP_FONT}" font-weight="700" fill="#1d2433">${escapeXml(title)}</text>` +
          '</g>',
      );
      continue;
    }
    parts.push(messageSvg(diagram.messages[row.index]!, row, centre, prefix));
  }
  parts.push('</g>');

  if (empty) {
    const text = options.emptyText ?? 'No interactions in this scenario yet.';
    parts.push(`<text x="${n(width / 2)}" y="${n(lifelineEnd - 24)}" text-anchor="middle" font-size="13" fill="#4a5163">${escapeXml(text)}</text>`);
  }
  parts.push('</svg>');
  parts.push('');
  return parts.join('\n');
}

function messageSvg(message: SequenceMessage, row: Row, centre: (id: string) => number, prefix: string): string {
  const colour = KIND_COLOUR[message.kind];
  const x1 = centre(message.from);
  const x2 = centre(message.to);
  const self = message.from === message.to;
  const layout = row.layout!;
  const labelX = self ? x1 + 8 : (x1 + x2) / 2;
  const anchor = self ? 'start' : 'middle';
  const weight = message.kind === 'request' ? ' font-weight="600"' : '';
  const texts = layout.lines.map(
    (line, i) =>
      `<text x="${n(labelX)}" y="${n(row.y + 20 + i * 15)}" text-anchor="${anchor}" font-size="${LABEL_FONT}"${weight} fill="${colour}">${escapeXml(line)}</text>`,
  );
  if (layout.detail) {
    texts.push(
      `<text x="${n(labelX)}" y="${n(row.y + 20 + layout.lines.length * 15 - 1)}" text-anchor="${anchor}" font-size="${DETAIL_FONT}" font-family="'DejaVu Sans Mono', Consolas, monospace" fill="#4a5163">${escapeXml(layout.detail)}</text>`,
    );
  }
  const lineY = row.y + layout.lineOffset;
  const marker = `${prefix}-${message.dashed ? 'open' : 'solid'}-${colour.slice(1)}`;
  const dash = message.dashed ? ' stroke-dasharray="6 4"' : '';
  const stroke = `stroke="${colour}" stroke-width="${message.kind === 'file' ? 3 : 1.6}"${dash} marker-end="url(#${marker})"`;
  let shape: string;
  if (self) {
    shape = `<path d="M ${n(x1)} ${n(lineY)} h ${SELF_LOOP} v 18 h ${-SELF_LOOP + 2}" fill="none" ${stroke}/>`;
  } else {
    const direction = x2 > x1 ? 1 : -1;
    shape = `<line x1="${n(x1)}" y1="${n(lineY)}" x2="${n(x2 - direction * 2)}" y2="${n(lineY)}" ${stroke}/>`;
  }
  // Events start at a small circle (the event source), files are drawn as a double line.
  let extra = '';
  if (message.kind === 'notify') extra += `<circle cx="${n(x1)}" cy="${n(lineY)}" r="4" fill="#ffffff" stroke="${colour}" stroke-width="1.6"/>`;
  if (message.kind === 'file' && !self) extra += `<line x1="${n(x1)}" y1="${n(lineY)}" x2="${n(x2 - (x2 > x1 ? 10 : -10))}" y2="${n(lineY)}" stroke="#ffffff" stroke-width="1"/>`;
  const tip = [message.label, message.detail].filter((part) => part !== '').join(' — ');
  return (
    `<g class="message message-${message.kind}" data-step="${escapeXml(message.stepId)}" data-interaction="${escapeXml(message.interactionId)}"><title>${escapeXml(tip)}</title>` +
    texts.join('') +
    shape +
    extra +
    '</g>'
  );
}
