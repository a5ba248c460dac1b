import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECENT_FILES_NAME, RecentFilesStore } from '../../../electron/store/recentFiles';

let dir: string;
let clock: number;
const now = (): Date => new Date(Date.UTC(2025, 0, 1, 12, 0, clock++));

beforeEach(async () => {
  dir = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'cs-recent-'));
  clock = 0;
});

afterEach(async () => {
  await nodeFs.rm(dir, { recursive: true, force: true });
});

async function project(name: string): Promise<string> {
  const file = path.join(dir, name);
  await nodeFs.writeFile(file, '{}');
  return file;
}

describe('RecentFilesStore', () => {
  it('lists nothing before anything was opened', async () => {
    expect(await new RecentFilesStore(dir).list()).toEqual([]);
  });

  it('lists files newest first with name and location', async () => {
    const store = new RecentFilesStore(path.join(dir, 'user-data'), { now });
    const a = await project('a.convergence');
    const b = await project('b.convergence');
    await store.add(a);
    await store.add(b);
    expect(await store.list()).toEqual([
      { handle: b, name: 'b.convergence', location: dir, openedAt: '2025-01-01T12:00:01.000Z' },
      { handle: a, name: 'a.convergence', location: dir, openedAt: '2025-01-01T12:00:00.000Z' },
    ]);
  });

  it('moves a file opened again to the top instead of listing it twice', async () => {
    const store = new RecentFilesStore(dir, { now, caseInsensitivePaths: false });
    const a = await project('a.convergence');
    const b = await project('b.convergence');
    await store.add(a);
    await store.add(b);
    await store.add(a);
    expect((await store.list()).map((file) => file.name)).toEqual(['a.convergence', 'b.convergence']);
  });

  it('de-duplicates case variants where paths are case-insensitive', async () => {
    const store = new RecentFilesStore(dir, { now, caseInsensitivePaths: true, exists: async () => true });
    await store.add('/Projects/A.convergence');
    await store.add('/projects/a.convergence');
    expect((await store.list()).map((file) => file.handle)).toEqual([path.resolve('/projects/a.convergence')]);
  });

  it('keeps at most ten files', async () => {
    const store = new RecentFilesStore(dir, { now });
    const files: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      files.push(await project(`p${i}.convergence`));
      await store.add(files[i] as string);
    }
    const listed = await store.list();
    expect(listed).toHaveLength(10);
    expect(listed[0]?.handle).toBe(files[11]);
    expect(listed.map((file) => file.handle)).not.toContain(files[0]);
    expect(listed.map((file) => file.handle)).not.toContain(files[1]);
  });

  it('prunes files that no longer exist, also on disk', async () => {
    const store = new RecentFilesStore(dir, { now });
    const a = await project('a.convergence');
    const b = await project('b.convergence');
    await store.add(a);
    await store.add(b);
    await nodeFs.unlink(a);
    expect((await store.list()).map((file) => file.handle)).toEqual([b]);
    const stored = JSON.parse(await nodeFs.readFile(path.join(dir, RECENT_FILES_NAME), 'utf8')) as { files: unknown[] };
    expect(stored.files).toHaveLength(1);
  });

  it('removes one file and clears all', async () => {
    const store = new RecentFilesStore(dir, { now });
    const a = await project('a.convergence');
    const b = await project('b.convergence');
    await store.add(a);
    await store.add(b);
    await store.remove(a);
    expect((await store.list()).map((file) => file.handle)).toEqual([b]);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });

  it('treats a damaged list as empty and recovers on the next add', async () => {
    await nodeFs.writeFile(path.join(dir, RECENT_FILES_NAME), '{"files": [ {"path": 3}, ');
    const store = new RecentFilesStore(dir, { now });
    expect(await store.list()).toEqual([]);
    const a = await project('a.convergence');
    await store.add(a);
    expect((await store.list()).map((file) => file.handle)).toEqual([a]);
  });

  it('ignores malformed entries but keeps the good ones', async () => {
    const a = await project('a.convergence');
    await nodeFs.writeFile(
      path.join(dir, RECENT_FILES_NAME),
      JSON.stringify({ version: 1, files: [{ path: 'relative.convergence', openedAt: '2025-01-01T00:00:00Z' }, { path: a, openedAt: 'never' }, { path: a, openedAt: '2025-01-01T00:00:00Z' }] }),
    );
    expect((await new RecentFilesStore(dir).list()).map((file) => file.handle)).toEqual([a]);
  });

  it('does not lose entries when several windows add at once', async () => {
    const store = new RecentFilesStore(dir, { now });
    const files = await Promise.all([1, 2, 3, 4, 5].map((i) => project(`c${i}.convergence`)));
    await Promise.all(files.map((file) => store.add(file)));
    expect(new Set((await store.list()).map((file) => file.handle))).toEqual(new Set(files));
  });
});
