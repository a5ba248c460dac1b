// One OpenAPI 3.1 document holding exactly the operations a scenario (or the project) uses,
// merged from their contracts: each operation as written (callbacks included), the path-level
// parameters and servers of its path, the components its `$ref`s reach (transitively), the
// security schemes it names and the tags it carries. References to other files of a contract's
// folder are resolved by models/contracts/load first, so the result is one self-contained file.
// When two contracts define different components under one name, the later one is renamed
// `<contractId>_<name>` and its references follow.

import { stringify } from 'yaml';

import { findOperation } from '../contracts/importContract';
import { loadStoredContract, pointerGet, type Json, type JsonObject } from '../contracts/load';
import { HTTP_METHODS } from '../contracts/operations';
import { readOperationDetails } from '../contracts/schemaTree';
import type { Interaction, Project } from '../project/types';

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Stable JSON text for equality of two component definitions. */
const canonical = (v: Json | undefined): string => JSON.stringify(v, (_k, value: unknown) => (isObject(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value));

const clone = <T extends Json>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Every local `$ref` below a node ("#/components/schemas/X"). */
function localRefs(node: Json, out: Set<string>): void {
  if (Array.isArray(node)) node.forEach((n) => localRefs(n, out));
  else if (isObject(node)) {
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/')) out.add(node.$ref);
    for (const [k, v] of Object.entries(node)) if (k !== '$ref') localRefs(v, out);
  }
}

/** Rewrites local refs through `rename`; a reference the loader could not follow becomes an open schema. */
function rewriteRefs(node: Json, rename: (ref: string) => string): Json {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, rename));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') out.$ref = v.startsWith('#') ? rename(v) : v;
    else if (k === 'x-cs-recursive') continue;
    else out[k] = rewriteRefs(v, rename);
  }
  if (typeof out.$ref === 'string' && !out.$ref.startsWith('#')) {
    const { $ref, ...rest } = out;
    return { ...rest, description: typeof rest.description === 'string' ? rest.description : `Defined in ${String($ref)}` };
  }
  return out;
}

/**
 * Schema keywords of OpenAPI 3.0 that mean something else in 3.1 (JSON Schema 2020-12):
 * `nullable: true` becomes a "null" type, boolean exclusive bounds become numeric ones. Only
 * boolean values are touched, so a property that happens to be named "nullable" stays.
 */
function upgradeSchemaKeywords(node: Json): Json {
  if (Array.isArray(node)) return node.map(upgradeSchemaKeywords);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) out[k] = upgradeSchemaKeywords(v);
  if (typeof out.nullable === 'boolean') {
    if (out.nullable && typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (out.nullable && Array.isArray(out.type) && !out.type.includes('null')) out.type = [...out.type, 'null'];
    delete out.nullable;
  }
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (typeof out[flag] !== 'boolean') continue;
    if (out[flag] === true && typeof out[bound] === 'number') {
      out[flag] = out[bound]!;
      delete out[bound];
    } else delete out[flag];
  }
  return out;
}

/** "#/components/schemas/A~1B" → ["schemas", "A/B"]; undefined for refs outside components. */
function componentKey(ref: string): [string, string] | undefined {
  const m = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
  if (!m) return undefined;
  const decode = (s: string) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~');
  return [decode(m[1]!), decode(m[2]!)];
}

const encodeSeg = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

interface UsedOperation {
  contractId: string;
  method: string;
  path: string;
}

export interface OpenApiExportOptions {
  title: string;
  /** info.version of the merged document. */
  version: string;
  description?: string;
}

/** The operations the interactions use, once each, in contract → path → method order. */
export function usedOperations(project: Project, interactions: readonly Interaction[]): UsedOperation[] {
  const detailsByContract = new Map<string, ReturnType<typeof readOperationDetails>>();
  const out = new Map<string, UsedOperation>();
  for (const i of interactions) {
    const ref = i.apiOperation;
    if (!ref) continue;
    let details = detailsByContract.get(ref.contractId);
    if (!details) {
      const contract = project.apiContracts.find((c) => c.id === ref.contractId);
      const loaded = contract ? loadStoredContract(contract) : undefined;
      details = loaded?.ok ? readOperationDetails(loaded.contract.document) : [];
      detailsByContract.set(ref.contractId, details);
    }
    const detail = findOperation(details, ref);
    if (detail) out.set(`${ref.contractId} ${detail.method} ${detail.path}`, { contractId: ref.contractId, method: detail.method, path: detail.path });
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...out.values()].sort((a, b) => cmp(a.contractId, b.contractId) || cmp(a.path, b.path) || HTTP_METHODS.indexOf(a.method.toLowerCase() as never) - HTTP_METHODS.indexOf(b.method.toLowerCase() as never));
}

