import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assetPathCandidates, resolveAssetPath } from '../../../electron/cli/assetPath';
import { runCli } from '../../../electron/cli/run';
import { SAMPLE_ASSET } from '../../../electron/cli/newCommand';
import { openProjectText } from '../../../models/project/open';
import { serializeProject } from '../../../models/project/serialize';
import { smallProject } from '../models/fixtures';
// A project every rule accepts (bpmnlint included): the validate tests break it on purpose.
import { cleanProject } from '../validation/fixtures';

const NOW = '2025-06-01T12:00:00.000Z';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const samplePath = path.join(repoRoot, 'assets', SAMPLE_ASSET);

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'convergence-cli-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: dir,
    now: () => NOW,
  });
  return { code, stdout, stderr };
}

const write = (name: string, text: string): void => writeFileSync(path.join(dir, name), text);
const read = (name: string): string => readFileSync(path.join(dir, name), 'utf8');

describe('convergence new', () => {
  it('creates an empty project named after the file', async () => {
    const result = await cli('new', 'child.convergence');
    expect(result).toEqual({ code: 0, stdout: "Created child.convergence: an empty project, named 'child'\n", stderr: '' });
    const opened = openProjectText(read('child.convergence'));
    expect(opened.ok && opened.project.project).toEqual({ name: 'child', authors: [], created: NOW, updated: NOW });
    expect(opened.ok && serializeProject(opened.project)).toBe(read('child.convergence'));
  });

  it('takes the name from --name, in either spelling', async () => {
    expect((await cli('new', 'a.convergence', '--name', 'Child Grant')).code).toBe(0);
    expect((await cli('new', '--name=Pension pilot', 'b.convergence')).code).toBe(0);
    expect(JSON.parse(read('a.convergence')).project.name).toBe('Child Grant');
    expect(JSON.parse(read('b.convergence')).project.name).toBe('Pension pilot');
  });

  it('refuses to replace an existing file unless --force is given', async () => {
    write('child.convergence', 'precious');
    const refused = await cli('new', 'child.convergence');
    expect(refused).toEqual({
      code: 1,
      stdout: '',
      stderr: 'convergence: child.convergence already exists; use --force to replace it\n',
    });
    expect(read('child.convergence')).toBe('precious');
    expect((await cli('new', 'child.convergence', '--force')).code).toBe(0);
    expect(JSON.parse(read('child.convergence')).schemaVersion).toBe(3);
  });

  it('names the file when it cannot be written', async () => {
    const result = await cli('new', path.join('missing-folder', 'x.convergence'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^convergence: missing-folder[\\/]x\.convergence: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.skipIf(!existsSync(samplePath))('copies the bundled sample with --sample (skipped until assets/sample/child-grant.convergence is built)', async () => {
    const result = await cli('new', 'sample.convergence', '--sample', '--name', 'My copy');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const opened = openProjectText(read('sample.convergence'));
    if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
    const original = openProjectText(readFileSync(samplePath, 'utf8'));
    if (!original.ok) throw new Error('the sample does not open');
    expect(opened.project.project).toMatchObject({ name: 'My copy', created: NOW, updated: NOW });
    expect(opened.project.components).toEqual(original.project.components);
    expect(opened.project.processes).toEqual(original.project.processes);
  });
});

describe('resolveAssetPath', () => {
  it('looks in ../../assets from the sources and ../assets from the bundle', () => {
    expect(assetPathCandidates('sample/x.convergence', '/app/electron/cli')).toEqual([
      path.resolve('/app/assets/sample/x.convergence'),
      path.resolve('/app/electron/assets/sample/x.convergence'),
    ]);
    expect(assetPathCandidates('sample/x.convergence', '/app/dist-cli')[1]).toBe(path.resolve('/app/assets/sample/x.convergence'));
    expect(resolveAssetPath('no/such/asset.txt')).toBeUndefined();
  });
});

describe('convergence info', () => {
  it('prints counts of every entity kind as JSON', async () => {
    write('small.convergence', serializeProject(smallProject()));
    const result = await cli('info', 'small.convergence', '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      file: 'small.convergence',
      name: 'Child grant (test)',
      schemaVersion: 3,
      counts: {
        components: 3,
        interactions: 3,
        processes: 1,
        processSteps: 2,
        dataElements: 4,
        codeLists: 1,
        apiContracts: 1,
        scenarios: 1,
      },
    });
  });

  it('prints a readable table and says when a file was read from an older schema', async () => {
    write('old.convergence', readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'projects', 'v0-example.convergence'), 'utf8'));
    const before = read('old.convergence');
    const result = await cli('info', 'old.convergence');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 5)).toEqual([
      'Old-age allowance pilot',
      '  File           old.convergence',
      '  Schema         3 (read from schema 0; the file itself is unchanged)',
      '  Components     4',
      '  Interactions   4',
    ]);
    expect(read('old.convergence')).toBe(before);
  });

  it('exits 2 naming the file when it does not exist', async () => {
    expect(await cli('info', 'nothing.convergence')).toEqual({ code: 2, stdout: '', stderr: 'nothing.convergence: No such file\n' });
  });
});

