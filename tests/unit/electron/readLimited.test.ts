import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeText, readFileLimited, readTextLimited } from '../../../electron/fs/readLimited';

let dir: string;

beforeEach(async () => {
  dir = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'cs-read-'));
});

afterEach(async () => {
  await nodeFs.rm(dir, { recursive: true, force: true });
});

describe('readFileLimited', () => {
  it('reads a file within the limit', async () => {
    const file = path.join(dir, 'a.convergence');
    await nodeFs.writeFile(file, 'x'.repeat(100));
    expect((await readFileLimited(file, 100)).byteLength).toBe(100);
  });

  it('refuses a file over the limit with too-large', async () => {
    const file = path.join(dir, 'big.convergence');
    await nodeFs.writeFile(file, 'x'.repeat(101));
    await expect(readFileLimited(file, 100)).rejects.toMatchObject({ code: 'too-large', path: file });
  });

  it('reports missing files and folders', async () => {
    const missing = path.join(dir, 'gone.convergence');
    await expect(readFileLimited(missing, 100)).rejects.toMatchObject({
      code: 'not-found',
      message: 'Could not open gone.convergence: the file does not exist.',
    });
    await expect(readFileLimited(dir, 100)).rejects.toMatchObject({ code: expect.stringMatching(/invalid-argument|io/) });
  });

  it('reads an empty file', async () => {
    const file = path.join(dir, 'empty.convergence');
    await nodeFs.writeFile(file, '');
    expect((await readFileLimited(file, 100)).byteLength).toBe(0);
  });

  it('decodes UTF-8 and drops a byte-order mark', async () => {
    const file = path.join(dir, 'bom.csv');
    await nodeFs.writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('näme,x\n')]));
    expect(await readTextLimited(file, 100)).toBe('näme,x\n');
    expect(decodeText(new Uint8Array([0x61]))).toBe('a');
  });
});
