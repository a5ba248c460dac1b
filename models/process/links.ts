// Editing the cs:stepLinks of a BPMN step. The edits are pure: a StepLinksValue goes in, a new
// one comes out; `extensionElementsWith` then builds a NEW bpmn:ExtensionElements for the step
// (foreign extension values kept in place), so the editor can hand it to bpmn-js's
// modeling.updateProperties as one undoable command, and Node code can rewrite XML with it.

import type { OperationRef } from '../project/types';
import type { DataUsage } from './csModdle';
import { createCsModdle, parseBpmn, type ModdleElement } from './moddle';
import { readLinks, type StepLinksValue } from './steps';

export type { StepLinksValue } from './steps';

/** What creates moddle elements: bpmn-moddle itself, or bpmn-js's `moddle` service. */
export interface ModdleFactory {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}

export const emptyLinks = (): StepLinksValue => ({ dataRefs: [], interactionIds: [], operationRefs: [] });

export function readStepLinks(element: ModdleElement): StepLinksValue {
  return readLinks(element);
}

export function hasAnyLink(links: StepLinksValue): boolean {
  return (
    links.dataRefs.length > 0 ||
    links.interactionIds.length > 0 ||
    links.operationRefs.length > 0 ||
    (links.chainStep ?? '') !== '' ||
    (links.agency ?? '') !== ''
  );
}

/** Links the data element with the given usage (one entry per data element: a new usage replaces the old). */
export function setDataRef(links: StepLinksValue, elementId: string, usage: DataUsage): StepLinksValue {
  const index = links.dataRefs.findIndex((ref) => ref.elementId === elementId);
  const dataRefs = [...links.dataRefs];
  if (index >= 0) dataRefs[index] = { elementId, usage };
  else dataRefs.push({ elementId, usage });
  return { ...links, dataRefs };
}

export function removeDataRef(links: StepLinksValue, elementId: string): StepLinksValue {
  return { ...links, dataRefs: links.dataRefs.filter((ref) => ref.elementId !== elementId) };
}

export function addInteractionRef(links: StepLinksValue, interactionId: string): StepLinksValue {
  if (links.interactionIds.includes(interactionId)) return links;
  return { ...links, interactionIds: [...links.interactionIds, interactionId] };
}

export function removeInteractionRef(links: StepLinksValue, interactionId: string): StepLinksValue {
  return { ...links, interactionIds: links.interactionIds.filter((id) => id !== interactionId) };
}

const sameOperation = (a: OperationRef, b: OperationRef): boolean =>
  a.contractId === b.contractId &&
  (a.operationId !== undefined && b.operationId !== undefined
    ? a.operationId === b.operationId
    : (a.method ?? '').toLowerCase() === (b.method ?? '').toLowerCase() && a.path === b.path);

export function addOperationRef(links: StepLinksValue, ref: OperationRef): StepLinksValue {
  if (links.operationRefs.some((existing) => sameOperation(existing, ref))) return links;
  return { ...links, operationRefs: [...links.operationRefs, ref] };
}

export function removeOperationRef(links: StepLinksValue, ref: OperationRef): StepLinksValue {
  return { ...links, operationRefs: links.operationRefs.filter((existing) => !sameOperation(existing, ref)) };
}

/** An empty or blank value removes the attribute. */
export function setChainStep(links: StepLinksValue, chainStep: string | undefined): StepLinksValue {
  const next = { ...links };
  if (chainStep === undefined || chainStep.trim() === '') delete next.chainStep;
  else next.chainStep = chainStep;
  return next;
}

export function setAgency(links: StepLinksValue, agency: string | undefined): StepLinksValue {
  const next = { ...links };
  if (agency === undefined || agency.trim() === '') delete next.agency;
  else next.agency = agency.trim();
  return next;
}

