// The operations of an API contract, derived from its OpenAPI text (DESIGN.md: "operations are
// derived from it, never hand-copied"). Reading is lenient: real-world contracts have missing
// fields and odd shapes, and the views must still show what is there. Only text that is not
// YAML/JSON, or not an OpenAPI/Swagger document at all, is reported as a failure.

import { parseDocument } from 'yaml';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ContractServer {
  url: string;
  description?: string;
}

export interface ContractTag {
  name: string;
  description?: string;
}

export interface ContractOperation {
  /** Upper-case HTTP method, as people write it ("POST"). */
  method: string;
  path: string;
  operationId?: string;
  summary?: string;
  description?: string;
  tags: string[];
  /** Names of the callbacks the operation declares (OpenAPI 3 `callbacks`). */
  callbacks: string[];
  deprecated: boolean;
}

export interface ContractWebhook {
  name: string;
  method: string;
  operationId?: string;
  summary?: string;
}

export interface ContractDocument {
  /** "3.1.0", "3.0.3", "2.0"... as written in the document. */
  specVersion: string;
  title?: string;
  version?: string;
  servers: ContractServer[];
  /** Tags declared at the top level, in document order. */
  tags: ContractTag[];
  /** Every path + method, in document order. */
  operations: ContractOperation[];
  /** OpenAPI 3.1 top-level webhooks. */
  webhooks: ContractWebhook[];
}

export type ContractReadError =
  | { kind: 'syntax'; message: string; line?: number; column?: number }
  | { kind: 'not_an_object' }
  | { kind: 'not_openapi' };

export type ContractReadResult = { ok: true; document: ContractDocument } | { ok: false; error: ContractReadError };

export interface OperationGroup {
  /** The tag, or undefined for operations without any tag. */
  tag?: string;
  description?: string;
  operations: ContractOperation[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function withOptional<T extends object>(base: T, extra: Record<string, string | undefined>): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) out[key] = value;
  return out as T;
}

/** Parses contract text: JSON when `format` is 'json', YAML (a superset of JSON) otherwise. */
function parseText(source: string, format: 'yaml' | 'json'): { ok: true; value: unknown } | { ok: false; error: ContractReadError } {
  if (format === 'json') {
    try {
      return { ok: true, value: JSON.parse(source) };
    } catch (err) {
      return { ok: false, error: { kind: 'syntax', message: err instanceof Error ? err.message : String(err) } };
    }
  }
  // Duplicate keys are tolerated: several published contracts have them and the rest of the
  // document is still worth showing.
  const doc = parseDocument(source, { uniqueKeys: false, prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    // The pretty message quotes the offending line with a caret under the column: worth keeping.
    const error: ContractReadError = { kind: 'syntax', message: first.message.trimEnd() };
    if (pos) {
      error.line = pos.line;
      error.column = pos.col;
    }
    return { ok: false, error };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 1000 }) };
  } catch (err) {
    // Building the value can still fail: an alias to an anchor that does not exist, or more
    // aliases than a real contract has (an alias bomb).
    return { ok: false, error: { kind: 'syntax', message: err instanceof Error ? err.message : String(err) } };
  }
}

function readServers(root: Json): ContractServer[] {
  if (Array.isArray(root.servers)) {
    return root.servers.filter(isObject).flatMap((s) => {
      const url = text(s.url);
      return url === undefined ? [] : [withOptional<ContractServer>({ url }, { description: text(s.description) })];
    });
  }
  // Swagger 2.0 spells the server as host + basePath + schemes.
  const host = text(root.host);
  if (host === undefined) return [];
  const basePath = text(root.basePath) ?? '';
  const schemes = Array.isArray(root.schemes) ? root.schemes.map(text).filter((s): s is string => !!s) : [];
  return (schemes.length > 0 ? schemes : ['https']).map((scheme) => ({ url: `${scheme}://${host}${basePath}` }));
}

