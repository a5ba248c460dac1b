// operationsOfContract reads single-file YAML contracts with the quick plain-YAML reader when it
// can: the operations (or the failure) must be what the contracts loader gives.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateProject } from '../../../../bench/generate';
import { loadStoredContract } from '../../../../models/contracts/load';
import { readContractValue } from '../../../../models/contracts/operations';
import type { ApiContract } from '../../../../models/project/types';
import { forgetContractOperations, operationsOfContract, type ContractOperations } from '../../../../models/validation/contractOperations';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

type Read = { ok: true; operations: unknown } | { ok: false; error: string };

/** The loader's answer, as contractOperations gave it before the quick reader. */
function loaderOperations(contract: ApiContract): Read {
  const loaded = loadStoredContract(contract);
  if (!loaded.ok) return { ok: false, error: loaded.error.message };
  const document = readContractValue(loaded.contract.document);
  return document.ok ? { ok: true, operations: document.document.operations } : { ok: false, error: document.error.kind };
}

/** The answer without its lookup tables (built from the operations). */
const withoutLookup = (read: ContractOperations): Read => (read.ok ? { ok: true, operations: read.operations } : read);

function openapiFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return openapiFiles(file);
    return /\.(ya?ml|json)$/.test(name) ? [file] : [];
  });
}

const single = (file: string, text: string): ApiContract => ({
  id: path.basename(file),
  name: path.basename(file),
  version: '1',
  format: file.endsWith('.json') ? 'json' : 'yaml',
  source: text,
  sourceName: path.basename(file),
});

describe('operationsOfContract', () => {
  it('gives the loader\'s operations for the generated, sample and conformance contracts', () => {
    forgetContractOperations();
    const contracts = [
      ...generateProject('M').apiContracts,
      ...[...openapiFiles(path.join(repoRoot, 'assets', 'sample', 'src', 'contracts')), ...openapiFiles(path.resolve(repoRoot, '..', 'shared', 'conformance', 'spdci-standards'))].map((file) =>
        single(file, readFileSync(file, 'utf8')),
      ),
    ];
    expect(contracts.length).toBeGreaterThan(20);
    for (const contract of contracts) expect(withoutLookup(operationsOfContract(contract)), contract.id).toEqual(loaderOperations(contract));
  });

  it('leaves references to other files, Swagger 2 and unreadable texts to the loader', () => {
    forgetContractOperations();
    const base = 'openapi: 3.1.0\ninfo: { title: T, version: "1" }\npaths:\n  /a:\n    post:\n      operationId: a\n';
    const texts = [
      base,
      `${base}  /b:\n    $ref: paths.yaml#/b\n`,
      'swagger: "2.0"\npaths: {}\n',
      'openapi: [3]\n',
      'openapi: 3.1.0\npaths:\n  /a: { post: { operationId: a }\n',
      `${'['.repeat(130)}\n`,
    ];
    for (const [i, text] of texts.entries()) {
      const contract = single(`c${i}.yaml`, text);
      expect(withoutLookup(operationsOfContract(contract)), text).toEqual(loaderOperations(contract));
    }
  });
});
