// The bpmn-js Modeler as the Processes editor configures it (our `cs` moddle extension and
// bpmnlint through bpmn-js-bpmnlint, linting debounced), and the canvas decorations of step
// links. Plain functions, so the editor and the import benchmark (bench/browser) run the same code.

import Modeler from 'bpmn-js/lib/Modeler';
import lintModule from 'bpmn-js-bpmnlint';
import { csModdleDescriptor } from '../../../models/process/csModdle';
import { hasAnyLink, readStepLinks } from '../../../models/process/links';
import type { ModdleElement } from '../../../models/process/moddle';
import type { RuleSeverity, Sensitivity } from '../../../models/project/types';
import { compileBpmnlintConfig } from '../../../models/validation/bpmnlintConfig';
import { debounce, trackDragging, type EventBus } from './deferredWork';

export { debounce, type Debounced } from './deferredWork';

/** Linting and the link badges wait for a pause in editing, so a drag never waits for them. */
export const LINT_DELAY_MS = 600;

export type Get = <T>(name: string) => T;

export interface ProcessModeler {
  modeler: Modeler;
  get: Get;
  /** True while the user drags on the canvas: work that can wait should wait. */
  isDragging(): boolean;
  /** Lints now; imports and edits lint LINT_DELAY_MS later, off the path of opening and editing. */
  lintNow(): void;
  /** Stops pending lint runs (before destroy). */
  cancelLint(): void;
}

export function createProcessModeler(container: HTMLElement, rules: Readonly<Record<string, RuleSeverity>>): ProcessModeler {
  const modeler = new Modeler({
    container,
    moddleExtensions: { cs: csModdleDescriptor },
    additionalModules: [lintModule],
    linting: { bpmnlint: compileBpmnlintConfig(rules), active: true },
  });
  const get = modeler.get.bind(modeler) as Get;
  const isDragging = trackDragging(get<EventBus>('eventBus'));
  // bpmn-js-bpmnlint lints on every change; a debounced update keeps it off the editing path:
  // after a pause, never during a drag, and not at all while its overlays are switched off (the
  // Problems view lints the document in a worker either way; switching them on lints again).
  const linting = get<{ update: () => void; isActive(): boolean }>('linting');
  const lintNow = linting.update.bind(linting);
  const lintLater = debounce(
    () => {
      if (linting.isActive()) lintNow();
    },
    LINT_DELAY_MS,
    isDragging,
  );
  linting.update = lintLater;
  return { modeler, get, isDragging, lintNow, cancelLint: lintLater.cancel };
}

interface ViewboxCanvas {
  viewbox(): { inner: { x: number; y: number; width: number; height: number } };
  viewbox(box: { x: number; y: number; width: number; height: number }): void;
}

/** Room the palette takes on the canvas's left edge. */
const PALETTE_ALLOWANCE_PX = 110;
const FIT_MARGIN_PX = 24;

/** Shows the whole diagram, never larger than 100 %, with room on the left for the palette. */
export function fitRightOfPalette(get: Get, container: HTMLElement): void {
  const canvas = get<ViewboxCanvas>('canvas');
  const { inner } = canvas.viewbox();
  const width = container.clientWidth;
  const height = container.clientHeight;
  if (inner.width <= 0 || inner.height <= 0 || width <= 0 || height <= 0) return;
  const scale = Math.min(1, (width - PALETTE_ALLOWANCE_PX - FIT_MARGIN_PX) / inner.width, (height - 2 * FIT_MARGIN_PX) / inner.height);
  canvas.viewbox({
    x: inner.x - PALETTE_ALLOWANCE_PX / scale,
    y: inner.y - FIT_MARGIN_PX / scale,
    width: width / scale,
    height: height / scale,
  });
}

interface DiagramShape {
  id: string;
  type: string;
  businessObject?: ModdleElement;
}

// Only special-category data is marked: almost every step of a programme touches personal data,
// so marking that would mark everything and tell the reader nothing.
const SENSITIVE = new Set<Sensitivity>(['sensitive']);

/** Ids carrying the sensitive marker, per canvas: only those are cleared on a redraw, not every element. */
const markedByCanvas = new WeakMap<object, Set<string>>();

/**
 * A badge with the number of links on linked steps, and the `cs-sensitive` marker on steps that
 * touch personal data. `title` words the badge's tooltip.
 */
export function decorateLinks(
  get: Get,
  sensitivity: ReadonlyMap<string, Sensitivity>,
  title: (count: number, sensitive: boolean) => string,
): void {
  const overlays = get<{ remove(filter: { type: string }): void; add(id: string, type: string, overlay: { position: Record<string, number>; html: HTMLElement }): void }>('overlays');
  const canvas = get<{ addMarker(id: string, marker: string): void; removeMarker(id: string, marker: string): void }>('canvas');
  const registry = get<{ getAll(): DiagramShape[]; get(id: string): DiagramShape | undefined }>('elementRegistry');
  overlays.remove({ type: 'cs-links' });
  const marked = markedByCanvas.get(canvas) ?? new Set<string>();
  markedByCanvas.set(canvas, marked);
  for (const id of marked) if (registry.get(id)) canvas.removeMarker(id, 'cs-sensitive');
  marked.clear();
  for (const element of registry.getAll()) {
    const bo = element.businessObject;
    if (!bo || element.type === 'label' || bo.extensionElements === undefined || !bo.$instanceOf('bpmn:FlowNode')) continue;
    const links = readStepLinks(bo);
    if (!hasAnyLink(links)) continue;
    const count = links.dataRefs.length + links.interactionIds.length + links.operationRefs.length;
    const touchesSensitive = links.dataRefs.some((ref) => SENSITIVE.has(sensitivity.get(ref.elementId) ?? 'none'));
    if (touchesSensitive) {
      canvas.addMarker(element.id, 'cs-sensitive');
      marked.add(element.id);
    }
    if (count === 0) continue;
    const badge = document.createElement('span');
    badge.className = touchesSensitive ? 'cs-process__badge cs-process__badge--sensitive' : 'cs-process__badge';
    badge.textContent = String(count);
    badge.title = title(count, touchesSensitive);
    overlays.add(element.id, 'cs-links', { position: { bottom: 6, left: -6 }, html: badge });
  }
}
