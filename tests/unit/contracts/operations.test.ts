import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupOperationsByTag, readContract, type ContractDocument } from '../../../models/contracts/operations';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const conformance = path.resolve(repoRoot, '..', 'shared', 'conformance');
const read = (...parts: string[]) => readFileSync(path.join(conformance, ...parts), 'utf8');

function mustRead(source: string, format: 'yaml' | 'json' = 'yaml'): ContractDocument {
  const result = readContract(source, format);
  if (!result.ok) throw new Error(`expected a contract, got ${JSON.stringify(result.error)}`);
  return result.document;
}

describe('readContract on the DCI release specs', () => {
  it('lists the six social registry operations with their servers and tags', () => {
    const doc = mustRead(read('spdci-standards', 'release', 'yaml', 'social_api_v1.0.0.yaml'));
    expect(doc.specVersion).toBe('3.0.3');
    expect(doc.servers).toEqual([{ url: 'https://sandbox.spdci.org/namespace/v1.0.0', description: 'Sandbox Server' }]);
    expect(doc.operations.map((o) => `${o.method} ${o.path} ${o.operationId}`)).toEqual([
      'POST /registry/search post_reg_search',
      'POST /registry/on-search post_reg_on-search',
      'POST /registry/txn/status post_reg_txnstatus',
      'POST /registry/txn/on-status post_reg_on-txnstatus',
      'POST /registry/sync/search post_reg_sync_search',
      'POST /registry/sync/txn/status post_reg_sync_txnstatus',
    ]);
    expect(doc.operations[0]?.summary).toBe('/registry/search');
  });

  it('groups the social registry operations under the tags that have operations only', () => {
    const doc = mustRead(read('spdci-standards', 'release', 'yaml', 'social_api_v1.0.0.yaml'));
    // DCI declares schema-documentation tags (SearchRequest...) that no operation uses.
    expect(doc.tags.map((t) => t.name)).toContain('SearchRequest');
    const groups = groupOperationsByTag(doc);
    expect(groups.map((g) => [g.tag, g.operations.length])).toEqual([
      ['Async', 4],
      ['Sync', 2],
    ]);
    expect(groups[0]?.description).toBe('Async endpoints');
  });

  it('reads every bundled DCI spec with one operation per operationId', () => {
    const dir = path.join(conformance, 'spdci-standards', 'release', 'yaml');
    const expected: Record<string, number> = {
      'authz_core_api_v1.0.0.yaml': 1,
      'dr_api_v1.0.0.yaml': 10,
      'fr_api_v1.0.0.yaml': 7,
      'ibr_api_v1.0.0.yaml': 8,
      'jwks_core_api_v1.0.0.yaml': 1,
      'locations_core_api_v1.0.0.yaml': 1,
      'social_api_v1.0.0.yaml': 6,
    };
    expect(readdirSync(dir).sort()).toEqual(Object.keys(expected).sort());
    for (const [file, count] of Object.entries(expected)) {
      const doc = mustRead(readFileSync(path.join(dir, file), 'utf8'));
      expect(doc.operations, file).toHaveLength(count);
      expect(doc.operations.every((o) => o.operationId !== undefined), file).toBe(true);
    }
  });

  it('finds the GET of the JWKS well-known document', () => {
    const doc = mustRead(read('spdci-standards', 'release', 'yaml', 'jwks_core_api_v1.0.0.yaml'));
    expect(doc.operations.map((o) => [o.method, o.path, o.operationId])).toEqual([
      ['GET', '/.well-known/jwks.json', 'get_jwks_json'],
    ]);
  });

  it('reads an unbundled DCI entry point without resolving its external $refs', () => {
    const doc = mustRead(read('spdci-standards', 'src', 'registry', 'ibr_api_v1.0.0.yaml'));
    expect(doc.operations.length).toBeGreaterThan(0);
    expect(doc.operations.map((o) => o.path)).toContain('/registry/sync/enrolled');
  });
});

describe('readContract on the GovStack payments specs', () => {
  it('reads the batch hand-over as one untagged POST without servers', () => {
    const doc = mustRead(read('govstack-bb-payments', 'api', 'G2P API YAMLs', 'BulkPayment.yml'));
    expect(doc.title).toBe('Batch Transaction Handover API');
    expect(doc.version).toBe('1.0.2');
    expect(doc.servers).toEqual([]);
    expect(doc.operations).toHaveLength(1);
    expect(doc.operations[0]).toMatchObject({
      method: 'POST',
      path: '/batchtransactions',
      summary: 'Handover Batch of Credit Instructions.',
      tags: [],
      callbacks: [],
    });
    expect(doc.operations[0]?.operationId).toBeUndefined();
    expect(groupOperationsByTag(doc)).toEqual([{ operations: doc.operations }]);
  });

  it('reads the two GETs of the P2G spec and the server of the bulk payments spec', () => {
    const p2g = mustRead(read('govstack-bb-payments', 'spec', '.gitbook', 'assets', 'P2G.yaml'));
    expect(p2g.specVersion).toBe('3.0.1');
    expect(p2g.operations.map((o) => `${o.method} ${o.path}`)).toEqual([
      'GET /bills/{billId}',
      'GET /transferRequests/{transferRequestId}',
    ]);
    const bulk = mustRead(read('govstack-bb-payments', 'spec', '.gitbook', 'assets', 'BulkPayments.yaml'));
    expect(bulk.servers.map((s) => s.url)).toEqual(['https://payments-bb.example.com']);
    expect(bulk.operations.map((o) => o.path)).toContain('/credit-instructions');
  });

  it('reads every api/ file that is valid YAML, and reports the one with a Markdown fence', () => {
    const apiDir = path.join(conformance, 'govstack-bb-payments', 'api');
    let read = 0;
    for (const folder of readdirSync(apiDir)) {
      for (const file of readdirSync(path.join(apiDir, folder))) {
        const result = readContract(readFileSync(path.join(apiDir, folder, file), 'utf8'), 'yaml');
        if (file === 'billInquiryBillerResponse.yml') {
          expect(result.ok).toBe(false);
          continue;
        }
        expect(result.ok, `${folder}/${file}`).toBe(true);
        if (result.ok) expect(result.document.operations.length, `${folder}/${file}`).toBeGreaterThan(0);
        read += 1;
      }
    }
    expect(read).toBe(35);
  });
});

