// The `convergence` command users install is the esbuild bundle, not the TypeScript source: it
// must build, find the bundled sample from dist-cli/, and answer like the source does.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bundle = path.join(repoRoot, 'dist-cli', 'convergence.cjs');
let work: string;

function cli(...args: string[]) {
  return spawnSync(process.execPath, [bundle, ...args], { cwd: work, encoding: 'utf8' });
}

describe('the bundled command line (dist-cli/convergence.cjs)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-cli.mjs')], { cwd: repoRoot, stdio: 'pipe' });
    work = mkdtempSync(path.join(tmpdir(), 'convergence-cli-bundle-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('creates the sample, reports its counts and validates it', () => {
    expect(cli('new', 'sample.convergence', '--sample').status).toBe(0);
    const info = cli('info', 'sample.convergence', '--json');
    expect(info.status).toBe(0);
    const counts = (JSON.parse(info.stdout) as { counts: Record<string, number> }).counts;
    expect(counts.components).toBeGreaterThanOrEqual(9);
    expect(counts.processes).toBe(3);
    expect(cli('validate', 'sample.convergence').status).toBe(0);
  });

  it('exits 2 naming the file and the line for input that is not JSON, or missing', () => {
    writeFileSync(path.join(work, 'notes.convergence'), '{\n  "schemaVersion": 1,\n  oops\n}\n');
    const bad = cli('validate', 'notes.convergence');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/notes\.convergence: line 3, column 3/);
    const missing = cli('validate', 'nowhere.convergence');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nowhere.convergence');
  });
});