/** One merged document and the contracts whose operations it holds. */
export interface OpenApiDocumentGroup {
  contractIds: string[];
  document: JsonObject;
}

/**
 * The operations the interactions use, as few OpenAPI documents as possible: one, unless two
 * contracts define the same path (DCI registries all answer on /registry/search, each on its own
 * server). A path key holds one path item, so a contract whose paths clash with a document's goes
 * to the next document without the clash; contracts are placed in id order, so the split is stable.
 */
export function buildOpenApiDocuments(project: Project, interactions: readonly Interaction[], options: OpenApiExportOptions): OpenApiDocumentGroup[] {
  const used = usedOperations(project, interactions);
  const groups: Array<{ contractIds: string[]; paths: Set<string> }> = [];
  for (const contractId of [...new Set(used.map((u) => u.contractId))]) {
    const paths = new Set(used.filter((u) => u.contractId === contractId).map((u) => u.path));
    let group = groups.find((g) => ![...paths].some((p) => g.paths.has(p)));
    if (!group) {
      group = { contractIds: [], paths: new Set() };
      groups.push(group);
    }
    group.contractIds.push(contractId);
    for (const p of paths) group.paths.add(p);
  }
  if (groups.length === 0) return [{ contractIds: [], document: mergeOperations(project, [], options) }];
  return groups.map((g) => ({ contractIds: g.contractIds, document: mergeOperations(project, used.filter((u) => g.contractIds.includes(u.contractId)), options) }));
}

