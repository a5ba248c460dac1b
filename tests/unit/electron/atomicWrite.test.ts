import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AtomicFileHandle, type AtomicFs, backupPathFor, writeFileAtomic } from '../../../electron/fs/atomicWrite';
import { isHostError } from '../../../models/host/HostApi';

type Step = 'open' | 'write' | 'sync' | 'close' | 'link' | 'copyFile' | 'rename';

function errnoError(code: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: simulated`);
  error.code = code;
  return error;
}

/** Real fs, except that `step` fails with `code` (only for the temp file where it matters). */
function failingFs(step: Step, code: string, times = Infinity): AtomicFs {
  const real = nodeFs as unknown as AtomicFs;
  let remaining = times;
  const shouldFail = (current: Step): boolean => {
    if (current !== step || remaining <= 0) return false;
    remaining -= 1;
    return true;
  };
  return {
    ...real,
    stat: (p) => real.stat(p),
    realpath: (p) => real.realpath(p),
    unlink: (p) => real.unlink(p),
    async open(p, flags, mode) {
      const isTemp = path.basename(p).endsWith('.tmp');
      if (isTemp && shouldFail('open')) throw errnoError(code);
      const handle = await real.open(p, flags, mode);
      if (!isTemp) return handle;
      const wrapped: AtomicFileHandle = {
        async writeFile(data, options) {
          if (shouldFail('write')) {
            // A disk that fills up mid-write leaves a partial temp file behind.
            await handle.writeFile(typeof data === 'string' ? data.slice(0, 3) : data.slice(0, 3));
            throw errnoError(code);
          }
          await handle.writeFile(data, options);
        },
        async sync() {
          if (shouldFail('sync')) throw errnoError(code);
          await handle.sync();
        },
        async close() {
          await handle.close();
          if (shouldFail('close')) throw errnoError(code);
        },
      };
      return wrapped;
    },
    async link(a, b) {
      if (shouldFail('link')) throw errnoError(code);
      await real.link(a, b);
    },
    async copyFile(a, b) {
      if (shouldFail('copyFile')) throw errnoError(code);
      await real.copyFile(a, b);
    },
    async rename(a, b) {
      if (shouldFail('rename')) throw errnoError(code);
      await real.rename(a, b);
    },
  };
}

let dir: string;
let target: string;

beforeEach(async () => {
  dir = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'cs-atomic-'));
  target = path.join(dir, 'child.convergence');
});

afterEach(async () => {
  await nodeFs.rm(dir, { recursive: true, force: true });
});

async function listing(): Promise<string[]> {
  return (await nodeFs.readdir(dir)).sort();
}

describe('writeFileAtomic', () => {
  it('creates a new file with the given text', async () => {
    await writeFileAtomic(target, '{"a":"é"}\n');
    expect(await nodeFs.readFile(target, 'utf8')).toBe('{"a":"é"}\n');
    expect(await listing()).toEqual(['child.convergence']);
  });

  it('replaces an existing file and removes the backup afterwards', async () => {
    await nodeFs.writeFile(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(await nodeFs.readFile(target, 'utf8')).toBe('new');
    expect(await listing()).toEqual(['child.convergence']);
  });

  it('writes bytes unchanged', async () => {
    const bytes = new Uint8Array([0, 255, 10, 13, 128]);
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(await nodeFs.readFile(target))).toEqual(bytes);
  });

  it('keeps the previous version as .bak when asked', async () => {
    await nodeFs.writeFile(target, 'old');
    await writeFileAtomic(target, 'new', { keepBackup: true });
    expect(await nodeFs.readFile(target, 'utf8')).toBe('new');
    expect(await nodeFs.readFile(backupPathFor(target), 'utf8')).toBe('old');
    expect(await listing()).toEqual(['child.convergence', 'child.convergence.bak']);
  });

  it('replaces a stale .bak left by an earlier save', async () => {
    await nodeFs.writeFile(target, 'current');
    await nodeFs.writeFile(backupPathFor(target), 'stale');
    await writeFileAtomic(target, 'next', { keepBackup: true });
    expect(await nodeFs.readFile(backupPathFor(target), 'utf8')).toBe('current');
  });

  it('falls back to copying when hard links are not supported', async () => {
    await nodeFs.writeFile(target, 'old');
    await writeFileAtomic(target, 'new', { fs: failingFs('link', 'EPERM'), keepBackup: true });
    expect(await nodeFs.readFile(target, 'utf8')).toBe('new');
    expect(await nodeFs.readFile(backupPathFor(target), 'utf8')).toBe('old');
  });

  it('keeps the file mode of the file it replaces', async () => {
    if (process.platform === 'win32') return;
    await nodeFs.writeFile(target, 'old');
    await nodeFs.chmod(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect((await nodeFs.stat(target)).mode & 0o777).toBe(0o600);
  });

  it('writes through a symlink instead of replacing the link', async () => {
    if (process.platform === 'win32') return;
    const real = path.join(dir, 'real.convergence');
    await nodeFs.writeFile(real, 'old');
    await nodeFs.symlink(real, target);
    await writeFileAtomic(target, 'new');
    expect((await nodeFs.lstat(target)).isSymbolicLink()).toBe(true);
    expect(await nodeFs.readFile(real, 'utf8')).toBe('new');
  });

  const steps: Step[] = ['open', 'write', 'sync', 'close', 'rename'];
  const codes: Array<[string, string, RegExp]> = [
    ['ENOSPC', 'disk-full', /the disk is full/],
    ['EACCES', 'permission-denied', /permission/],
    ['EPERM', 'permission-denied', /permission/],
    ['EIO', 'io', /EIO/],
  ];

  for (const step of steps) {
    for (const [errno, code, reason] of codes) {
      it(`leaves the old bytes and no temp file when ${step} fails with ${errno}`, async () => {
        await nodeFs.writeFile(target, 'old bytes');
        const failure = await writeFileAtomic(target, 'new bytes', {
          fs: failingFs(step, errno),
          renameRetryDelaysMs: [],
        }).then(
          () => null,
          (error: unknown) => error,
        );
        expect(isHostError(failure)).toBe(true);
        expect(failure).toMatchObject({ code, path: target });
        const message = (failure as Error).message;
        expect(message).toMatch(/^Could not save child\.convergence: /);
        expect(message).toMatch(reason);
        expect(message).toMatch(/The previous version is unchanged\.$/);
        expect(await nodeFs.readFile(target, 'utf8')).toBe('old bytes');
        expect(await listing()).toEqual(['child.convergence']);
      });
    }
  }

  it('fails cleanly when the backup cannot be made at all', async () => {
    await nodeFs.writeFile(target, 'old bytes');
    const combined = failingFs('link', 'EPERM');
    const noCopy: AtomicFs = {
      ...combined,
      async copyFile() {
        throw errnoError('ENOSPC');
      },
    };
    await expect(writeFileAtomic(target, 'new', { fs: noCopy })).rejects.toMatchObject({ code: 'disk-full' });
    expect(await nodeFs.readFile(target, 'utf8')).toBe('old bytes');
    expect(await listing()).toEqual(['child.convergence']);
  });

  it('says nothing was written when there was no previous file', async () => {
    await expect(
      writeFileAtomic(target, 'new', { fs: failingFs('write', 'ENOSPC') }),
    ).rejects.toThrow('Could not save child.convergence: the disk is full. Nothing was written.');
    expect(await listing()).toEqual([]);
  });

  it('reports a missing folder as not-found', async () => {
    const missing = path.join(dir, 'nope', 'child.convergence');
    await expect(writeFileAtomic(missing, 'x')).rejects.toMatchObject({ code: 'not-found', path: missing });
  });

  it('retries a rename that a scanner briefly blocks', async () => {
    await nodeFs.writeFile(target, 'old');
    await writeFileAtomic(target, 'new', { fs: failingFs('rename', 'EBUSY', 1), renameRetryDelaysMs: [1] });
    expect(await nodeFs.readFile(target, 'utf8')).toBe('new');
    expect(await listing()).toEqual(['child.convergence']);
  });

  it('gives up after the retries and keeps the original', async () => {
    await nodeFs.writeFile(target, 'old');
    await expect(
      writeFileAtomic(target, 'new', { fs: failingFs('rename', 'EBUSY', 3), renameRetryDelaysMs: [1, 1] }),
    ).rejects.toMatchObject({ code: 'io' });
    expect(await nodeFs.readFile(target, 'utf8')).toBe('old');
    expect(await listing()).toEqual(['child.convergence']);
  });
});
