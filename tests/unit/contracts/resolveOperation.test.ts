import { describe, expect, it } from 'vitest';
import { contractOperations, methodAndPath, resolveOperationRef } from '../../../models/contracts/resolveOperation';
import type { ApiContract } from '../../../models/project/types';

const source = `openapi: 3.1.0
info: { title: Registry, version: '1.0' }
paths:
  /registry/search:
    post: { operationId: search, summary: Search }
  /registry/{id}:
    get: { summary: One record }
`;
const contract: ApiContract = { id: 'registry', name: 'Registry API', version: '1.0', format: 'yaml', source };

describe('resolveOperationRef', () => {
  it('finds method and path from the operationId alone', () => {
    const resolved = resolveOperationRef([contract], { contractId: 'registry', operationId: 'search' });
    expect(resolved.operation?.operationId).toBe('search');
    expect(methodAndPath(resolved)).toBe('POST /registry/search');
  });

  it('finds an operation without operationId by method (any case) and path', () => {
    const resolved = resolveOperationRef([contract], { contractId: 'registry', method: 'get', path: '/registry/{id}' });
    expect(resolved.operation?.summary).toBe('One record');
    expect(methodAndPath(resolved)).toBe('GET /registry/{id}');
  });

  it('falls back to what the ref itself says when the contract lacks the operation', () => {
    const resolved = resolveOperationRef([contract], { contractId: 'registry', operationId: 'gone', method: 'delete', path: '/old' });
    expect(resolved.operation).toBeUndefined();
    expect(resolved.contract?.id).toBe('registry');
    expect(methodAndPath(resolved)).toBe('DELETE /old');
  });

  it('shows the operationId when neither contract nor ref knows method and path', () => {
    const resolved = resolveOperationRef([], { contractId: 'missing', operationId: 'lookup' });
    expect(resolved.contract).toBeUndefined();
    expect(methodAndPath(resolved)).toBe('lookup');
  });

  it('reads a contract text once and reuses the result for an equal text', () => {
    const first = contractOperations(contract);
    const copy: ApiContract = { ...contract, id: 'copy', source: `${source}` };
    expect(contractOperations(copy)).toBe(first);
    const changed = contractOperations({ ...contract, source: source.replace('/registry/search', '/registry/find') });
    expect(changed).not.toBe(first);
    expect(changed.map((op) => op.path)).toContain('/registry/find');
  });

  it('has no operations for text that is not a contract', () => {
    expect(contractOperations({ format: 'json', source: '{ not json' })).toEqual([]);
  });
});
