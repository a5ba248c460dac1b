import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseContract } from '../../../models/contracts/analyse';
import { findEntryDocuments, joinPath, loadContract, loadSingleContract, MAX_DEPTH } from '../../../models/contracts/load';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const conformance = path.resolve(repoRoot, '..', 'shared', 'conformance');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function folder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of walk(dir)) if (/\.(ya?ml|json)$/i.test(file)) files.set(path.relative(dir, file).split(path.sep).join('/'), readFileSync(file, 'utf8'));
  return files;
}

/** Upstream files that are not valid YAML/OpenAPI, with the line the importer must name. */
const BROKEN_UPSTREAM: Record<string, number> = {
  'billInquiryBillerResponse.yml': 3,
  'Payee_initiated.json': 1,
  'accountmapper.yaml': 43,
};

describe('DCI release specs (one file each)', () => {
  const dir = path.join(conformance, 'spdci-standards', 'release', 'yaml');
  it.each(readdirSync(dir))('%s imports with its operations', (file) => {
    const result = analyseContract({ entryPath: file, files: [[file, readFileSync(path.join(dir, file), 'utf8')]] });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.analysis.specVersion).toMatch(/^3\.0/);
    expect(result.analysis.operations.length).toBeGreaterThan(0);
    // A single file never reaches others.
    expect(result.analysis.referencedFiles).toEqual([]);
  });

  it('renders request schemas as trees and lists DCI callbacks', () => {
    const file = 'social_api_v1.0.0.yaml';
    const result = analyseContract({ entryPath: file, files: [[file, readFileSync(path.join(dir, file), 'utf8')]] });
    if (!result.ok) throw new Error('not ok');
    const search = result.analysis.operations.find((op) => op.path === '/registry/search')!;
    const message = search.request!.tree!;
    expect(message.children.map((c) => c.name)).toEqual(expect.arrayContaining(['signature', 'header', 'message']));
    expect(JSON.stringify(message)).toContain('"pointer":"/message');
  });
});

describe('DCI src/ entry points (a folder with relative $refs)', () => {
  const src = path.join(conformance, 'spdci-standards', 'src');
  const files = folder(src);
  const entries = [
    'registry/social_api_v1.0.0.yaml',
    'registry/ibr_api_v1.0.0.yaml',
    'registry/dr_api_v1.0.0.yaml',
    'registry/fr_api_v1.0.0.yaml',
    'authz/authz_core_api_v1.0.0.yaml',
    'jwks/jwks_core_api_v1.0.0.yaml',
    'locations/locations_core_api_v1.0.0.yaml',
  ];

  it('finds the entry documents among the folder files', () => {
    const found = findEntryDocuments([...files].map(([p, text]) => ({ path: p, text })));
    for (const entry of entries) expect(found).toContain(entry);
  });

  it.each(entries)('%s resolves every relative reference in memory', (entry) => {
    const result = loadContract(entry, files);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.contract.refProblems).toEqual([]);
    expect(result.contract.referencedFiles.length).toBeGreaterThan(0);
    expect(JSON.stringify(result.contract.document)).not.toMatch(/"\$ref":"\.\.?\//);
  });
});

describe('GovStack payments building block', () => {
  const root = path.join(conformance, 'govstack-bb-payments');
  const all = walk(root).filter((f) => /\.(ya?ml|json)$/i.test(f));
  it.each(all.map((f) => path.relative(root, f)))('%s imports, or names file and line', (relative) => {
    const name = path.basename(relative);
    const result = loadSingleContract(name, readFileSync(path.join(root, relative), 'utf8'));
    if (BROKEN_UPSTREAM[name] !== undefined) {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatchObject({ file: name, line: BROKEN_UPSTREAM[name] });
    } else {
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      expect(result.contract.specVersion).toMatch(/^3\./);
    }
  });
});

describe('safety', () => {
  it('refuses a YAML alias bomb quickly', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 40; i++) lines.push(`${String.fromCharCode(97 + (i % 26))}${i}: &x${i} [${Array(9).fill(i === 1 ? '*a' : `*x${i - 1}`).join(',')}]`);
    const result = loadSingleContract('bomb.yaml', `openapi: 3.1.0\n${lines.join('\n')}\n`);
    expect(result).toMatchObject({ ok: false, error: { kind: 'alias_limit', file: 'bomb.yaml' } });
  });

  it('refuses absurdly nested documents, YAML and JSON, without overflowing the stack', () => {
    const deep = `openapi: 3.1.0\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    expect(loadSingleContract('deep.yaml', deep)).toMatchObject({ ok: false, error: { kind: 'too_deep', line: 2 } });
    const json = `{"openapi":"3.1.0","x":${'{"a":'.repeat(MAX_DEPTH + 5)}1${'}'.repeat(MAX_DEPTH + 5)}}`;
    expect(loadSingleContract('deep.json', json)).toMatchObject({ ok: false, error: { kind: 'too_deep' } });
  });

  it('reports http(s) references and references outside the folder, never following them', () => {
    const files = new Map([
      ['api/entry.yaml', "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'https://example.org/x.yaml#/A'}\n    B: {$ref: '../../etc/passwd'}\n    C: {$ref: 'missing.yaml'}\n    D: {$ref: 'common.yaml#/Nope'}\n    E: {$ref: 'common.yaml#/Id'}\n"],
      ['api/common.yaml', 'Id: {type: string}\n'],
    ]);
    const result = loadContract('api/entry.yaml', files);
    if (!result.ok) throw new Error('not ok');
    expect(result.contract.refProblems.map((p) => p.kind).sort()).toEqual(['external_url', 'missing_file', 'missing_target', 'outside_folder']);
    expect((result.contract.document.components as { schemas: { E: unknown } }).schemas.E).toEqual({ type: 'string' });
  });

  it('refuses Swagger 2.0 with a clear message, and non-OpenAPI text', () => {
    expect(loadSingleContract('old.yaml', "swagger: '2.0'\ninfo: {title: x}\n")).toMatchObject({ ok: false, error: { kind: 'swagger2' } });
    expect(loadSingleContract('x.yaml', 'a: 1\n')).toMatchObject({ ok: false, error: { kind: 'not_openapi' } });
  });

  it('normalises relative paths and refuses to leave the folder', () => {
    expect(joinPath('registry/api.yaml', '../common/schema/Id.yaml')).toBe('common/schema/Id.yaml');
    expect(joinPath('api.yaml', '../x.yaml')).toBeNull();
  });

  it('reports duplicate operationIds', () => {
    const text = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /a: {get: {operationId: same, responses: {}}}\n  /b: {post: {operationId: same, responses: {}}}\n";
    const result = analyseContract({ entryPath: 'a.yaml', files: [['a.yaml', text]] });
    expect(result.ok && result.analysis.duplicateOperationIds).toEqual([['same', ['GET /a', 'POST /b']]]);
  });
});