describe('convergence validate', () => {
  it('exits 0 on a good project', async () => {
    write('good.convergence', serializeProject(cleanProject()));
    expect(await cli('validate', 'good.convergence')).toEqual({
      code: 0,
      stdout: 'good.convergence: no problems found\n',
      stderr: '',
    });
  });

  it('exits 1 and lists broken references with their paths', async () => {
    const project = cleanProject();
    project.interactions[1]!.from = 'registrar';
    project.components[0]!.type = 'registy';
    write('broken.convergence', serializeProject(project));
    const result = await cli('validate', 'broken.convergence');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        "broken.convergence: warning: components[0].type: unknown component type 'registy' [unknown-catalog-id]",
        // The civil registry lost its only interaction with the edit.
        "broken.convergence: warning: components[2]: component 'Civil registry' (crvs) takes part in no interaction [orphan-component]",
        "broken.convergence: error: interactions[1].from: unknown component 'registrar' [broken-reference]",
        'broken.convergence: 1 error, 2 warnings, 0 notes',
        '',
      ].join('\n'),
    );
    const json = await cli('validate', 'broken.convergence', '--format', 'json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.summary).toEqual({ error: 1, warning: 2, info: 0 });
    expect(report.problems[2]).toEqual({
      ruleId: 'broken-reference',
      severity: 'error',
      message: "interactions[1].from: unknown component 'registrar'",
      path: 'interactions[1].from',
      target: { kind: 'interactions', id: 'crvs-notifies-mis' },
    });
  });

  it('exits 0 when only warnings are found', async () => {
    const project = cleanProject();
    project.components[0]!.type = 'registy';
    write('warn.convergence', serializeProject(project));
    expect((await cli('validate', 'warn.convergence')).code).toBe(0);
  });

  it('exits 2 with the line and column when the file is not JSON', async () => {
    write('bad.convergence', '{\n  "schemaVersion": 1,\n  "project": {,\n}\n');
    expect(await cli('validate', 'bad.convergence')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bad.convergence: line 3, column 15: Unexpected token , in JSON: expected a property name in double quotes\n',
    });
  });

  it('exits 2 for a file written by a newer version', async () => {
    write('future.convergence', JSON.stringify({ schemaVersion: 4, project: {} }));
    const result = await cli('validate', 'future.convergence', '--format', 'sarif');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'future.convergence: schemaVersion: This file was written by a newer version of Convergence Studio (schema 4); this version reads up to schema 3. Update the app to open it.\n',
    );
  });

  it('exits 2 listing every schema problem with its path', async () => {
    const document = JSON.parse(serializeProject(smallProject()));
    document.components[1].type = 42;
    document.interactions[0].colour = 'red';
    write('schema.convergence', JSON.stringify(document));
    const result = await cli('validate', 'schema.convergence');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'schema.convergence: components[1].type: Expected string, received number',
      'schema.convergence: interactions[0].colour: Unknown field: it is not part of a Convergence Studio project (check the spelling)',
    ]);
  });

  it('writes SARIF 2.1.0 with rules, levels, messages and locations', async () => {
    const project = cleanProject();
    project.interactions[0]!.to = 'ghost';
    project.processes[0]!.phase = 'payments';
    write('sarif.convergence', serializeProject(project));
    const result = await cli('validate', 'sarif.convergence', '--format=sarif');
    expect(result.code).toBe(1);
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(sarif.runs).toHaveLength(1);
    const [run] = sarif.runs;
    expect(run.tool.driver.name).toBe('Convergence Studio');
    const ruleIds = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(ruleIds).toEqual(expect.arrayContaining(['broken-reference', 'unknown-catalog-id']));
    expect(run.results).toEqual([
      {
        ruleId: 'broken-reference',
        ruleIndex: ruleIds.indexOf('broken-reference'),
        level: 'error',
        message: { text: "interactions[0].to: unknown component 'ghost'" },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: 'sarif.convergence', index: 0 } },
            logicalLocations: [{ fullyQualifiedName: 'interactions[0].to', kind: 'member' }],
          },
        ],
      },
      expect.objectContaining({ ruleId: 'unknown-catalog-id', level: 'warning' }),
    ]);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
  });

  it('rejects an unknown format as a usage error', async () => {
    write('good.convergence', serializeProject(smallProject()));
    const result = await cli('validate', 'good.convergence', '--format', 'xml');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^convergence validate: unknown format 'xml' \(expected text, json or sarif\)\n\nUsage:/);
  });
});

describe('usage', () => {
  it('prints help and the version', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: convergence <command>/);
    expect(help.stdout).toContain('validate FILE [--format text|json|sarif]');
    const version = await cli('--version');
    expect(version).toEqual({ code: 0, stdout: `${JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version}\n`, stderr: '' });
  });

  it('treats unknown commands and unknown options as usage errors (exit 2)', async () => {
    for (const argv of [['serve', 'x.convergence', '--port', '80'], ['frobnicate']]) {
      const result = await cli(...argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^convergence: unknown command '${argv[0]}'\\n\\nUsage:`));
      expect(result.stderr).not.toContain('serve FILE');
    }
    // export exists since issue 7 and is listed in the usage.
    expect((await cli('--help')).stdout).toContain('export FILE --format');
    expect((await cli('info', 'x.convergence', '--verbose')).stderr).toMatch(/^convergence info: unknown option '--verbose'/);
    expect((await cli('new')).stderr).toMatch(/^convergence new: 'new' needs the FILE to create/);
    expect((await cli()).code).toBe(2);
  });
});
