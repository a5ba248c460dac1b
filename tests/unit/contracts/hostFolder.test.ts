import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readImportFolderFiles, OPENAPI_EXTENSIONS } from '../../../electron/fs/readFolder';
import { requireFolderImportKind } from '../../../electron/ipc/validate';
import { folderFromFiles } from '../../../renderer/host/browser';

const invalid = (run: () => unknown) => expect(run).toThrow(expect.objectContaining({ code: 'invalid-argument' }));

describe('requireFolderImportKind', () => {
  it('accepts only openapi', () => {
    expect(requireFolderImportKind('openapi')).toBe('openapi');
    for (const value of ['csv', 'OPENAPI', '', undefined, null, 1, {}, ['openapi']]) invalid(() => requireFolderImportKind(value));
  });
});

describe('readImportFolderFiles', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'cs-folder-'));
  const outside = mkdtempSync(path.join(tmpdir(), 'cs-outside-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  mkdirSync(path.join(root, 'registry'));
  mkdirSync(path.join(root, 'common', 'schema'), { recursive: true });
  writeFileSync(path.join(root, 'registry', 'api.yaml'), 'openapi: 3.0.3\n');
  writeFileSync(path.join(root, 'common', 'schema', 'Id.yml'), 'type: string\n');
  writeFileSync(path.join(root, 'notes.md'), '# not read\n');
  writeFileSync(path.join(root, 'big.json'), 'x'.repeat(2000));
  writeFileSync(path.join(outside, 'secret.yaml'), 'secret: true\n');
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'link.yaml'));
  symlinkSync(outside, path.join(root, 'linked-dir'));

  it('reads the YAML and JSON files below the folder with relative paths, never through links', async () => {
    const folder = await readImportFolderFiles(root, OPENAPI_EXTENSIONS, { maxDepth: 4, maxFiles: 10, maxFileBytes: 1000, maxTotalBytes: 10_000 });
    expect(folder.files.map((f) => f.path)).toEqual(['common/schema/Id.yml', 'registry/api.yaml']);
    expect(folder.files.some((f) => f.text.includes('secret'))).toBe(false);
    expect(folder.skipped.sort()).toEqual(['big.json', 'link.yaml', 'linked-dir']);
  });

  it('stops at the file-count limit and says what it skipped', async () => {
    const folder = await readImportFolderFiles(root, OPENAPI_EXTENSIONS, { maxDepth: 4, maxFiles: 1, maxFileBytes: 10_000, maxTotalBytes: 100_000 });
    expect(folder.files).toHaveLength(1);
    expect(folder.skipped.length).toBeGreaterThanOrEqual(2);
  });
});

describe('browser folderFromFiles', () => {
  it('keeps paths relative to the picked folder and only the wanted extensions', async () => {
    const file = (relativePath: string, text: string) => {
      const f = new File([text], relativePath.split('/').pop()!);
      Object.defineProperty(f, 'webkitRelativePath', { value: relativePath });
      return f;
    };
    const folder = await folderFromFiles(
      [file('src/registry/api.yaml', 'openapi: 3.0.3'), file('src/common/Id.yaml', 'type: string'), file('src/readme.md', '#')],
      ['.yaml', '.yml', '.json'],
    );
    expect(folder).toEqual({
      name: 'src',
      files: [
        { path: 'common/Id.yaml', text: 'type: string' },
        { path: 'registry/api.yaml', text: 'openapi: 3.0.3' },
      ],
      skipped: [],
    });
  });
});
