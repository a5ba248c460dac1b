// Loading an OpenAPI contract: parse YAML or JSON with limits (alias bombs, absurd nesting),
// resolve relative `$ref`s between files of one folder in memory, and report what cannot be
// resolved. Nothing is ever fetched: http(s) references and files outside the folder are
// reported, not followed. Pure: runs in Node (CLI, tests) and in a web worker.

import { parseDocument, visit } from 'yaml';

import type { ContractFile } from '../project/types';

export type { ContractFile };

export interface LoadError {
  file: string;
  line?: number;
  column?: number;
  message: string;
  kind: 'syntax' | 'alias_limit' | 'too_deep' | 'not_an_object' | 'not_openapi' | 'swagger2' | 'too_large';
}

export interface RefProblem {
  /** The file holding the reference and the JSON pointer where it sits. */
  file: string;
  at: string;
  ref: string;
  kind: 'external_url' | 'outside_folder' | 'missing_file' | 'missing_target' | 'unreadable_file';
  detail?: string;
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface LoadedContract {
  /** The entry document with every reference to another file replaced by its target. */
  document: JsonObject;
  /** "3.1.0", "3.0.3"... */
  specVersion: string;
  format: 'yaml' | 'json';
  /** The files the entry reaches through references (the entry excluded), verbatim. */
  referencedFiles: ContractFile[];
  refProblems: RefProblem[];
}

export type LoadResult = { ok: true; contract: LoadedContract } | { ok: false; error: LoadError };

/** An alias bomb expands a few lines into billions of nodes; real contracts use a handful. */
export const MAX_ALIAS_COUNT = 200;
/** Nesting deeper than this is not a schema anyone wrote by hand. */
export const MAX_DEPTH = 128;
/** Largest single file read, in characters. */
export const MAX_FILE_CHARS = 20 * 1024 * 1024;

export function detectFormat(text: string): 'yaml' | 'json' {
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

/**
 * Deepest bracket or indentation nesting of the text, measured before parsing so a hostile file
 * cannot overflow the parser's stack. Quotes are skipped roughly: good enough for a bound.
 */
function textNestingExceeds(text: string, limit: number): { line: number } | null {
  let depth = 0;
  let line = 1;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      line++;
      if (quote === "'") quote = null;
      continue;
    }
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") {
      // In YAML a quote only starts a string at the start of a scalar; approximate that.
      const prev = text[i - 1];
      if (prev === undefined || prev === ' ' || prev === '[' || prev === '{' || prev === ',' || prev === ':' || prev === '\n') quote = ch;
      continue;
    }
    if (ch === '[' || ch === '{') {
      if (++depth > limit) return { line };
    } else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  // Block YAML nests by indentation: 2 spaces a level is the narrowest anyone writes.
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const indent = /^ */.exec(lines[i]!)![0].length;
    if (indent > limit * 2 + 200) return { line: i + 1 };
  }
  return null;
}

function valueDepthExceeds(value: unknown, limit: number): boolean {
  // Iterative: a recursive walk is exactly what deep documents break.
  const stack: Array<{ v: unknown; d: number }> = [{ v: value, d: 0 }];
  while (stack.length > 0) {
    const { v, d } = stack.pop()!;
    if (d > limit) return true;
    if (Array.isArray(v)) for (const item of v) stack.push({ v: item, d: d + 1 });
    else if (v !== null && typeof v === 'object') for (const item of Object.values(v)) stack.push({ v: item, d: d + 1 });
  }
  return false;
}

function lineOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/** Parses one file's text into JSON-like data, refusing alias bombs and absurd nesting. */
export function parseContractText(text: string, file: string): { ok: true; value: Json; format: 'yaml' | 'json' } | { ok: false; error: LoadError } {
  if (text.length > MAX_FILE_CHARS) return { ok: false, error: { file, kind: 'too_large', message: `${file} is larger than ${MAX_FILE_CHARS} characters` } };
  const deep = textNestingExceeds(text, MAX_DEPTH);
  if (deep) return { ok: false, error: { file, line: deep.line, kind: 'too_deep', message: `Nesting deeper than ${MAX_DEPTH} levels` } };
  const format = detectFormat(text);
  if (format === 'json') {
    try {
      const value = JSON.parse(text) as Json;
      if (valueDepthExceeds(value, MAX_DEPTH)) return { ok: false, error: { file, kind: 'too_deep', message: `Nesting deeper than ${MAX_DEPTH} levels` } };
      return { ok: true, value, format };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const position = /position (\d+)/.exec(message);
      const where = position ? lineOf(text, Number(position[1])) : undefined;
      return { ok: false, error: { file, kind: 'syntax', message, ...(where ?? {}) } };
    }
  }
  let doc;
  try {
    doc = parseDocument(text, { uniqueKeys: false, prettyErrors: true, strict: false });
  } catch (err) {
    return { ok: false, error: { file, kind: 'syntax', message: err instanceof Error ? err.message : String(err) } };
  }
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    return { ok: false, error: { file, kind: 'syntax', message: first.message.trimEnd(), ...(pos ? { line: pos.line, column: pos.col } : {}) } };
  }
  // Count aliases before expanding: toJS would build the whole bomb before maxAliasCount stops it
  // in some shapes, and an early count names the line.
  let aliases = 0;
  let aliasLine: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      aliases++;
      if (aliases > MAX_ALIAS_COUNT && aliasLine === undefined && node.range) aliasLine = lineOf(text, node.range[0]).line;
      return aliases > MAX_ALIAS_COUNT ? visit.BREAK : undefined;
    },
  });
  if (aliases > MAX_ALIAS_COUNT) {
    return { ok: false, error: { file, kind: 'alias_limit', message: `More than ${MAX_ALIAS_COUNT} YAML aliases: refused as a possible alias bomb`, ...(aliasLine ? { line: aliasLine } : {}) } };
  }
  let value: Json;
  try {
    value = doc.toJS({ maxAliasCount: 1000 }) as Json;
  } catch (err) {
    return { ok: false, error: { file, kind: 'alias_limit', message: err instanceof Error ? err.message : String(err) } };
  }
  if (aliases > 0 && valueDepthExceeds(value, MAX_DEPTH)) return { ok: false, error: { file, kind: 'too_deep', message: `Nesting deeper than ${MAX_DEPTH} levels` } };
  return { ok: true, value, format };
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Normalises "a/b/../c.yaml" to "a/c.yaml"; null when it leaves the folder. */
export function joinPath(fromFile: string, relative: string): string | null {
  const base = fromFile.split('/').slice(0, -1);
  const parts = [...base, ...relative.split('/')];
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

function decodePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function pointerGet(root: Json, pointer: string): Json | undefined {
  let node: Json | undefined = root;
  for (const seg of decodePointer(pointer)) {
    if (Array.isArray(node)) node = node[Number(seg)];
    else if (isObject(node)) node = Object.prototype.hasOwnProperty.call(node, seg) ? node[seg] : undefined;
    else return undefined;
  }
  return node;
}

const escapeSeg = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Reads the entry file and everything it references. External references (to another file of
 * the folder) are replaced by their targets; references inside the entry (`#/components/...`)
 * stay, so the browser shows schema names. A reference cycle through files is cut and left as
 * a `$ref` naming its target.
 */
export function loadContract(entryPath: string, files: ReadonlyMap<string, string>): LoadResult {
  const entryText = files.get(entryPath);
  if (entryText === undefined) return { ok: false, error: { file: entryPath, kind: 'syntax', message: 'The file is not in the folder' } };
  const parsedEntry = parseContractText(entryText, entryPath);
  if (!parsedEntry.ok) return parsedEntry;
  const root = parsedEntry.value;
  if (!isObject(root)) return { ok: false, error: { file: entryPath, kind: 'not_an_object', message: 'The document is not a set of named fields' } };
  if (typeof root.swagger === 'string' || typeof root.swagger === 'number') {
    return {
      ok: false,
      error: {
        file: entryPath,
        kind: 'swagger2',
        line: 1,
        message: 'Swagger 2.0 documents are not imported: convert the file to OpenAPI 3 (for example with swagger2openapi) and import the result',
      },
    };
  }
  const specVersion = typeof root.openapi === 'string' ? root.openapi : typeof root.openapi === 'number' ? String(root.openapi) : undefined;
  if (specVersion === undefined) return { ok: false, error: { file: entryPath, kind: 'not_openapi', line: 1, message: 'The document has no “openapi” version field' } };

  const parsed = new Map<string, Json | null>([[entryPath, root]]);
  const used = new Set<string>();
  const refProblems: RefProblem[] = [];
  const fileErrors = new Map<string, string>();

  const parseFile = (path: string): Json | null => {
    if (parsed.has(path)) return parsed.get(path)!;
    const text = files.get(path);
    if (text === undefined) {
      parsed.set(path, null);
      return null;
    }
    const result = parseContractText(text, path);
    if (!result.ok) {
      fileErrors.set(path, `${result.error.message}${result.error.line ? ` (line ${result.error.line})` : ''}`);
      parsed.set(path, null);
      return null;
    }
    parsed.set(path, result.value);
    return result.value;
  };

  /** Replaces external refs below `node` (found in `file`), following the chain `active` to cut cycles. */
  const resolve = (node: Json, file: string, at: string, active: readonly string[]): Json => {
    if (Array.isArray(node)) return node.map((item, i) => resolve(item, file, `${at}/${i}`, active));
    if (!isObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref === 'string') {
      const hash = ref.indexOf('#');
      const filePart = hash >= 0 ? ref.slice(0, hash) : ref;
      const fragment = hash >= 0 ? ref.slice(hash + 1) : '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) {
        refProblems.push({ file, at, ref, kind: 'external_url' });
        return node;
      }
      // A reference inside the entry to the entry itself stays a reference (resolved on display).
      if (filePart === '' && file === entryPath) return node;
      const target = filePart === '' ? file : joinPath(file, filePart);
      if (target === null) {
        refProblems.push({ file, at, ref, kind: 'outside_folder' });
        return node;
      }
      const key = `${target}#${fragment}`;
      if (active.includes(key)) return { $ref: target === entryPath ? `#${fragment}` : ref, 'x-cs-recursive': true };
      const content = parseFile(target);
      if (content === null) {
        refProblems.push(
          fileErrors.has(target)
            ? { file, at, ref, kind: 'unreadable_file', detail: fileErrors.get(target)! }
            : { file, at, ref, kind: 'missing_file' },
        );
        return node;
      }
      if (target !== entryPath) used.add(target);
      const picked = pointerGet(content, fragment);
      if (picked === undefined) {
        refProblems.push({ file, at, ref, kind: 'missing_target' });
        return node;
      }
      if (target === entryPath) {
        // A file refers back into the entry: keep an entry-local reference.
        return { $ref: `#${fragment}` };
      }
      const resolved = resolve(picked, target, `#${fragment}`, [...active, key]);
      // Sibling keys next to $ref (description, OpenAPI 3.1) win over the target's.
      const siblings = Object.entries(node).filter(([k]) => k !== '$ref');
      if (siblings.length === 0 || !isObject(resolved)) return resolved;
      const merged: JsonObject = { ...resolved };
      for (const [k, v] of siblings) merged[k] = resolve(v, file, `${at}/${escapeSeg(k)}`, active);
      return merged;
    }
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) out[k] = resolve(v, file, `${at}/${escapeSeg(k)}`, active);
    return out;
  };

  const document = resolve(root, entryPath, '#', [`${entryPath}#`]) as JsonObject;
  // Entry-local references that point nowhere are problems too.
  collectLocalRefProblems(document, entryPath, refProblems);
  return {
    ok: true,
    contract: {
      document,
      specVersion,
      format: parsedEntry.format,
      referencedFiles: [...used].sort().map((path) => ({ path, text: files.get(path)! })),
      refProblems,
    },
  };
}

