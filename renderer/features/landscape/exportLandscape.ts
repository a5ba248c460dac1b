// "Export SVG" and "Export PNG" of the landscape: the SVG comes from models/ (the same bytes the
// command line writes); the PNG is that SVG drawn on a canvas, so both show the same picture.

import type { HostApi } from '../../../models/host/HostApi';
import type { Project } from '../../../models/project/types';
import { exportLandscapeSvg, type LandscapeSvgOptions, type LandscapeSvgText } from '../../../models/landscape/svgExport';
import { applyLandscapeFilter, isFilterActive } from '../../../models/landscape/filters';
import { translate } from '../../i18n';
import { projectFileName } from '../../commands/fileNames';
import { useLandscapeUi } from './landscapeUi';

/** The export's text in the user's language. */
export function svgText(): LandscapeSvgText {
  const t = (key: string) => translate(`landscape:${key}`);
  return {
    title: t('title'),
    legend: t('legend.label'),
    timing: { sync: t('timing.sync'), async: t('timing.async'), event: t('timing.event'), batch: t('timing.batch'), manual: t('timing.manual') },
    callback: t('edge.callback'),
    sensitiveBadge: t('diagram.sensitiveBadge'),
    sensitiveLegend: t('legend.sensitive'),
    unknownType: t('node.unknownType'),
    noOwner: t('diagram.noOwner'),
    sensitivity: { none: t('sensitivity.none'), personal: t('sensitivity.personal'), sensitive: t('sensitivity.sensitive') },
    operationKind: (id) => translate(`catalog:operationKind.${id}`),
  };
}

/**
 * The current view: with "hide the rest" on, only what the filter keeps; edges coloured by
 * sensitivity while the sensitivity filter is on, as on screen.
 */
export function currentViewSvg(project: Project, links: ReadonlyMap<string, readonly string[]> = new Map()): string {
  const { filter, hideFiltered } = useLandscapeUi.getState();
  const options: LandscapeSvgOptions = { text: svgText(), colourBySensitivity: Boolean(filter.minSensitivity) };
  if (hideFiltered && isFilterActive(filter)) {
    const kept = applyLandscapeFilter(project, filter, links);
    options.componentIds = kept.components;
    options.interactionIds = kept.interactions;
  }
  return exportLandscapeSvg(project, options);
}

const baseName = (project: Project) => projectFileName(project.project.name).replace(/\.convergence$/, '-landscape');

export async function exportSvgFile(host: HostApi, project: Project): Promise<string | null> {
  const name = `${baseName(project)}.svg`;
  return host.writeExport([{ name, text: currentViewSvg(project), mimeType: 'image/svg+xml' }], name);
}

/** Largest side of the PNG in pixels; browsers refuse canvases much beyond this. */
const MAX_PNG_SIDE = 8000;

export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const factor = Math.min(scale, MAX_PNG_SIDE / Math.max(image.naturalWidth, image.naturalHeight, 1));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * factor));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * factor));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the canvas gave no PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportPngFile(host: HostApi, project: Project): Promise<string | null> {
  const name = `${baseName(project)}.png`;
  const bytes = await svgToPng(currentViewSvg(project));
  return host.writeExport([{ name, bytes, mimeType: 'image/png' }], name);
}
