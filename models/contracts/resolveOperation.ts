// Turning an OperationRef (how interactions and process steps name an API operation: by
// operationId, or by method and path) into the method and path a reader recognises. Panels show
// this on every render, so the operations of a contract are read once per contract text and kept.

import type { ApiContract, OperationRef } from '../project/types';
import { findOperation } from './importContract';
import { readContract, type ContractOperation } from './operations';

/** Contract texts whose operations are kept; a project has a handful of contracts, never hundreds. */
const CACHE_LIMIT = 32;
const operationsBySource = new Map<string, readonly ContractOperation[]>();

/**
 * The operations of a contract's own document, read once per (format, source) text. A text that
 * cannot be read has no operations. Oldest entries leave first when the cache is full.
 */
export function contractOperations(contract: Pick<ApiContract, 'source' | 'format'>): readonly ContractOperation[] {
  const key = `${contract.format}\u0000${contract.source}`;
  const cached = operationsBySource.get(key);
  if (cached) return cached;
  const read = readContract(contract.source, contract.format);
  const operations = read.ok ? read.document.operations : [];
  if (operationsBySource.size >= CACHE_LIMIT) {
    const oldest = operationsBySource.keys().next().value;
    if (oldest !== undefined) operationsBySource.delete(oldest);
  }
  operationsBySource.set(key, operations);
  return operations;
}

export interface ResolvedOperation {
  /** The contract the ref names, when the project has it. */
  contract?: ApiContract;
  /** The operation of that contract the ref names, when the contract's document has it. */
  operation?: ContractOperation;
  /** Upper-case method, from the operation or else from the ref itself. */
  method?: string;
  path?: string;
  operationId?: string;
}

export function resolveOperationRef(contracts: readonly ApiContract[], ref: OperationRef): ResolvedOperation {
  const contract = contracts.find((c) => c.id === ref.contractId);
  const operation = contract ? findOperation(contractOperations(contract), ref) : undefined;
  const out: ResolvedOperation = {};
  if (contract) out.contract = contract;
  if (operation) out.operation = operation;
  const method = operation?.method ?? ref.method?.toUpperCase();
  const path = operation?.path ?? ref.path;
  const operationId = operation?.operationId ?? ref.operationId;
  if (method) out.method = method;
  if (path) out.path = path;
  if (operationId) out.operationId = operationId;
  return out;
}

/**
 * "POST /registry/search" when method and path are known (from the contract, else from the ref),
 * otherwise the operationId, otherwise ''.
 */
export function methodAndPath(resolved: Pick<ResolvedOperation, 'method' | 'path' | 'operationId'>): string {
  if (resolved.method && resolved.path) return `${resolved.method} ${resolved.path}`;
  if (resolved.path) return resolved.path;
  return resolved.operationId ?? '';
}
