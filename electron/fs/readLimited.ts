// Reading user files with a size limit, checked before reading so a huge file is never loaded.
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { HostFailure, readFailure } from './hostFailure';

function formatMiB(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024))} MiB`;
}

export async function readFileLimited(filePath: string, maxBytes: number): Promise<Uint8Array> {
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await nodeFs.open(filePath, 'r');
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new HostFailure('invalid-argument', `Could not open ${path.basename(filePath)}: it is not a file.`, filePath);
    }
    if (stats.size > maxBytes) {
      throw new HostFailure(
        'too-large',
        `Could not open ${path.basename(filePath)}: it is ${formatMiB(stats.size)}, more than the ${formatMiB(maxBytes)} the app can open.`,
        filePath,
      );
    }
    // Read one byte past the limit so a file that grew after stat is still caught.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) break;
    }
    if (filled > maxBytes) {
      throw new HostFailure('too-large', `Could not open ${path.basename(filePath)}: it is larger than ${formatMiB(maxBytes)}.`, filePath);
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
  } catch (error) {
    throw readFailure(error, filePath);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

const utf8 = new TextDecoder('utf-8');

/** UTF-8 text without a byte-order mark (editors on Windows add one). */
export function decodeText(bytes: Uint8Array): string {
  const text = utf8.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function readTextLimited(filePath: string, maxBytes: number): Promise<string> {
  return decodeText(await readFileLimited(filePath, maxBytes));
}