function readTags(root: Json): ContractTag[] {
  if (!Array.isArray(root.tags)) return [];
  return root.tags.filter(isObject).flatMap((t) => {
    const name = text(t.name);
    return name === undefined ? [] : [withOptional<ContractTag>({ name }, { description: text(t.description) })];
  });
}

function readOperation(method: HttpMethod, path: string, op: Json): ContractOperation {
  const tags = Array.isArray(op.tags) ? op.tags.map(text).filter((t): t is string => t !== undefined) : [];
  const callbacks = isObject(op.callbacks) ? Object.keys(op.callbacks) : [];
  return withOptional<ContractOperation>(
    { method: method.toUpperCase(), path, tags, callbacks, deprecated: op.deprecated === true },
    { operationId: text(op.operationId), summary: text(op.summary), description: text(op.description) },
  );
}

function readOperations(root: Json): ContractOperation[] {
  if (!isObject(root.paths)) return [];
  const operations: ContractOperation[] = [];
  for (const [path, item] of Object.entries(root.paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (isObject(op)) operations.push(readOperation(method, path, op));
    }
  }
  return operations;
}

function readWebhooks(root: Json): ContractWebhook[] {
  if (!isObject(root.webhooks)) return [];
  const webhooks: ContractWebhook[] = [];
  for (const [name, item] of Object.entries(root.webhooks)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      webhooks.push(
        withOptional<ContractWebhook>(
          { name, method: method.toUpperCase() },
          { operationId: text(op.operationId), summary: text(op.summary) },
        ),
      );
    }
  }
  return webhooks;
}

/** Reads the servers, tags, operations and webhooks of an OpenAPI (3.x) or Swagger (2.0) text. */
export function readContract(source: string, format: 'yaml' | 'json'): ContractReadResult {
  const parsed = parseText(source, format);
  if (!parsed.ok) return parsed;
  return readContractValue(parsed.value);
}

/** readContract over an already parsed (and possibly resolved) document. */
export function readContractValue(root: unknown): ContractReadResult {
  if (!isObject(root)) return { ok: false, error: { kind: 'not_an_object' } };
  const specVersion = text(root.openapi) ?? text(root.swagger);
  if (specVersion === undefined) return { ok: false, error: { kind: 'not_openapi' } };
  const info = isObject(root.info) ? root.info : {};
  const document = withOptional<ContractDocument>(
    {
      specVersion,
      servers: readServers(root),
      tags: readTags(root),
      operations: readOperations(root),
      webhooks: readWebhooks(root),
    },
    { title: text(info.title), version: text(info.version) },
  );
  return { ok: true, document };
}

/**
 * Operations grouped by tag, the way API documentation shows them: declared tags first in
 * their declared order, then tags only used by operations in order of first use, then the
 * untagged operations. An operation with several tags appears under each. Tags without
 * operations (DCI uses tags to document schemas) are left out.
 */
export function groupOperationsByTag(document: Pick<ContractDocument, 'tags' | 'operations'>): OperationGroup[] {
  const order: string[] = [];
  const byTag = new Map<string, ContractOperation[]>();
  const untagged: ContractOperation[] = [];
  for (const op of document.operations) {
    if (op.tags.length === 0) {
      untagged.push(op);
      continue;
    }
    for (const tag of new Set(op.tags)) {
      const list = byTag.get(tag);
      if (list) list.push(op);
      else {
        byTag.set(tag, [op]);
        order.push(tag);
      }
    }
  }
  const declared = document.tags.map((t) => t.name);
  const descriptions = new Map(document.tags.map((t) => [t.name, t.description]));
  const sorted = [
    ...declared.filter((name, i) => byTag.has(name) && declared.indexOf(name) === i),
    ...order.filter((name) => !declared.includes(name)),
  ];
  const groups: OperationGroup[] = sorted.map((tag) =>
    withOptional<OperationGroup>({ tag, operations: byTag.get(tag)! }, { description: descriptions.get(tag) }),
  );
  if (untagged.length > 0) groups.push({ operations: untagged });
  return groups;
}
