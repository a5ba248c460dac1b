// The landscape as a standalone SVG file, from the document alone (positions stored by the
// editor or the layout), so the editor's "Export SVG" and the command line produce the same
// bytes. Deterministic: no ids from counters, no dates; every user text is escaped. Each card
// names its type in text next to the icon, so the picture survives greyscale printing.

import { getComponentType, getInteractionPattern, operationKinds, type InteractionTiming } from '../catalog';
import { escapeXml } from '../text/escapeXml';
import type { Component, Project, Sensitivity } from '../project/types';
import { EDGE_TIMINGS, landscapeFacts, timingOf } from './facts';
import {
  diagramBounds,
  estimateTextWidth,
  fitText,
  layoutNodes,
  parallelOffsets,
  placeLabels,
  quadraticPoint,
  routeEdge,
  type EdgeGeometry,
  type NodeBox,
} from './geometry';

export interface LandscapeSvgText {
  title: string;
  legend: string;
  timing: Record<InteractionTiming, string>;
  callback: string;
  sensitiveBadge: string;
  sensitiveLegend: string;
  unknownType: string;
  noOwner: string;
  sensitivity: Record<Sensitivity, string>;
  /** Label of an operation kind id. */
  operationKind: (id: string) => string;
}

export const DEFAULT_SVG_TEXT: LandscapeSvgText = {
  title: 'Landscape',
  legend: 'Legend',
  timing: {
    sync: 'Synchronous request',
    async: 'Asynchronous with callback',
    event: 'Event or notification',
    batch: 'Batch, bulk or replication',
    manual: 'Manual or offline',
  },
  callback: 'callback',
  sensitiveBadge: 'Sensitive data',
  sensitiveLegend: 'The component exchanges sensitive personal data',
  unknownType: 'Unknown type',
  noOwner: 'No owner agency',
  sensitivity: { none: 'No personal data', personal: 'Personal data', sensitive: 'Sensitive personal data' },
  operationKind: (id) => operationKinds.find((kind) => kind.id === id)?.name ?? id,
};

export interface LandscapeSvgOptions {
  /** Only these components (and interactions between them); all when absent. */
  componentIds?: ReadonlySet<string>;
  interactionIds?: ReadonlySet<string>;
  /** Colour edges by the highest sensitivity they carry instead of by pattern. */
  colourBySensitivity?: boolean;
  text?: Partial<LandscapeSvgText>;
}

const TIMING_COLOUR: Record<InteractionTiming, string> = {
  sync: '#3d4456',
  async: '#4c5bd4',
  event: '#8a3fb0',
  batch: '#0f7563',
  manual: '#9a5b00',
};
/**
 * How each timing looks besides its colour (colour is never the only cue): sync a plain line,
 * async a line with its callback drawn back beside it, event a line starting at a small circle
 * (the event source), batch a double line, manual a dashed line. Only manual exchanges are
 * dashed: dashes on a thousand long edges cost the editor's canvas most of its frame rate.
 */
export const TIMING_DASH: Record<InteractionTiming, string> = { sync: '', async: '', event: '', batch: '', manual: '7 4' };
export const TIMING_WIDTH: Record<InteractionTiming, number> = { sync: 1.8, async: 1.8, event: 2, batch: 4.5, manual: 1.8 };
/** Width of the white core that turns a batch edge into a double line. */
export const BATCH_CORE_WIDTH = 1.5;
export const EVENT_SOURCE_RADIUS = 4;
export const SENSITIVITY_COLOUR: Record<Sensitivity, string> = { none: '#8a90a0', personal: '#b35e09', sensitive: '#c01f2f' };
const UNKNOWN_COLOUR = '#6b7283';

const NAME_FONT = 13.5;
const TYPE_FONT = 12;
const OWNER_FONT = 11.5;
const LABEL_FONT = 10.5;
const TEXT_LEFT = 58;
const BADGE_WIDTH = 96;
const LABEL_MAX = 190;
const FONT = "'Segoe UI', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

