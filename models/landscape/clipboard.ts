// Copy and paste of a landscape selection as text, so it travels through the system clipboard
// between windows and projects. The payload carries the components, the interactions among
// them, and the definitions of the data elements they carry, under a format marker that tells
// our paste apart from any other text.

import { slugify, uniqueId } from '../project/ids';
import type { Component, DataElement, Interaction, Position, Project } from '../project/types';

export const CLIPBOARD_FORMAT = 'convergence-studio/landscape-selection';
export const CLIPBOARD_VERSION = 1;

export interface ClipboardPayload {
  format: typeof CLIPBOARD_FORMAT;
  version: typeof CLIPBOARD_VERSION;
  components: Component[];
  interactions: Interaction[];
  /** Definitions of the data elements the interactions carry, to report what a target lacks. */
  dataElements: DataElement[];
}

/**
 * The selected components and every interaction whose two ends are both selected (an
 * interaction cannot be pasted without its endpoints). Null when nothing is selected.
 */
export function copySelection(project: Project, componentIds: Iterable<string>): ClipboardPayload | null {
  const wanted = new Set(componentIds);
  const components = project.components.filter((c) => wanted.has(c.id));
  if (components.length === 0) return null;
  const interactions = project.interactions.filter((i) => wanted.has(i.from) && wanted.has(i.to));
  const carried = new Set(interactions.flatMap((i) => i.dataElements.map((d) => d.elementId)));
  const dataElements = project.dataElements.filter((d) => carried.has(d.id));
  return { format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, components, interactions, dataElements };
}

export function clipboardText(payload: ClipboardPayload): string {
  return JSON.stringify(payload);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads clipboard text; null for anything that is not our selection format. */
export function parseClipboard(text: string): ClipboardPayload | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || value.format !== CLIPBOARD_FORMAT || value.version !== CLIPBOARD_VERSION) return null;
  const { components, interactions, dataElements } = value;
  if (!Array.isArray(components) || !Array.isArray(interactions) || !Array.isArray(dataElements)) return null;
  const validComponent = (c: unknown): c is Component =>
    isRecord(c) && typeof c.id === 'string' && typeof c.name === 'string' && typeof c.type === 'string' && Array.isArray(c.standards);
  const validInteraction = (i: unknown): i is Interaction =>
    isRecord(i) &&
    typeof i.id === 'string' &&
    typeof i.name === 'string' &&
    typeof i.from === 'string' &&
    typeof i.to === 'string' &&
    typeof i.pattern === 'string' &&
    Array.isArray(i.dataElements) &&
    isRecord(i.security);
  if (!components.every(validComponent) || !interactions.every(validInteraction)) return null;
  return {
    format: CLIPBOARD_FORMAT,
    version: CLIPBOARD_VERSION,
    components,
    interactions,
    dataElements: dataElements.filter((d): d is DataElement => isRecord(d) && typeof d.id === 'string'),
  };
}

export interface PasteResult {
  project: Project;
  /** New ids of the pasted components and interactions, for selecting them. */
  componentIds: string[];
  interactionIds: string[];
  /** Data elements the pasted interactions carry that the target project does not define. */
  missingDataElements: DataElement[];
}

/**
 * Adds the payload's components and interactions under fresh ids (the copied id when free,
 * otherwise `id-2`, `id-3`...) with every endpoint remapped, shifted by `offset`. Data-element
 * references are kept; those the target lacks are reported, not invented.
 */
export function pasteClipboard(project: Project, payload: ClipboardPayload, offset: Position = { x: 40, y: 40 }): PasteResult {
  const takenComponents = new Set(project.components.map((c) => c.id));
  const componentMap = new Map<string, string>();
  const components: Component[] = payload.components.map((component, index) => {
    const id = uniqueId(slugify(component.id), takenComponents);
    takenComponents.add(id);
    componentMap.set(component.id, id);
    const base = component.position ?? { x: index * 40, y: index * 40 };
    return { ...component, id, position: { x: Math.round(base.x + offset.x), y: Math.round(base.y + offset.y) } };
  });
  const takenInteractions = new Set(project.interactions.map((i) => i.id));
  const interactions: Interaction[] = [];
  for (const interaction of payload.interactions) {
    const from = componentMap.get(interaction.from);
    const to = componentMap.get(interaction.to);
    if (from === undefined || to === undefined) continue;
    const id = uniqueId(slugify(interaction.id), takenInteractions);
    takenInteractions.add(id);
    interactions.push({ ...interaction, id, from, to, dataElements: interaction.dataElements.map((d) => ({ ...d })) });
  }
  const known = new Set(project.dataElements.map((d) => d.id));
  const referenced = new Set(interactions.flatMap((i) => i.dataElements.map((d) => d.elementId)));
  const definitions = new Map(payload.dataElements.map((d) => [d.id, d]));
  const missingDataElements = [...referenced]
    .filter((id) => !known.has(id))
    .map((id) => definitions.get(id) ?? { id, name: id, definition: '', type: 'string' as const, sensitivity: 'none' as const, standardRefs: [] });
  return {
    project: { ...project, components: [...project.components, ...components], interactions: [...project.interactions, ...interactions] },
    componentIds: components.map((c) => c.id),
    interactionIds: interactions.map((i) => i.id),
    missingDataElements,
  };
}