function mergeOperations(project: Project, used: readonly UsedOperation[], options: OpenApiExportOptions): JsonObject {
  const paths: JsonObject = {};
  const components: Record<string, JsonObject> = {};
  const tags = new Map<string, JsonObject>();
  const contractIds = [...new Set(used.map((u) => u.contractId))];
  const single = contractIds.length === 1;
  let rootServers: Json | undefined;
  let mergedRootSecurity: Json | undefined;

  for (const contractId of contractIds) {
    const contract = project.apiContracts.find((c) => c.id === contractId)!;
    const loaded = loadStoredContract(contract);
    if (!loaded.ok) continue;
    const doc = loaded.contract.specVersion.startsWith('3.0') ? (upgradeSchemaKeywords(loaded.contract.document) as JsonObject) : loaded.contract.document;
    const docPaths = isObject(doc.paths) ? doc.paths : {};
    const rootSecurity = doc.security;
    const mine = used.filter((u) => u.contractId === contractId);

    // Operations of this contract, with the pieces of their path items they depend on.
    const picked: Array<{ path: string; method: string; operation: JsonObject; item: JsonObject }> = [];
    for (const u of mine) {
      const item = docPaths[u.path];
      if (!isObject(item)) continue;
      const operation = item[u.method.toLowerCase()];
      if (!isObject(operation)) continue;
      const op = clone(operation);
      if (op.security === undefined && rootSecurity !== undefined && !single) op.security = clone(rootSecurity);
      picked.push({ path: u.path, method: u.method.toLowerCase(), operation: op, item });
    }

    // Components reached from the picked operations, transitively.
    const reached = new Set<string>();
    const queue: string[] = [];
    const enqueue = (node: Json) => {
      const refs = new Set<string>();
      localRefs(node, refs);
      for (const ref of refs) if (!reached.has(ref)) {
        reached.add(ref);
        queue.push(ref);
      }
    };
    for (const p of picked) {
      enqueue(p.operation);
      if (p.item.parameters !== undefined) enqueue(p.item.parameters);
    }
    const schemes = new Set<string>();
    const noteSchemes = (security: Json | undefined) => {
      if (Array.isArray(security)) for (const req of security) if (isObject(req)) for (const name of Object.keys(req)) schemes.add(name);
    };
    for (const p of picked) noteSchemes(p.operation.security ?? (single ? rootSecurity : undefined));
    for (const name of schemes) {
      const ref = `#/components/securitySchemes/${encodeSeg(name)}`;
      if (!reached.has(ref)) {
        reached.add(ref);
        queue.push(ref);
      }
    }
    while (queue.length > 0) {
      const ref = queue.shift()!;
      const target = pointerGet(doc, ref.slice(1));
      if (target !== undefined) enqueue(target);
    }

    // Place the components, renaming on a clash with a different definition of another contract.
    const renames = new Map<string, string>();
    const placed: Array<[string, string]> = [];
    for (const ref of [...reached].sort()) {
      const key = componentKey(ref);
      const target = pointerGet(doc, ref.slice(1));
      if (!key || target === undefined) continue;
      const [section, name] = key;
      const bucket = (components[section] ??= {});
      let finalName = name;
      if (bucket[name] !== undefined && canonical(bucket[name]) !== canonical(target)) {
        finalName = `${contractId}_${name}`;
        // Security requirements name schemes, not refs: a renamed scheme would break them.
        if (section === 'securitySchemes') finalName = name;
        renames.set(ref, `#/components/${encodeSeg(section)}/${encodeSeg(finalName)}`);
      }
      bucket[finalName] = target;
      placed.push([section, finalName]);
    }
    // Only this contract's components speak this contract's names.
    const rename = (ref: string) => renames.get(ref) ?? ref;
    for (const [section, name] of placed) components[section]![name] = rewriteRefs(components[section]![name]!, rename);

    for (const p of picked) {
      const item = (isObject(paths[p.path]) ? paths[p.path] : {}) as JsonObject;
      if (p.item.parameters !== undefined && item.parameters === undefined) item.parameters = rewriteRefs(clone(p.item.parameters), rename);
      if (!single && item.servers === undefined) {
        const servers = p.item.servers ?? doc.servers;
        if (servers !== undefined) item.servers = clone(servers);
      }
      item[p.method] = rewriteRefs(p.operation, rename);
      paths[p.path] = item;
      for (const tag of Array.isArray(p.operation.tags) ? p.operation.tags : []) {
        if (typeof tag !== 'string' || tags.has(tag)) continue;
        const declared = Array.isArray(doc.tags) ? doc.tags.find((t) => isObject(t) && t.name === tag) : undefined;
        tags.set(tag, isObject(declared) ? clone(declared) : { name: tag });
      }
    }
    if (single) {
      if (doc.servers !== undefined) rootServers = clone(doc.servers);
      if (rootSecurity !== undefined) mergedRootSecurity = clone(rootSecurity);
    }
  }

  // Paths sorted, and keys of a path item in the specification's order, so two exports of one project are identical.
  const sortedPaths: JsonObject = {};
  for (const path of Object.keys(paths).sort()) {
    const item = paths[path] as JsonObject;
    const ordered: JsonObject = {};
    for (const key of ['summary', 'description', 'servers', 'parameters']) if (item[key] !== undefined) ordered[key] = item[key]!;
    for (const method of HTTP_METHODS) if (item[method] !== undefined) ordered[method] = item[method]!;
    sortedPaths[path] = ordered;
  }
  const sortedComponents: JsonObject = {};
  for (const section of Object.keys(components).sort()) {
    const bucket = components[section]!;
    sortedComponents[section] = Object.fromEntries(Object.keys(bucket).sort().map((name) => [name, bucket[name]!]));
  }

  const info: JsonObject = { title: options.title, version: options.version };
  if (options.description) info.description = options.description;
  const document: JsonObject = { openapi: '3.1.0', info };
  if (rootServers !== undefined) document.servers = rootServers;
  if (mergedRootSecurity !== undefined) document.security = mergedRootSecurity;
  if (tags.size > 0) document.tags = [...tags.values()].sort((a, b) => (String(a.name) < String(b.name) ? -1 : 1));
  document.paths = sortedPaths;
  if (Object.keys(sortedComponents).length > 0) document.components = sortedComponents;
  return document;
}

/** The merged document as YAML (the form working groups read and diff). */
export function openApiYaml(document: JsonObject): string {
  return stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}