describe('readContract errors', () => {
  it('reports the unclosed quote of accountmapper.yaml as a syntax error with its position', () => {
    const result = readContract(read('govstack-bb-payments', 'spec', '.gitbook', 'assets', 'accountmapper.yaml'), 'yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('syntax');
    if (result.error.kind !== 'syntax') return;
    expect(result.error.message.length).toBeGreaterThan(0);
    expect(result.error.line).toBeGreaterThanOrEqual(42);
  });

  it('reports a raw HTTP request stored as JSON as a JSON syntax error', () => {
    const result = readContract(read('govstack-bb-payments', 'spec', '.gitbook', 'assets', 'Payee_initiated.json'), 'json');
    expect(result).toMatchObject({ ok: false, error: { kind: 'syntax' } });
  });

  it('tells a YAML list and a YAML document without openapi apart', () => {
    expect(readContract('- a\n- b\n', 'yaml')).toEqual({ ok: false, error: { kind: 'not_an_object' } });
    expect(readContract('title: hello\n', 'yaml')).toEqual({ ok: false, error: { kind: 'not_openapi' } });
    expect(readContract('', 'yaml')).toEqual({ ok: false, error: { kind: 'not_an_object' } });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom<'yaml' | 'json'>('yaml', 'json'), (source, format) => {
        const result = readContract(source, format);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('readContract on OpenAPI 3.1 features', () => {
  const source = JSON.stringify({
    openapi: '3.1.0',
    info: { title: 'Disbursement', version: '1.0.0' },
    servers: [{ url: 'https://g2p.example.org/v1' }, { description: 'no url, ignored' }],
    tags: [{ name: 'Disburse' }, { name: 'Status', description: 'Status queries' }],
    paths: {
      '/disburse': {
        parameters: [],
        post: {
          operationId: 'disburse',
          tags: ['Disburse'],
          callbacks: { onDisburse: {}, onError: {} },
        },
      },
      '/disburse/txn/status': {
        post: { operationId: 'status', tags: ['Status', 'Disburse'], deprecated: true },
        get: { summary: 'untagged' },
      },
      '/broken': 'not a path item',
    },
    webhooks: { beneficiaryUpdated: { post: { operationId: 'onBeneficiaryUpdated', summary: 'Pushed on change' } } },
  });

  it('reads callbacks, deprecation, methods in path-item order and webhooks', () => {
    const doc = mustRead(source, 'json');
    expect(doc.servers).toEqual([{ url: 'https://g2p.example.org/v1' }]);
    expect(doc.operations.map((o) => `${o.method} ${o.path}`)).toEqual([
      'POST /disburse',
      'GET /disburse/txn/status',
      'POST /disburse/txn/status',
    ]);
    expect(doc.operations[0]?.callbacks).toEqual(['onDisburse', 'onError']);
    expect(doc.operations[2]?.deprecated).toBe(true);
    expect(doc.webhooks).toEqual([
      { name: 'beneficiaryUpdated', method: 'POST', operationId: 'onBeneficiaryUpdated', summary: 'Pushed on change' },
    ]);
  });

  it('lists an operation under each of its tags, declared order first, untagged last', () => {
    const groups = groupOperationsByTag(mustRead(source, 'json'));
    expect(groups.map((g) => [g.tag, g.operations.map((o) => o.operationId ?? o.summary)])).toEqual([
      ['Disburse', ['disburse', 'status']],
      ['Status', ['status']],
      [undefined, ['untagged']],
    ]);
    expect(groups[1]?.description).toBe('Status queries');
  });

  it('puts tags that are used but not declared after the declared ones', () => {
    const groups = groupOperationsByTag({
      tags: [{ name: 'B' }],
      operations: [
        { method: 'GET', path: '/x', tags: ['Z'], callbacks: [], deprecated: false },
        { method: 'GET', path: '/y', tags: ['B'], callbacks: [], deprecated: false },
      ],
    });
    expect(groups.map((g) => g.tag)).toEqual(['B', 'Z']);
  });

  it('derives Swagger 2.0 servers from host, basePath and schemes', () => {
    const doc = mustRead('swagger: "2.0"\nhost: api.example.org\nbasePath: /v2\nschemes: [http, https]\npaths: {}\n');
    expect(doc.specVersion).toBe('2.0');
    expect(doc.servers.map((s) => s.url)).toEqual(['http://api.example.org/v2', 'https://api.example.org/v2']);
  });
});

describe('readContract on YAML that parses but cannot be built', () => {
  it('reports an alias without its anchor as a syntax error instead of throwing', () => {
    const result = readContract('*missing', 'yaml');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind === 'syntax' && result.error.message).toMatch(/alias/i);
  });
});