/** A cs:StepLinks element holding the links, or undefined when there are none. */
export function createStepLinksElement(moddle: ModdleFactory, links: StepLinksValue): ModdleElement | undefined {
  if (!hasAnyLink(links)) return undefined;
  const attrs: Record<string, unknown> = {};
  if (links.chainStep !== undefined && links.chainStep !== '') attrs.chainStep = links.chainStep;
  if (links.agency !== undefined && links.agency !== '') attrs.agency = links.agency;
  const stepLinks = moddle.create('cs:StepLinks', attrs);
  const dataRefs = links.dataRefs.map((ref) => moddle.create('cs:DataRef', { elementId: ref.elementId, usage: ref.usage }));
  const interactionRefs = links.interactionIds.map((interactionId) => moddle.create('cs:InteractionRef', { interactionId }));
  const operationRefs = links.operationRefs.map((ref) => {
    const refAttrs: Record<string, unknown> = { contractId: ref.contractId };
    if (ref.operationId !== undefined) refAttrs.operationId = ref.operationId;
    if (ref.method !== undefined) refAttrs.method = ref.method;
    if (ref.path !== undefined) refAttrs.path = ref.path;
    return moddle.create('cs:OperationRef', refAttrs);
  });
  for (const child of [...dataRefs, ...interactionRefs, ...operationRefs]) child.$parent = stepLinks;
  if (dataRefs.length > 0) stepLinks.set('dataRefs', dataRefs);
  if (interactionRefs.length > 0) stepLinks.set('interactionRefs', interactionRefs);
  if (operationRefs.length > 0) stepLinks.set('operationRefs', operationRefs);
  return stepLinks;
}

/**
 * The step's extension elements with its cs:stepLinks replaced by `links` (other extension
 * values, e.g. camunda:properties, stay in their order). Undefined when nothing would remain.
 * The step itself is not modified.
 */
export function extensionElementsWith(moddle: ModdleFactory, step: ModdleElement, links: StepLinksValue): ModdleElement | undefined {
  const existing = step.extensionElements as ModdleElement | undefined;
  const values = Array.isArray(existing?.values) ? (existing.values as ModdleElement[]) : [];
  const kept = values.filter((value) => value.$type !== 'cs:StepLinks');
  const stepLinks = createStepLinksElement(moddle, links);
  const firstLinksIndex = values.findIndex((value) => value.$type === 'cs:StepLinks');
  const nextValues = [...kept];
  if (stepLinks !== undefined) nextValues.splice(firstLinksIndex >= 0 ? firstLinksIndex : nextValues.length, 0, stepLinks);
  if (nextValues.length === 0) return undefined;
  const extensionElements = moddle.create('bpmn:ExtensionElements');
  extensionElements.set('values', nextValues);
  if (stepLinks !== undefined) stepLinks.$parent = extensionElements;
  extensionElements.$parent = step;
  return extensionElements;
}

/** Replaces the links of a step in place (Node side: the editor goes through modeling.updateProperties instead). */
export function applyStepLinks(moddle: ModdleFactory, step: ModdleElement, links: StepLinksValue): void {
  step.set('extensionElements', extensionElementsWith(moddle, step, links));
}

export class StepNotFoundError extends Error {
  override name = 'StepNotFoundError';
}

function findById(definitions: ModdleElement, id: string): ModdleElement | undefined {
  const seen = new Set<ModdleElement>();
  const visit = (element: ModdleElement): ModdleElement | undefined => {
    if (seen.has(element)) return undefined;
    seen.add(element);
    if (element.id === id) return element;
    for (const key of ['rootElements', 'flowElements']) {
      const children = element[key];
      if (!Array.isArray(children)) continue;
      for (const child of children as ModdleElement[]) {
        const found = visit(child);
        if (found) return found;
      }
    }
    return undefined;
  };
  return visit(definitions);
}

/** Edits the links of one step of a BPMN XML text and returns the new XML. */
export async function updateStepLinksInXml(
  xml: string,
  stepId: string,
  edit: (links: StepLinksValue) => StepLinksValue,
): Promise<string> {
  const moddle = createCsModdle();
  const { definitions } = await parseBpmn(xml);
  const step = findById(definitions, stepId);
  if (step === undefined || !step.$instanceOf('bpmn:FlowNode')) throw new StepNotFoundError(`No step with id '${stepId}' in the BPMN`);
  applyStepLinks(moddle, step, edit(readStepLinks(step)));
  const { xml: out } = await moddle.toXML(definitions, { format: true });
  return out;
}
