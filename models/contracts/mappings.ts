// Mapping schema properties to data elements: suggestions by name and type, and the edits that
// store mappings in the contract (schema 2, apiContracts[].mappings), and the links from
// interactions to operations.

import type { ApiContract, DataElement, DataType, MessageLocation, OperationRef, Project, SchemaMapping } from '../project/types';
import type { SchemaNode } from './schemaTree';

export interface OperationKey {
  operationId?: string;
  method: string;
  path: string;
}

/** How a mapping names its operation: by operationId when there is one, else method + path. */
export function mappingTarget(op: OperationKey): Pick<SchemaMapping, 'operationId' | 'method' | 'path'> {
  return op.operationId ? { operationId: op.operationId } : { method: op.method, path: op.path };
}

export function sameOperation(a: Pick<SchemaMapping, 'operationId' | 'method' | 'path'>, op: OperationKey): boolean {
  if (a.operationId) return a.operationId === op.operationId;
  return a.method?.toUpperCase() === op.method && a.path === op.path;
}

export function mappingsOf(contract: ApiContract, op: OperationKey, location: MessageLocation): Map<string, SchemaMapping> {
  const out = new Map<string, SchemaMapping>();
  for (const m of contract.mappings ?? []) if (m.location === location && sameOperation(m, op)) out.set(m.pointer, m);
  return out;
}

/** Sets (or, with elementId null, removes) the mapping of one property. */
export function setMapping(project: Project, contractId: string, op: OperationKey, location: MessageLocation, pointer: string, elementId: string | null): Project {
  return {
    ...project,
    apiContracts: project.apiContracts.map((c) => {
      if (c.id !== contractId) return c;
      const rest = (c.mappings ?? []).filter((m) => !(m.location === location && m.pointer === pointer && sameOperation(m, op)));
      const mappings = elementId === null ? rest : [...rest, { ...mappingTarget(op), location, pointer, elementId }];
      const { mappings: _old, ...without } = c;
      return mappings.length > 0 ? { ...without, mappings } : without;
    }),
  };
}

/** Links an interaction to an operation (or unlinks it with null). */
export function linkInteraction(project: Project, interactionId: string, ref: OperationRef | null): Project {
  return {
    ...project,
    interactions: project.interactions.map((i) => {
      if (i.id !== interactionId) return i;
      const { apiOperation: _old, ...rest } = i;
      return ref ? { ...rest, apiOperation: ref } : rest;
    }),
  };
}

export function operationRef(contractId: string, op: OperationKey): OperationRef {
  return op.operationId ? { contractId, operationId: op.operationId, method: op.method, path: op.path } : { contractId, method: op.method, path: op.path };
}

function tokens(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const COMPATIBLE: Record<string, readonly DataType[]> = {
  string: ['string', 'code', 'identifier', 'date', 'datetime'],
  integer: ['integer', 'decimal'],
  number: ['decimal', 'integer'],
  boolean: ['boolean'],
  object: ['object'],
  array: ['object', 'code', 'string', 'identifier'],
  enum: ['code'],
};

/** 0…1: how well a property fits an element, by name (id tail, name words) and type. */
export function matchScore(node: Pick<SchemaNode, 'name' | 'type' | 'format'>, element: DataElement): number {
  if (node.name.startsWith('(') || node.name === '[]') return 0;
  const prop = tokens(node.name);
  if (prop.length === 0) return 0;
  const tail = element.id.split('.').pop() ?? element.id;
  const propKey = prop.join('_');
  let score = 0;
  if (propKey === tokens(tail).join('_')) score = 0.9;
  else {
    const words = new Set([...tokens(element.name), ...tokens(tail)]);
    const common = prop.filter((w) => words.has(w)).length;
    score = (common / Math.max(prop.length, words.size)) * 0.8;
  }
  if (score === 0) return 0;
  const compatible = COMPATIBLE[node.type];
  if (compatible) score += compatible.includes(element.type) ? 0.1 : -0.2;
  if (node.format === 'date' && element.type === 'date') score += 0.05;
  if (node.format === 'date-time' && element.type === 'datetime') score += 0.05;
  return Math.max(0, Math.min(1, score));
}

export const SUGGESTION_THRESHOLD = 0.55;

/** The best-fitting element for a property, if any fits well enough. */
export function suggestElement(node: Pick<SchemaNode, 'name' | 'type' | 'format'>, elements: readonly DataElement[]): DataElement | undefined {
  let best: DataElement | undefined;
  let bestScore = SUGGESTION_THRESHOLD;
  for (const element of elements) {
    const score = matchScore(node, element);
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}
