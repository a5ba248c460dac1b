// Turning a loaded OpenAPI document into a project contract, and replacing a contract with a
// newer version of the same API while telling which linked operations disappeared or changed.

import { slugify, uniqueId } from '../project/ids';
import type { ApiContract, OperationRef, Project } from '../project/types';
import { loadContract, type ContractFile, type LoadResult } from './load';
import { readOperationDetails, flattenTree, type OperationDetail } from './schemaTree';

export interface ImportedContract {
  contract: ApiContract;
  result: Extract<LoadResult, { ok: true }>['contract'];
}

const baseName = (path: string) => path.split('/').pop() ?? path;

/** Loads `entryPath` from `files` and builds the contract to add (the project is not changed). */
export function contractFromFiles(
  project: Project,
  entryPath: string,
  files: ReadonlyMap<string, string>,
  options: { name?: string; folder: boolean },
): { ok: true; imported: ImportedContract } | { ok: false; error: Extract<LoadResult, { ok: false }>['error'] } {
  const loaded = loadContract(entryPath, files);
  if (!loaded.ok) return loaded;
  const info = loaded.contract.document.info;
  const infoObj = typeof info === 'object' && info !== null && !Array.isArray(info) ? info : {};
  const title = typeof infoObj.title === 'string' && infoObj.title.trim() ? infoObj.title.trim() : baseName(entryPath);
  const version = typeof infoObj.version === 'string' || typeof infoObj.version === 'number' ? String(infoObj.version) : '';
  let name = options.name ?? title;
  // Several DCI contracts share one title: tell them apart by their file.
  if (!options.name && project.apiContracts.some((c) => c.name === name)) name = `${title} (${baseName(entryPath)})`;
  const id = uniqueId(slugify(options.name ?? baseName(entryPath).replace(/\.(ya?ml|json)$/i, '')), new Set(project.apiContracts.map((c) => c.id)));
  const contract: ApiContract = {
    id,
    name,
    version,
    format: loaded.contract.format,
    source: files.get(entryPath)!,
    sourceName: options.folder ? entryPath : baseName(entryPath),
  };
  if (options.folder && loaded.contract.referencedFiles.length > 0) contract.files = loaded.contract.referencedFiles.map((f: ContractFile) => ({ ...f }));
  return { ok: true, imported: { contract, result: loaded.contract } };
}

export function addContract(project: Project, contract: ApiContract): Project {
  return { ...project, apiContracts: [...project.apiContracts, contract] };
}

/** Finds the operation an OperationRef (or a mapping) names: by operationId first, else method + path. */
export function findOperation<T extends Pick<OperationDetail, 'operationId' | 'method' | 'path'>>(
  operations: readonly T[],
  ref: Pick<OperationRef, 'operationId' | 'method' | 'path'>,
): T | undefined {
  if (ref.operationId) {
    const byId = operations.find((op) => op.operationId === ref.operationId);
    if (byId) return byId;
  }
  if (ref.method && ref.path) return operations.find((op) => op.method === ref.method!.toUpperCase() && op.path === ref.path);
  return undefined;
}

export interface ReplacementIssue {
  /** What refers to the operation. */
  user: { kind: 'interaction'; id: string; name: string } | { kind: 'mapping'; pointer: string; elementId: string };
  operation: string;
  change: 'disappeared' | 'moved' | 'property_gone';
  detail?: string;
}

const refLabel = (ref: Pick<OperationRef, 'operationId' | 'method' | 'path'>) => ref.operationId ?? `${ref.method ?? ''} ${ref.path ?? ''}`.trim();

/**
 * What replacing `old` by a contract whose operations are `next` would break: links to operations
 * that no longer exist, operations whose method or path changed under the same operationId, and
 * mapped properties whose pointer is no longer in the message.
 */
export function replacementIssues(project: Project, contractId: string, next: readonly OperationDetail[], previous: readonly OperationDetail[]): ReplacementIssue[] {
  const issues: ReplacementIssue[] = [];
  const check = (ref: Pick<OperationRef, 'operationId' | 'method' | 'path'>, user: ReplacementIssue['user']) => {
    const found = findOperation(next, ref);
    if (!found) {
      issues.push({ user, operation: refLabel(ref), change: 'disappeared' });
      return undefined;
    }
    const before = findOperation(previous, ref);
    if (before && (before.method !== found.method || before.path !== found.path)) {
      issues.push({ user, operation: refLabel(ref), change: 'moved', detail: `${before.method} ${before.path} → ${found.method} ${found.path}` });
    }
    return found;
  };
  for (const interaction of project.interactions) {
    if (interaction.apiOperation?.contractId !== contractId) continue;
    check(interaction.apiOperation, { kind: 'interaction', id: interaction.id, name: interaction.name });
  }
  const contract = project.apiContracts.find((c) => c.id === contractId);
  for (const mapping of contract?.mappings ?? []) {
    const user = { kind: 'mapping' as const, pointer: mapping.pointer, elementId: mapping.elementId };
    const op = check(mapping, user);
    if (!op) continue;
    // An async result arrives as the callback's request: it is the operation's response data.
    const messages = mapping.location === 'request' ? [op.request] : [...op.responses, ...op.callbacks.map((c) => c.request)];
    const pointers = new Set(messages.flatMap((m) => flattenTree(m?.tree ?? null).map((n) => n.pointer)));
    if (!pointers.has(mapping.pointer)) issues.push({ user, operation: refLabel(mapping), change: 'property_gone', detail: mapping.pointer });
  }
  return issues;
}

/**
 * The project with the contract's text (and files) replaced by the new version; its id, name and
 * links stay, mappings whose operation disappeared are kept so the user can repair them.
 */
export function replaceContractSource(project: Project, contractId: string, replacement: ApiContract): Project {
  return {
    ...project,
    apiContracts: project.apiContracts.map((c) => {
      if (c.id !== contractId) return c;
      const next: ApiContract = { ...c, version: replacement.version, format: replacement.format, source: replacement.source };
      if (replacement.sourceName) next.sourceName = replacement.sourceName;
      if (replacement.files) next.files = replacement.files;
      else delete next.files;
      return next;
    }),
  };
}

export { readOperationDetails };