function collectLocalRefProblems(document: JsonObject, file: string, out: RefProblem[]): void {
  const seen = new Set<string>();
  const stack: Array<{ node: Json; at: string }> = [{ node: document, at: '#' }];
  while (stack.length > 0) {
    const { node, at } = stack.pop()!;
    if (Array.isArray(node)) node.forEach((item, i) => stack.push({ node: item, at: `${at}/${i}` }));
    else if (isObject(node)) {
      const ref = node.$ref;
      if (typeof ref === 'string' && ref.startsWith('#') && !seen.has(`${at} ${ref}`)) {
        seen.add(`${at} ${ref}`);
        if (pointerGet(document, ref.slice(1)) === undefined) out.push({ file, at, ref, kind: 'missing_target' });
      }
      for (const [k, v] of Object.entries(node)) if (k !== '$ref') stack.push({ node: v, at: `${at}/${escapeSeg(k)}` });
    }
  }
}

/** Loads a single file on its own (no folder): any reference to another file is reported. */
export function loadSingleContract(name: string, text: string): LoadResult {
  return loadContract(name, new Map([[name, text]]));
}

/** The files of a folder that look like OpenAPI entry documents (a top-level openapi or swagger key). */
export function findEntryDocuments(files: readonly ContractFile[]): string[] {
  return files
    .filter((f) => /(^|\n)(openapi|swagger)\s*:/.test(f.text.slice(0, 4000)) || /^\s*\{[\s\S]{0,2000}"(openapi|swagger)"\s*:/.test(f.text.slice(0, 4000)))
    .map((f) => f.path)
    .sort();
}

export { pointerGet, decodePointer };

/** The entry path a stored contract's text is read under. */
export function entryPathOf(contract: { sourceName?: string; format: 'yaml' | 'json'; files?: readonly ContractFile[] }): string {
  if (contract.files && contract.files.length > 0 && contract.sourceName) return contract.sourceName;
  return contract.sourceName ?? (contract.format === 'json' ? 'contract.json' : 'contract.yaml');
}

/** Loads a contract of the project from its stored text and files. */
export function loadStoredContract(contract: { source: string; sourceName?: string; format: 'yaml' | 'json'; files?: readonly ContractFile[] }): LoadResult {
  const entry = entryPathOf(contract);
  const files = new Map<string, string>((contract.files ?? []).map((f) => [f.path, f.text]));
  files.set(entry, contract.source);
  return loadContract(entry, files);
}
