// A comparable summary of a BPMN model tree (bpmn-moddle): every element with an id (type, name,
// foreign attributes), sequence-flow ends, DI bounds, and the foreign (vendor) elements met.

import type { ModdleElement } from '../../../models/process/moddle';
import { createCsModdle } from '../../../models/process/moddle';

export interface BpmnStructure {
  elements: Record<string, { type: string; name?: string; attrs: string[] }>;
  flows: Record<string, { source?: string; target?: string }>;
  bounds: Record<string, string>;
  foreign: string[];
}

const isElement = (value: unknown): value is ModdleElement =>
  typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';

export async function bpmnStructure(xml: string): Promise<BpmnStructure> {
  const { rootElement } = await createCsModdle().fromXML(xml);
  const structure: BpmnStructure = { elements: {}, flows: {}, bounds: {}, foreign: [] };
  const seen = new Set<unknown>();
  const visit = (element: ModdleElement, containment: boolean): void => {
    if (seen.has(element)) return;
    seen.add(element);
    const type = element.$type;
    if (!/^(bpmn|bpmndi|dc|di|cs):/.test(type)) structure.foreign.push(`${type}@${String(element.id ?? (element.$parent as ModdleElement | undefined)?.$type ?? '')}`);
    // Namespace declarations are left out of attrs: a second prefix for a URI already declared is
    // merged by bpmn-moddle, which changes no element or attribute.
    if (typeof element.id === 'string') {
      const entry: BpmnStructure['elements'][string] = { type, attrs: Object.keys(element.$attrs ?? {}).filter((key) => !key.startsWith("xmlns")).sort() };
      if (typeof element.name === 'string') entry.name = element.name;
      structure.elements[element.id] = entry;
    }
    if (type === 'bpmn:SequenceFlow') {
      const source = element.sourceRef as ModdleElement | undefined;
      const target = element.targetRef as ModdleElement | undefined;
      structure.flows[String(element.id)] = { source: source?.id, target: target?.id };
    }
    if (type === 'bpmndi:BPMNShape' || type === 'bpmndi:BPMNLabel') {
      const bounds = element.bounds as ModdleElement | undefined;
      const owner = type === 'bpmndi:BPMNShape' ? String(element.id) : `${String((element.$parent as ModdleElement | undefined)?.id)}#label`;
      if (bounds) structure.bounds[owner] = [bounds.x, bounds.y, bounds.width, bounds.height].join(',');
    }
    for (const [key, value] of Object.entries(element)) {
      if (key.startsWith('$') && key !== '$children') continue;
      // References (sourceRef, bpmnElement, flowNodeRef…) are compared through ids above; only containment is walked.
      if (/Ref$|^bpmnElement$|^default$|^attachedToRef$|^incoming$|^outgoing$/.test(key)) continue;
      const values = Array.isArray(value) ? value : [value];
      for (const child of values) if (isElement(child)) visit(child, containment);
    }
  };
  visit(rootElement, true);
  structure.foreign.sort();
  return structure;
}
