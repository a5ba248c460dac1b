import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecoveryStore } from '../../../electron/store/recovery';

let dir: string;
let clock: number;
const now = (): Date => new Date(Date.UTC(2025, 5, 1, 9, 0, clock++));

beforeEach(async () => {
  dir = path.join(await nodeFs.mkdtemp(path.join(os.tmpdir(), 'cs-recovery-')), 'recovery');
  clock = 0;
});

afterEach(async () => {
  await nodeFs.rm(path.dirname(dir), { recursive: true, force: true });
});

describe('RecoveryStore', () => {
  it('lists nothing when the folder does not exist yet', async () => {
    expect(await new RecoveryStore(dir).list()).toEqual([]);
  });

  it('stores an entry per session and lists them newest first', async () => {
    const store = new RecoveryStore(dir, { now });
    await store.save({ id: 'w1', projectName: 'Child Grant', fileName: 'child.convergence', handle: '/p/child.convergence', text: '{"a":1}' });
    await store.save({ id: 'w2', projectName: 'Untitled', text: '{"b":2}' });
    expect(await store.list()).toEqual([
      { id: 'w2', projectName: 'Untitled', savedAt: '2025-06-01T09:00:01.000Z', text: '{"b":2}' },
      {
        id: 'w1',
        projectName: 'Child Grant',
        fileName: 'child.convergence',
        handle: '/p/child.convergence',
        savedAt: '2025-06-01T09:00:00.000Z',
        text: '{"a":1}',
      },
    ]);
  });

  it('replaces the entry of a session on the next autosave', async () => {
    const store = new RecoveryStore(dir, { now });
    await store.save({ id: 'w1', projectName: 'P', text: 'one' });
    await store.save({ id: 'w1', projectName: 'P', text: 'two' });
    const entries = await store.list();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.text).toBe('two');
    expect(await nodeFs.readdir(dir)).toEqual(['w1.recovery.json']);
  });

  it('discards an entry and ignores discarding one that is gone', async () => {
    const store = new RecoveryStore(dir, { now });
    await store.save({ id: 'w1', projectName: 'P', text: 'x' });
    await store.discard('w1');
    await store.discard('w1');
    expect(await store.list()).toEqual([]);
  });

  it('refuses ids that could leave the folder', async () => {
    const store = new RecoveryStore(dir, { now });
    await expect(store.save({ id: '../escape', projectName: 'P', text: 'x' })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(store.discard('../../etc/passwd')).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('skips damaged files without deleting them', async () => {
    const store = new RecoveryStore(dir, { now });
    await store.save({ id: 'good', projectName: 'P', text: 'x' });
    await nodeFs.writeFile(path.join(dir, 'bad.recovery.json'), '{"id":"bad", "text":');
    await nodeFs.writeFile(path.join(dir, 'other.recovery.json'), JSON.stringify({ id: 'mismatch', projectName: 'P', savedAt: 'x', text: '' }));
    await nodeFs.writeFile(path.join(dir, 'notes.txt'), 'unrelated');
    expect((await store.list()).map((entry) => entry.id)).toEqual(['good']);
    expect((await nodeFs.readdir(dir)).sort()).toEqual(['bad.recovery.json', 'good.recovery.json', 'notes.txt', 'other.recovery.json']);
  });
});
