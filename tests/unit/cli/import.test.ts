import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kindOfInput } from '../../../electron/cli/importCommand';
import { runCli } from '../../../electron/cli/run';
import { codeListTable, dictionaryTable } from '../../../models/dictionary/tableExport';
import { writeXlsx } from '../../../models/dictionary/xlsx';
import { openProjectText } from '../../../models/project/open';
import { serializeProject } from '../../../models/project/serialize';
import { smallProject } from '../models/fixtures';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const conformance = path.resolve(repoRoot, '..', 'shared', 'conformance');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'convergence-import-'));
  writeFileSync(path.join(dir, 'p.convergence'), serializeProject(smallProject()));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: dir });
  return { code, stdout, stderr };
}

const project = () => {
  const opened = openProjectText(readFileSync(path.join(dir, 'p.convergence'), 'utf8'));
  if (!opened.ok) throw new Error('unreadable');
  return opened.project;
};

describe('convergence import', () => {
  it('tells the kind from the extension', () => {
    expect(kindOfInput('a.bpmn', false)).toBe('bpmn');
    expect(kindOfInput('a.YML', false)).toBe('openapi');
    expect(kindOfInput('a.csv', false)).toBe('csv');
    expect(kindOfInput('a.xlsx', false)).toBe('xlsx');
    expect(kindOfInput('src', true)).toBe('openapi');
    expect(kindOfInput('a.doc', false)).toBeUndefined();
  });

  it('imports an OpenAPI file, keeping its text verbatim', async () => {
    const input = path.join(conformance, 'spdci-standards', 'release', 'yaml', 'ibr_api_v1.0.0.yaml');
    const result = await cli('import', 'p.convergence', input);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Imported into p\.convergence: contract '.*' \(ibr-api-v1-0-0, OpenAPI 3\.0\.3/);
    const contract = project().apiContracts.at(-1)!;
    expect(contract.source).toBe(readFileSync(input, 'utf8'));
    expect(contract.sourceName).toBe('ibr_api_v1.0.0.yaml');
  });

  it('imports one entry of a folder with its referenced files', async () => {
    const result = await cli('import', 'p.convergence', path.join(conformance, 'spdci-standards', 'src'), '--entry', 'registry/social_api_v1.0.0.yaml', '--name', 'DCI Social Registry');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const contract = project().apiContracts.at(-1)!;
    expect(contract.name).toBe('DCI Social Registry');
    expect(contract.sourceName).toBe('registry/social_api_v1.0.0.yaml');
    expect(contract.files!.some((f) => f.path === 'common/schema/TransactionId.yaml')).toBe(true);
  });

  it('refuses a broken file with file and line, and writes nothing', async () => {
    const before = readFileSync(path.join(dir, 'p.convergence'), 'utf8');
    const result = await cli('import', 'p.convergence', path.join(conformance, 'govstack-bb-payments', 'spec', '.gitbook', 'assets', 'accountmapper.yaml'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/accountmapper\.yaml:43:1: Missing closing "quote/);
    expect(result.stderr).toMatch(/p\.convergence was not changed/);
    expect(readFileSync(path.join(dir, 'p.convergence'), 'utf8')).toBe(before);
  });

  it('imports dictionary rows from CSV, reporting rejected rows by line', async () => {
    writeFileSync(path.join(dir, 'd.csv'), 'name,type,definition\r\nHousehold size,integer,Members\r\nBad,blob,x\r\n');
    const result = await cli('import', 'p.convergence', 'd.csv');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Imported into p.convergence: 1 data element added, 0 updated, 1 rejected\n');
    expect(result.stderr).toBe("warning: d.csv:3: rejected: unknown type 'blob'\n");
    expect(project().dataElements.at(-1)).toMatchObject({ id: 'household-size', type: 'integer' });
  });

  it('refuses OpenG2P registry records as a dictionary', async () => {
    const result = await cli('import', 'p.convergence', path.join(conformance, 'openg2p-data', 'sample-data', 'registry-individual-data.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not imported: no column holds data-element names/);
  });

  it('imports dictionary rows from XLSX', async () => {
    const source = smallProject();
    source.dataElements = source.dataElements.map((e) => ({ ...e, id: `x.${e.id}` }));
    writeFileSync(path.join(dir, 'd.xlsx'), await writeXlsx([{ name: 'Data elements', rows: dictionaryTable(source) }, { name: 'Code lists', rows: codeListTable(source) }]));
    const result = await cli('import', 'p.convergence', 'd.xlsx');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/4 data elements added/);
  });

  it('imports a BPMN process', async () => {
    const input = path.join(conformance, 'bpmn-miwg', 'Reference', 'A.1.0.bpmn');
    const result = await cli('import', 'p.convergence', input, '--name', 'Reference A.1.0');
    expect(result.code, result.stderr).toBe(0);
    expect(project().processes.at(-1)!.name).toBe('Reference A.1.0');
  });

  it('reports usage errors', async () => {
    expect((await cli('import', 'p.convergence')).code).toBe(2);
    expect((await cli('import', 'p.convergence', 'nothing.yaml')).code).toBe(2);
    writeFileSync(path.join(dir, 'x.doc'), 'x');
    expect((await cli('import', 'p.convergence', 'x.doc')).stderr).toMatch(/--as/);
    expect((await cli('import', 'p.convergence', 'x.doc', '--as', 'pdf')).code).toBe(2);
  });
});
