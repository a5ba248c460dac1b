// Golden files: every format exported from the sample, compared byte for byte with
// tests/golden/<scope>/<format>/. After a deliberate change, review the diff and rewrite them
// with `UPDATE_GOLDEN=1 npx vitest run tests/unit/export/golden.test.ts`.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProject, PLAIN_EXPORT_FORMATS, type ExportArtifact } from '../../../models/export';
import { repoRoot, sampleProject } from './fixtures';

const goldenRoot = path.join(repoRoot, 'tests', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

const SCOPES: Array<{ dir: string; scenarioId?: string }> = [{ dir: 'project' }, { dir: 'register-child', scenarioId: 'register-child' }];

function compare(dir: string, files: ExportArtifact[]) {
  if (update) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const file of files) writeFileSync(path.join(dir, file.name), file.text!);
  }
  expect(existsSync(dir), `${dir} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(files.map((f) => f.name).sort()).toEqual(readdirSync(dir).sort());
  for (const file of files) {
    const golden = readFileSync(path.join(dir, file.name), 'utf8');
    // toBe on the whole text gives a line diff on failure.
    expect(file.text, `${path.relative(repoRoot, dir)}/${file.name}`).toBe(golden);
  }
}

describe('golden exports of the sample', () => {
  for (const scope of SCOPES) {
    for (const format of PLAIN_EXPORT_FORMATS) {
      it(`${scope.dir} ${format}`, async () => {
        const files = await exportProject(sampleProject(), format, scope.scenarioId ? { scenarioId: scope.scenarioId } : {});
        expect(files.length).toBeGreaterThan(0);
        compare(path.join(goldenRoot, scope.dir, format), files);
      });
    }
  }

  it('is deterministic, and the timestamp only appears when asked for', async () => {
    const a = await exportProject(sampleProject(), 'html', {});
    const b = await exportProject(sampleProject(), 'html', { timestamp: null });
    expect(a[0]!.text).toBe(b[0]!.text);
    const stamped = await exportProject(sampleProject(), 'json', { timestamp: '2026-01-02T03:04:05Z' });
    expect(JSON.parse(stamped[0]!.text!).specification.metadata.generatedAt).toBe('2026-01-02T03:04:05Z');
    const plain = await exportProject(sampleProject(), 'json', {});
    expect(JSON.parse(plain[0]!.text!).specification.metadata.generatedAt).toBeUndefined();
    expect(a[0]!.text).not.toContain('2026-');
  });
});