const n = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** The type text of a card: the custom label, the catalogue short name, or "Unknown type". */
export function componentTypeLabel(component: Component, unknownType = DEFAULT_SVG_TEXT.unknownType): string {
  const type = getComponentType(component.type);
  if (component.type === 'custom' && component.customType) return component.customType;
  return type ? type.shortName : `${unknownType} (${component.type})`;
}

function card(node: NodeBox, component: Component, sensitive: boolean, text: LandscapeSvgText): string {
  const type = getComponentType(component.type);
  const colour = type?.colour ?? UNKNOWN_COLOUR;
  const textWidth = node.width - TEXT_LEFT - 12;
  const ownerWidth = node.width - 30 - (sensitive ? BADGE_WIDTH + 8 : 0);
  const typeLabel = component.type === 'custom' && component.customType ? component.customType : type ? type.shortName : text.unknownType;
  const owner = component.ownerAgency || text.noOwner;
  const icon = type
    ? `<path d="${type.iconPath}" transform="translate(20 16)" fill="${colour}"/>`
    : `<text x="32" y="34" text-anchor="middle" font-size="20" font-weight="700" fill="${colour}">?</text>`;
  const parts = [
    `<g transform="translate(${n(node.x)} ${n(node.y)})" class="node">`,
    `<title>${escapeXml([component.name, typeLabel, component.ownerAgency ?? ''].filter(Boolean).join(' · '))}</title>`,
    `<rect width="${node.width}" height="${node.height}" rx="10" fill="#ffffff" stroke="#a9b0bf"/>`,
    `<path d="M 10 0 H 5 A 5 5 0 0 0 0 5 V ${node.height - 5} A 5 5 0 0 0 5 ${node.height} H 10 Z" transform="translate(0.5 0.5)" fill="${colour}"/>`,
    `<rect x="16" y="12" width="32" height="32" rx="8" fill="${colour}" fill-opacity="0.12"/>`,
    icon,
    `<text x="${TEXT_LEFT}" y="26" font-size="${NAME_FONT}" font-weight="650" fill="#1d2433">${escapeXml(fitText(component.name, textWidth, NAME_FONT, true))}</text>`,
    `<text x="${TEXT_LEFT}" y="42" font-size="${TYPE_FONT}" fill="#4a5163">${escapeXml(fitText(typeLabel, textWidth, TYPE_FONT))}</text>`,
    `<line x1="16" x2="${node.width - 12}" y1="54" y2="54" stroke="#dfe3ea"/>`,
    `<text x="18" y="72" font-size="${OWNER_FONT}" fill="#5f6678"${component.ownerAgency ? '' : ' font-style="italic"'}>${escapeXml(fitText(owner, ownerWidth, OWNER_FONT))}</text>`,
  ];
  if (sensitive) {
    parts.push(
      `<g transform="translate(${node.width - 12 - BADGE_WIDTH} 62)"><rect width="${BADGE_WIDTH}" height="18" rx="9" fill="#fde8ea" stroke="#c01f2f" stroke-width="0.75"/>`,
      `<text x="${BADGE_WIDTH / 2}" y="13" text-anchor="middle" font-size="10" font-weight="700" fill="#c01f2f">${escapeXml(text.sensitiveBadge)}</text></g>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

/** The legend's picture of one timing, 40 units wide, centred on y = 0. */
export function swatchSvg(timing: InteractionTiming, colour: string): string {
  const width = TIMING_WIDTH[timing];
  const dash = TIMING_DASH[timing] ? ` stroke-dasharray="${TIMING_DASH[timing]}"` : '';
  const line = `<line x1="0" y1="0" x2="40" y2="0" stroke="${colour}" stroke-width="${width}"${dash}/>`;
  switch (timing) {
    case 'batch':
      return `${line}<line x1="0" y1="0" x2="40" y2="0" stroke="#ffffff" stroke-width="${BATCH_CORE_WIDTH}"/>`;
    case 'event':
      return `${line}<circle cx="${EVENT_SOURCE_RADIUS + 1}" cy="0" r="${EVENT_SOURCE_RADIUS}" fill="#ffffff" stroke="${colour}" stroke-width="1.6"/>`;
    case 'async':
      return `<line x1="0" y1="-3" x2="40" y2="-3" stroke="${colour}" stroke-width="${width}"/><line x1="6" y1="3" x2="34" y2="3" stroke="${colour}" stroke-width="1.2"/>`;
    default:
      return line;
  }
}

/** The return path of an async callback: beside the request, pointing back to the initiator. */
export function callbackPath(edge: EdgeGeometry, gap = 7): string {
  const mid = quadraticPoint(edge.start, edge.control, edge.end, 0.5);
  const dx = edge.end.x - edge.start.x;
  const dy = edge.end.y - edge.start.y;
  const length = Math.hypot(dx, dy) || 1;
  const nx = (-dy / length) * gap;
  const ny = (dx / length) * gap;
  const from = quadraticPoint(edge.start, edge.control, edge.end, 0.7);
  const to = quadraticPoint(edge.start, edge.control, edge.end, 0.3);
  return `M ${n(from.x + nx)} ${n(from.y + ny)} Q ${n(mid.x + nx)} ${n(mid.y + ny)} ${n(to.x + nx)} ${n(to.y + ny)}`;
}

function markerDefs(colours: readonly string[]): string {
  return colours
    .map(
      (colour) =>
        `<marker id="arrow-${colour.slice(1)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${colour}"/></marker>`,
    )
    .join('');
}

/** The landscape as SVG text. */
export function exportLandscapeSvg(project: Project, options: LandscapeSvgOptions = {}): string {
  const text: LandscapeSvgText = { ...DEFAULT_SVG_TEXT, ...options.text };
  const components = options.componentIds ? project.components.filter((c) => options.componentIds!.has(c.id)) : project.components;
  const present = new Set(components.map((c) => c.id));
  const interactions = project.interactions.filter(
    (i) => present.has(i.from) && present.has(i.to) && (!options.interactionIds || options.interactionIds.has(i.id)),
  );
  const facts = landscapeFacts(project);
  const componentById = new Map(project.components.map((c) => [c.id, c]));
  const nodes = layoutNodes(components, { spread: false });
  const boxById = new Map(nodes.map((node) => [node.id, node]));
  const offsets = parallelOffsets(interactions);
  const edges = interactions.map((i) => routeEdge(i, boxById.get(i.from)!, boxById.get(i.to)!, offsets.get(i.id) ?? 0));
  const labelTexts = new Map(interactions.map((i) => [i.id, fitText(`${i.name} · ${text.operationKind(i.operationKind)}`, LABEL_MAX, LABEL_FONT)]));
  const sizes = new Map([...labelTexts].map(([id, label]) => [id, { width: estimateTextWidth(label, LABEL_FONT) + 14, height: 18 }]));
  const labels = placeLabels(edges, nodes, sizes);
  const bounds = diagramBounds([...nodes, ...labels.values()], edges);

  const legendTop = bounds.y + bounds.height;
  const legendItems: string[] = [];
  let legendX = bounds.x + 16;
  let legendRow = 0;
  const legendLine = (swatch: string, label: string) => {
    const width = 52 + estimateTextWidth(label, 12) + 24;
    if (legendX + width > bounds.x + Math.max(bounds.width, 640) && legendX > bounds.x + 16) {
      legendX = bounds.x + 16;
      legendRow += 1;
    }
    const y = legendTop + 40 + legendRow * 22;
    legendItems.push(`<g transform="translate(${n(legendX)} ${n(y)})">${swatch}<text x="48" y="4" font-size="12" fill="#4a5163">${escapeXml(label)}</text></g>`);
    legendX += width;
  };
  if (options.colourBySensitivity) {
    for (const level of ['none', 'personal', 'sensitive'] as const) {
      legendLine(`<line x1="0" y1="0" x2="40" y2="0" stroke="${SENSITIVITY_COLOUR[level]}" stroke-width="3"/>`, text.sensitivity[level]);
    }
  }
  for (const timing of EDGE_TIMINGS) {
    const colour = TIMING_COLOUR[timing];
    legendLine(swatchSvg(timing, colour), text.timing[timing]);
  }
  legendLine(`<rect x="0" y="-8" width="40" height="16" rx="8" fill="#fde8ea" stroke="#c01f2f" stroke-width="0.75"/>`, text.sensitiveLegend);
  const width = Math.max(bounds.width, 640);
  const height = bounds.height + 40 + (legendRow + 1) * 22 + 16;

  const colourOf = (interactionId: string, timing: InteractionTiming): string =>
    options.colourBySensitivity ? SENSITIVITY_COLOUR[facts.interactionSensitivity.get(interactionId) ?? 'none'] : TIMING_COLOUR[timing];
  const usedColours = [...new Set([...Object.values(TIMING_COLOUR), ...Object.values(SENSITIVITY_COLOUR)])].sort();

  const edgeParts = edges.map((edge, index) => {
    const interaction = interactions[index]!;
    const timing = timingOf(interaction.pattern);
    const colour = colourOf(interaction.id, timing);
    const dash = TIMING_DASH[timing] ? ` stroke-dasharray="${TIMING_DASH[timing]}"` : '';
    const from = componentById.get(interaction.from)?.name ?? interaction.from;
    const to = componentById.get(interaction.to)?.name ?? interaction.to;
    const pattern = getInteractionPattern(interaction.pattern)?.name ?? interaction.pattern;
    const parts = [
      `<g class="edge edge-${timing}"><title>${escapeXml(`${interaction.name}: ${from} → ${to} (${pattern})`)}</title>`,
      `<path d="${edge.path}" fill="none" stroke="${colour}" stroke-width="${TIMING_WIDTH[timing]}"${dash} marker-end="url(#arrow-${colour.slice(1)})"/>`,
    ];
    if (timing === 'batch') {
      parts.push(`<path d="${edge.path}" fill="none" stroke="#ffffff" stroke-width="${BATCH_CORE_WIDTH}"/>`);
    }
    if (timing === 'event') {
      parts.push(`<circle cx="${n(edge.start.x)}" cy="${n(edge.start.y)}" r="${EVENT_SOURCE_RADIUS}" fill="#ffffff" stroke="${colour}" stroke-width="1.6"/>`);
    }
    if (timing === 'async') {
      parts.push(
        `<path d="${callbackPath(edge)}" fill="none" stroke="${colour}" stroke-width="1.2" marker-end="url(#arrow-${colour.slice(1)})"><title>${escapeXml(text.callback)}</title></path>`,
      );
    }
    parts.push('</g>');
    return parts.join('');
  });
  const labelParts = interactions.flatMap((interaction) => {
    const box = labels.get(interaction.id);
    if (!box) return [];
    return [
      `<g transform="translate(${n(box.at.x)} ${n(box.at.y)})"><rect x="${n(-box.width / 2)}" y="${n(-box.height / 2)}" width="${n(box.width)}" height="${n(box.height)}" rx="${n(box.height / 2)}" fill="#ffffff" fill-opacity="0.94" stroke="#a9b0bf" stroke-width="0.75"/><text text-anchor="middle" y="3.5" font-size="${LABEL_FONT}" fill="#4a5163">${escapeXml(labelTexts.get(interaction.id) ?? '')}</text></g>`,
    ];
  });
  const nodeParts = nodes.map((node) =>
    card(node, componentById.get(node.id)!, facts.componentSensitivity.get(node.id) === 'sensitive', text),
  );

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(bounds.x)} ${n(bounds.y)} ${n(width)} ${n(height)}" width="${Math.ceil(width)}" height="${Math.ceil(height)}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(`${text.title}: ${project.project.name}`)}</title>`,
    `<defs>${markerDefs(usedColours)}</defs>`,
    `<rect x="${n(bounds.x)}" y="${n(bounds.y)}" width="${n(width)}" height="${n(height)}" fill="#f7f8fa"/>`,
    `<g class="edges">${edgeParts.join('')}</g>`,
    `<g class="nodes">${nodeParts.join('')}</g>`,
    `<g class="labels">${labelParts.join('')}</g>`,
    `<g class="legend"><text x="${n(bounds.x + 16)}" y="${n(legendTop + 18)}" font-size="12" font-weight="700" fill="#1d2433">${escapeXml(text.legend)}</text>${legendItems.join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
