import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFileName, readProjectFile, withProjectExtension } from '../../../electron/fs/projectFiles';

describe('project file names', () => {
  it('adds the extension only when the chosen name has none', () => {
    expect(withProjectExtension('/p/child')).toBe('/p/child.convergence');
    expect(withProjectExtension('/p/child.convergence')).toBe('/p/child.convergence');
    expect(withProjectExtension('/p/child.json')).toBe('/p/child.json');
  });

  it('suggests a file name from the project name', () => {
    expect(projectFileName('Child Grant')).toBe('Child Grant.convergence');
    expect(projectFileName('child.convergence')).toBe('child.convergence');
    expect(projectFileName('  ')).toBe('Untitled.convergence');
  });
});

describe('readProjectFile', () => {
  it('returns handle, name and text', async () => {
    const dir = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'cs-project-'));
    try {
      const file = path.join(dir, 'child.convergence');
      await nodeFs.writeFile(file, '{"schemaVersion":1}\n');
      expect(await readProjectFile(file)).toEqual({ handle: file, name: 'child.convergence', text: '{"schemaVersion":1}\n' });
    } finally {
      await nodeFs.rm(dir, { recursive: true, force: true });
    }
  });
});
