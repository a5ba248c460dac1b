// The parts of a loaded contract the browser shows: each operation's parameters, request body,
// responses and callbacks, with schemas turned into readable trees. Every tree node carries the
// JSON pointer of its property in the message instance, the key of a schema mapping.

import { HTTP_METHODS } from './operations';
import { pointerGet, type Json, type JsonObject } from './load';

export interface SchemaNode {
  /** Property name; "[]" for the items of an array; the variant label for oneOf/anyOf. */
  name: string;
  /** JSON Pointer of the property in the instance ("/message/search_request/-/reg_type"). */
  pointer: string;
  type: string;
  format?: string;
  description?: string;
  required: boolean;
  enumValues?: string[];
  /** Name of the component schema this node came from ("SearchRequest"). */
  refName?: string;
  /** The schema refers back to one of its ancestors: shown, not expanded. */
  recursive?: boolean;
  children: SchemaNode[];
}

export interface OperationParameter {
  name: string;
  in: string;
  required: boolean;
  type: string;
  description?: string;
}

export interface OperationMessage {
  /** Media type ("application/json"). */
  mediaType?: string;
  /** Response status ("200", "default"); absent for requests. */
  status?: string;
  description?: string;
  tree: SchemaNode | null;
}

export interface CallbackOperation {
  callback: string;
  expression: string;
  method: string;
  operationId?: string;
  summary?: string;
  request: OperationMessage | null;
}

export interface OperationDetail {
  method: string;
  path: string;
  operationId?: string;
  summary?: string;
  description?: string;
  tags: string[];
  deprecated: boolean;
  parameters: OperationParameter[];
  request: OperationMessage | null;
  responses: OperationMessage[];
  callbacks: CallbackOperation[];
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** Trees stop here: deeper is unreadable, and recursive schemas would never end. */
const MAX_TREE_DEPTH = 14;
/** Largest number of nodes per tree, so a huge schema cannot freeze the view. */
const MAX_TREE_NODES = 4000;

const escapeSeg = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function localRef(document: JsonObject, ref: string): Json | undefined {
  return ref.startsWith('#') ? pointerGet(document, ref.slice(1)) : undefined;
}

function typeOf(schema: JsonObject): string {
  const t = schema.type;
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.filter((x) => x !== 'null').join(' | ') || 'null';
  if (isObject(schema.properties)) return 'object';
  if (schema.items !== undefined) return 'array';
  if (Array.isArray(schema.oneOf)) return 'oneOf';
  if (Array.isArray(schema.anyOf)) return 'anyOf';
  if (Array.isArray(schema.allOf)) return 'object';
  if (Array.isArray(schema.enum)) return 'enum';
  return 'any';
}

export function buildSchemaTree(document: JsonObject, schema: Json | undefined, name = '', pointer = ''): SchemaNode | null {
  if (schema === undefined) return null;
  let count = 0;
  const build = (raw: Json, nodeName: string, at: string, required: boolean, depth: number, refs: readonly string[]): SchemaNode => {
    count++;
    let s: Json | undefined = raw;
    let refName: string | undefined;
    let recursive = false;
    const chain = [...refs];
    // Follow $ref chains inside the document.
    for (let hops = 0; isObject(s) && typeof s.$ref === 'string' && hops < 16; hops++) {
      const ref: string = s.$ref;
      refName = ref.split('/').pop();
      if (chain.includes(ref) || s['x-cs-recursive'] === true) {
        recursive = true;
        break;
      }
      chain.push(ref);
      const siblings: JsonObject = s;
      const target = localRef(document, ref);
      if (target === undefined) {
        s = { description: `Unresolved reference ${ref}` };
        break;
      }
      s = isObject(target) ? ({ ...target, ...Object.fromEntries(Object.entries(siblings).filter(([k]) => k !== '$ref')) } as JsonObject) : target;
    }
    const schemaObj: JsonObject = isObject(s) ? s : {};
    const node: SchemaNode = { name: nodeName, pointer: at, type: recursive ? 'object' : typeOf(schemaObj), required, children: [] };
    if (refName) node.refName = refName;
    const format = str(schemaObj.format);
    if (format) node.format = format;
    const description = str(schemaObj.description) ?? str(schemaObj.title);
    if (description) node.description = description;
    if (Array.isArray(schemaObj.enum)) node.enumValues = schemaObj.enum.map((v) => String(v)).slice(0, 50);
    if (recursive) {
      node.recursive = true;
      return node;
    }
    if (depth >= MAX_TREE_DEPTH || count > MAX_TREE_NODES) return node;

    const requiredSet = new Set(Array.isArray(schemaObj.required) ? schemaObj.required.filter((x): x is string => typeof x === 'string') : []);
    const addProperties = (props: Json | undefined, requiredNames: Set<string>) => {
      if (!isObject(props)) return;
      for (const [key, value] of Object.entries(props)) {
        if (node.children.some((c) => c.name === key)) continue;
        node.children.push(build(value, key, `${at}/${escapeSeg(key)}`, requiredNames.has(key), depth + 1, chain));
      }
    };
    addProperties(schemaObj.properties, requiredSet);
    // allOf: the parts' properties belong to this object.
    if (Array.isArray(schemaObj.allOf)) {
      for (const part of schemaObj.allOf) {
        const resolved = resolvePart(document, part, chain);
        if (!resolved) continue;
        const req = new Set(Array.isArray(resolved.required) ? resolved.required.filter((x): x is string => typeof x === 'string') : []);
        addProperties(resolved.properties, req);
        if (!node.description && str(resolved.description)) node.description = str(resolved.description)!;
      }
    }
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const variants = schemaObj[keyword];
      if (!Array.isArray(variants)) continue;
      variants.forEach((variant, i) => {
        const label = isObject(variant) && typeof variant.$ref === 'string' ? variant.$ref.split('/').pop()! : `${keyword} ${i + 1}`;
        // Variants describe the same instance position: their pointer is this node's.
        const child = build(variant, label, at, false, depth + 1, chain);
        child.name = `(${label})`;
        node.children.push(child);
      });
    }
    if (schemaObj.items !== undefined && !Array.isArray(schemaObj.items)) {
      node.children.push(build(schemaObj.items, '[]', `${at}/-`, false, depth + 1, chain));
    }
    return node;
  };
  return build(schema, name, pointer, false, 0, []);
}

