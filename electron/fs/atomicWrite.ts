// Atomic file replacement for project saves, exports and recovery files.
//
// Sequence: write a uniquely named temp file next to the target, fsync it, hard-link (or copy)
// the current target to `<file>.bak`, rename the temp file over the target, fsync the folder.
// The rename is the commit point: before it the original is untouched, after it the new bytes are
// complete on disk. The `.bak` is a safety copy for the window in which both versions exist; it is
// removed after a successful rename unless `keepBackup` is set, and removed again if the write
// fails (the original is then intact, so the copy is redundant).
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { errnoOf, saveFailure } from './hostFailure';

/** The part of a node:fs/promises FileHandle the writer uses. */
export interface AtomicFileHandle {
  writeFile(data: string | Uint8Array, options?: { encoding?: 'utf8' }): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The functions of node:fs/promises the writer uses; tests inject failures through it. */
export interface AtomicFs {
  open(filePath: string, flags: string, mode?: number): Promise<AtomicFileHandle>;
  stat(filePath: string): Promise<{ mode: number; isFile(): boolean }>;
  realpath(filePath: string): Promise<string>;
  link(existingPath: string, newPath: string): Promise<void>;
  copyFile(source: string, destination: string): Promise<void>;
  rename(oldPath: string, newPath: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
}

export interface AtomicWriteOptions {
  fs?: AtomicFs;
  /** Leave `<file>.bak` (the previous version) in place after a successful save. */
  keepBackup?: boolean;
  /**
   * Waits before retrying a rename that failed with EBUSY/EPERM/EACCES. Windows reports these
   * while a virus scanner or indexer briefly holds the target open; elsewhere they are final.
   */
  renameRetryDelaysMs?: readonly number[];
}

const WINDOWS_RENAME_RETRY_DELAYS_MS = [30, 100, 300] as const;
const TRANSIENT_RENAME_ERRORS = new Set(['EBUSY', 'EPERM', 'EACCES']);

export function backupPathFor(filePath: string): string {
  return `${filePath}.bak`;
}

function tempPathFor(filePath: string): string {
  const suffix = `${process.pid}.${randomBytes(6).toString('hex')}`;
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.${suffix}.tmp`);
}

async function removeQuietly(fs: AtomicFs, filePath: string): Promise<void> {
  try {
    await fs.unlink(filePath);
  } catch {
    // Cleanup must never hide the error that caused it.
  }
}

async function existingFile(fs: AtomicFs, filePath: string): Promise<{ mode: number } | null> {
  try {
    const stats = await fs.stat(filePath);
    return stats.isFile() ? { mode: stats.mode & 0o777 } : null;
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Follows a symlinked target so the link keeps pointing at the saved file. */
async function resolveTarget(fs: AtomicFs, filePath: string): Promise<string> {
  try {
    return await fs.realpath(filePath);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return path.resolve(filePath);
    throw error;
  }
}

async function writeTemp(
  fs: AtomicFs,
  tempPath: string,
  data: string | Uint8Array,
  mode: number,
): Promise<void> {
  const handle = await fs.open(tempPath, 'wx', mode);
  try {
    await (typeof data === 'string' ? handle.writeFile(data, { encoding: 'utf8' }) : handle.writeFile(data));
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function makeBackup(fs: AtomicFs, target: string, backup: string): Promise<void> {
  await removeQuietly(fs, backup);
  try {
    await fs.link(target, backup);
  } catch {
    // Some file systems (FAT, some network shares) have no hard links.
    await fs.copyFile(target, backup);
  }
}

async function renameWithRetry(
  fs: AtomicFs,
  from: string,
  to: string,
  delays: readonly number[],
): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !TRANSIENT_RENAME_ERRORS.has(errnoOf(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Makes the rename itself durable; directories cannot be opened for fsync on Windows. */
async function syncDirectory(fs: AtomicFs, directory: string): Promise<void> {
  let handle: AtomicFileHandle | undefined;
  try {
    handle = await fs.open(directory, 'r');
    await handle.sync();
  } catch {
    // Not supported here (Windows, some network file systems); the rename has happened anyway.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Replaces `filePath` with `data` so that, whatever fails, the file holds either its old or its
 * new content in full. Rejects with a HostFailure (a HostError) whose message names the file.
 */
export async function writeFileAtomic(
  filePath: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs: AtomicFs = options.fs ?? (nodeFs as unknown as AtomicFs);
  const renameDelays =
    options.renameRetryDelaysMs ?? (process.platform === 'win32' ? WINDOWS_RENAME_RETRY_DELAYS_MS : []);

  let hadPrevious = false;
  let tempPath: string | undefined;
  let backupPath: string | undefined;
  let committed = false;
  try {
    const target = await resolveTarget(fs, filePath);
    const previous = await existingFile(fs, target);
    hadPrevious = previous !== null;
    tempPath = tempPathFor(target);
    await writeTemp(fs, tempPath, data, previous?.mode ?? 0o666);
    if (previous) {
      backupPath = backupPathFor(target);
      await makeBackup(fs, target, backupPath);
    }
    await renameWithRetry(fs, tempPath, target, renameDelays);
    committed = true;
    await syncDirectory(fs, path.dirname(target));
    if (backupPath && !options.keepBackup) await removeQuietly(fs, backupPath);
  } catch (error) {
    if (!committed) {
      if (tempPath) await removeQuietly(fs, tempPath);
      if (backupPath) await removeQuietly(fs, backupPath);
    }
    throw saveFailure(error, filePath, hadPrevious);
  }
}
