// The operations of a stored API contract as the rules need them: method, path, operationId and
// the callbacks it declares. References to other files of a folder import are resolved first
// (loadStoredContract), so operations whose path items live in another file are found too.
// Reading a large contract takes tens of milliseconds: results are kept per contract text, and
// a single-file contract is read without the loader's reference resolution and, in the plain YAML
// most are written in, without the YAML library (plainYaml.ts), which costs about 10 ms per
// contract on a cold start.

import { detectFormat, loadStoredContract, MAX_DEPTH, MAX_FILE_CHARS } from '../contracts/load';
import { readContractValue, type ContractOperation } from '../contracts/operations';
import type { ApiContract, OperationRef } from '../project/types';
import { parsePlainYaml } from './plainYaml';

/** Lookups over a contract's operations: a large project links thousands of refs to a few contracts. */
export interface OperationLookup {
  /** The first operation with each operationId. */
  byId: ReadonlyMap<string, ContractOperation>;
  /** The first operation with each "METHOD /path". */
  byRoute: ReadonlyMap<string, ContractOperation>;
  /** Every path that has an operation. */
  paths: ReadonlySet<string>;
}

export type ContractOperations = { ok: true; operations: readonly ContractOperation[]; lookup: OperationLookup } | { ok: false; error: string };

function lookupOf(operations: readonly ContractOperation[]): OperationLookup {
  const byId = new Map<string, ContractOperation>();
  const byRoute = new Map<string, ContractOperation>();
  const paths = new Set<string>();
  for (const op of operations) {
    if (op.operationId !== undefined && !byId.has(op.operationId)) byId.set(op.operationId, op);
    const route = `${op.method} ${op.path}`;
    if (!byRoute.has(route)) byRoute.set(route, op);
    paths.add(op.path);
  }
  return { byId, byRoute, paths };
}

const readOperations = (operations: readonly ContractOperation[]): ContractOperations => ({ ok: true, operations, lookup: lookupOf(operations) });

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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isVersion = (value: unknown): boolean => typeof value === 'string' || typeof value === 'number';
/** parseContractText refuses deeper indentation than this as too deep. */
const TOO_DEEP_INDENT = new RegExp(`^ {${MAX_DEPTH * 2 + 201},}`, 'm');

/** Deeper than this, the loader may refuse a document as too deep; left to it. */
const PLAIN_DEPTH = MAX_DEPTH - 1;

/**
 * True when the loader would read the value as it is: no `$ref` names another file (loading
 * replaces those), no `__proto__` key (copying drops it) and no nesting near its depth limit.
 */
function loadsAsIs(value: unknown, depth = 0): boolean {
  if (depth > PLAIN_DEPTH) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!loadsAsIs(item, depth + 1)) return false;
    return true;
  }
  if (!isObject(value)) return true;
  for (const key in value) {
    const item = value[key];
    if (key === '__proto__' || (key === '$ref' && typeof item === 'string' && !item.startsWith('#'))) return false;
    if (!loadsAsIs(item, depth + 1)) return false;
  }
  return true;
}

/** The text read as the loader would, or undefined when only the loader can tell. */
function parseSingleFile(text: string): unknown {
  if (detectFormat(text) === 'json') {
    // Without tabs and carriage returns the loader's bracket count is the JSON's true nesting.
    if (/[\t\r]/.test(text)) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  // With fewer brackets in all than the loader's depth limit, its bracket count cannot refuse the text.
  let brackets = 0;
  for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) brackets++;
  for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i + 1)) brackets++;
  return brackets > MAX_DEPTH ? undefined : parsePlainYaml(text)?.value;
}

/**
 * What loadStoredContract + readContractValue give for a single-file contract, without the
 * loader's reference resolution and problem collection and, for YAML in the plain subset
 * (plainYaml.ts), without the YAML library. Undefined when only the loader can tell: other
 * files, a text near its limits (size, nesting, indentation), YAML outside the subset, a text
 * it cannot parse, no OpenAPI 3 root, or references to other files.
 */
function readSingleFileContract(contract: ApiContract): ContractOperations | undefined {
  const text = contract.source;
  if ((contract.files?.length ?? 0) > 0 || text.length > MAX_FILE_CHARS || TOO_DEEP_INDENT.test(text)) return undefined;
  const root = parseSingleFile(text);
  if (!isObject(root) || isVersion(root.swagger) || !isVersion(root.openapi) || !loadsAsIs(root)) return undefined;
  const document = readContractValue(root);
  return document.ok ? readOperations(document.document.operations) : { ok: false, error: document.error.kind };
}

function read(contract: ApiContract): ContractOperations {
  const quick = readSingleFileContract(contract);
  if (quick) return quick;
  const loaded = loadStoredContract(contract);
  if (!loaded.ok) return { ok: false, error: loaded.error.message };
  const document = readContractValue(loaded.contract.document);
  return document.ok ? readOperations(document.document.operations) : { ok: false, error: document.error.kind };
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
export function findContractOperation(
  read: { lookup: OperationLookup },
  ref: Pick<OperationRef, 'operationId' | 'method' | 'path'>,
): ContractOperation | undefined {
  if (ref.operationId) {
    const byId = read.lookup.byId.get(ref.operationId);
    if (byId) return byId;
  }
  if (ref.method && ref.path) return read.lookup.byRoute.get(`${ref.method.toUpperCase()} ${ref.path}`);
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