function resolvePart(document: JsonObject, part: Json, chain: readonly string[]): JsonObject | null {
  let s: Json | undefined = part;
  for (let hops = 0; isObject(s) && typeof s.$ref === 'string' && hops < 16; hops++) {
    if (chain.includes(s.$ref)) return null;
    s = localRef(document, s.$ref);
  }
  return isObject(s) ? s : null;
}

function deref(document: JsonObject, value: Json | undefined): JsonObject | undefined {
  let v = value;
  for (let hops = 0; isObject(v) && typeof v.$ref === 'string' && hops < 16; hops++) v = localRef(document, v.$ref);
  return isObject(v) ? v : undefined;
}

/** The JSON-like media type of a content map (application/json first), with its schema. */
function pickContent(document: JsonObject, content: Json | undefined): { mediaType: string; schema: Json | undefined } | null {
  if (!isObject(content)) return null;
  const types = Object.keys(content);
  const mediaType = types.find((t) => t === 'application/json') ?? types.find((t) => /json/.test(t)) ?? types[0];
  if (!mediaType) return null;
  const media = deref(document, content[mediaType]);
  return { mediaType, schema: media?.schema };
}

function readMessage(document: JsonObject, body: Json | undefined, status?: string): OperationMessage | null {
  const obj = deref(document, body);
  if (!obj) return null;
  const content = pickContent(document, obj.content);
  const message: OperationMessage = { tree: content ? buildSchemaTree(document, content.schema) : null };
  if (content) message.mediaType = content.mediaType;
  if (status !== undefined) message.status = status;
  const description = str(obj.description);
  if (description) message.description = description;
  return message;
}

function readParameters(document: JsonObject, ...lists: Array<Json | undefined>): OperationParameter[] {
  const out: OperationParameter[] = [];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const p = deref(document, raw);
      if (!p) continue;
      const name = str(p.name);
      if (!name) continue;
      const schema = deref(document, p.schema);
      const param: OperationParameter = { name, in: str(p.in) ?? '', required: p.required === true, type: schema ? typeOf(schema) : 'any' };
      const description = str(p.description);
      if (description) param.description = description;
      const existing = out.findIndex((x) => x.name === param.name && x.in === param.in);
      if (existing >= 0) out[existing] = param;
      else out.push(param);
    }
  }
  return out;
}

export function readOperationDetails(document: JsonObject): OperationDetail[] {
  const paths = document.paths;
  if (!isObject(paths)) return [];
  const out: OperationDetail[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(document, rawItem);
    if (!item) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const detail: OperationDetail = {
        method: method.toUpperCase(),
        path,
        tags: Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === 'string') : [],
        deprecated: op.deprecated === true,
        parameters: readParameters(document, item.parameters, op.parameters),
        request: readMessage(document, op.requestBody),
        responses: isObject(op.responses)
          ? Object.entries(op.responses).flatMap(([status, r]) => {
              const message = readMessage(document, r, status);
              return message ? [message] : [];
            })
          : [],
        callbacks: readCallbacks(document, op.callbacks),
      };
      const operationId = str(op.operationId);
      if (operationId) detail.operationId = operationId;
      const summary = str(op.summary);
      if (summary) detail.summary = summary;
      const description = str(op.description);
      if (description) detail.description = description;
      out.push(detail);
    }
  }
  return out;
}

function readCallbacks(document: JsonObject, callbacks: Json | undefined): CallbackOperation[] {
  if (!isObject(callbacks)) return [];
  const out: CallbackOperation[] = [];
  for (const [name, raw] of Object.entries(callbacks)) {
    const callback = deref(document, raw);
    if (!callback) continue;
    for (const [expression, rawItem] of Object.entries(callback)) {
      const item = deref(document, rawItem);
      if (!item) continue;
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!isObject(op)) continue;
        const entry: CallbackOperation = { callback: name, expression, method: method.toUpperCase(), request: readMessage(document, op.requestBody) };
        const operationId = str(op.operationId);
        if (operationId) entry.operationId = operationId;
        const summary = str(op.summary);
        if (summary) entry.summary = summary;
        out.push(entry);
      }
    }
  }
  return out;
}

export interface ContractProblem {
  kind: 'duplicate_operation_id' | 'unresolved_ref' | 'external_ref' | 'outside_folder_ref' | 'unreadable_ref';
  message: string;
}

/** Operation ids used by more than one operation (they must be unique in a document). */
export function duplicateOperationIds(operations: readonly Pick<OperationDetail, 'operationId' | 'method' | 'path'>[]): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const op of operations) {
    if (!op.operationId) continue;
    byId.set(op.operationId, [...(byId.get(op.operationId) ?? []), `${op.method} ${op.path}`]);
  }
  return new Map([...byId].filter(([, uses]) => uses.length > 1));
}

/** Every leaf-or-branch node of a tree, depth first, for suggestions and search. */
export function flattenTree(tree: SchemaNode | null): SchemaNode[] {
  if (!tree) return [];
  const out: SchemaNode[] = [];
  const stack = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}
