// The operations of a stored API contract as the rules need them: method, path, operationId and
// the callbacks it declares. References to other files of a folder import are resolved first
// (loadStoredContract), so operations whose path items live in another file are found too.
// Reading a large contract takes tens of milliseconds: results are kept per contract text.

import { loadStoredContract } from '../contracts/load';
import { readContractValue, type ContractOperation } from '../contracts/operations';
import type { ApiContract, OperationRef } from '../project/types';

export type ContractOperations = { ok: true; operations: readonly ContractOperation[] } | { ok: false; error: string };

const CACHE_LIMIT = 64;
const byObject = new WeakMap<ApiContract, ContractOperations>();

interface TextEntry {
  format: ApiContract['format'];
  sourceName: string | undefined;
  files: ApiContract['files'];
  result: ContractOperations;
}

// Keyed by the source text itself (a worker receives a copy of the document, with new objects);
// the other fields are compared, not joined into one key, so that no large text is copied.
const bySource = new Map<string, TextEntry[]>();
let remembered = 0;

const sameFiles = (a: ApiContract['files'], b: ApiContract['files']): boolean =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((file, i) => file.path === b![i]!.path && file.text === b![i]!.text);

function read(contract: ApiContract): ContractOperations {
  const loaded = loadStoredContract(contract);
  if (!loaded.ok) return { ok: false, error: loaded.error.message };
  const document = readContractValue(loaded.contract.document);
  return document.ok ? { ok: true, operations: document.document.operations } : { ok: false, error: document.error.kind };
}

/** The operations of the contract; `ok: false` when its text cannot be read (the rules then say nothing about it). */
export function operationsOfContract(contract: ApiContract): ContractOperations {
  const known = byObject.get(contract);
  if (known) return known;
  const entries = bySource.get(contract.source) ?? [];
  let entry = entries.find((candidate) => candidate.format === contract.format && candidate.sourceName === contract.sourceName && sameFiles(candidate.files, contract.files));
  if (!entry) {
    // A handful of contracts per project: when the cache is full, start again rather than track ages.
    if (remembered >= CACHE_LIMIT) forgetContractOperations();
    entry = { format: contract.format, sourceName: contract.sourceName, files: contract.files, result: read(contract) };
    bySource.set(contract.source, [...(bySource.get(contract.source) ?? []), entry]);
    remembered += 1;
  }
  byObject.set(contract, entry.result);
  return entry.result;
}

/** The operation a ref names: by operationId first, else by method and path (as models/contracts findOperation). */
const indexes = new WeakMap<readonly ContractOperation[], { byId: Map<string, ContractOperation>; byRoute: Map<string, ContractOperation> }>();

/** Lookup maps per operations list: a large project links thousands of refs to a few contracts. */
function indexOf(operations: readonly ContractOperation[]): { byId: Map<string, ContractOperation>; byRoute: Map<string, ContractOperation> } {
  let index = indexes.get(operations);
  if (!index) {
    index = { byId: new Map(), byRoute: new Map() };
    for (const op of operations) {
      if (op.operationId !== undefined && !index.byId.has(op.operationId)) index.byId.set(op.operationId, op);
      const route = `${op.method} ${op.path}`;
      if (!index.byRoute.has(route)) index.byRoute.set(route, op);
    }
    indexes.set(operations, index);
  }
  return index;
}

export function findContractOperation(
  operations: readonly ContractOperation[],
  ref: Pick<OperationRef, 'operationId' | 'method' | 'path'>,
): ContractOperation | undefined {
  const index = indexOf(operations);
  if (ref.operationId) {
    const byId = index.byId.get(ref.operationId);
    if (byId) return byId;
  }
  if (ref.method && ref.path) return index.byRoute.get(`${ref.method.toUpperCase()} ${ref.path}`);
  return undefined;
}

/** How a ref reads in a message: "POST /registry/search (search)". */
export function describeOperationRef(ref: Pick<OperationRef, 'operationId' | 'method' | 'path'>): string {
  const route = ref.method && ref.path ? `${ref.method.toUpperCase()} ${ref.path}` : '';
  if (route && ref.operationId) return `${route} (${ref.operationId})`;
  return route || (ref.operationId ?? 'an operation without operationId, method or path');
}

/** Forgets every contract read so far (the benchmark measures cold runs). */
export function forgetContractOperations(): void {
  bySource.clear();
  remembered = 0;
}
