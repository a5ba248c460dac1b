// The recent-files list: a small JSON file in the user-data folder, newest first, at most ten
// entries, one per file. Files that no longer exist are pruned when the list is read.
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { RecentFile } from '../../models/host/HostApi';
import { writeFileAtomic } from '../fs/atomicWrite';
import { errnoOf } from '../fs/hostFailure';
import { MAX_RECENT_FILES } from '../ipc/limits';
import { SerialQueue } from './serialQueue';

export const RECENT_FILES_NAME = 'recent-files.json';

interface StoredRecent {
  path: string;
  openedAt: string;
}

interface StoredFile {
  version: 1;
  files: StoredRecent[];
}

export interface RecentFilesOptions {
  now?: () => Date;
  /** Whether a listed file still exists; injectable for tests of unreadable media. */
  exists?: (filePath: string) => Promise<boolean>;
  caseInsensitivePaths?: boolean;
  maxEntries?: number;
}

async function fileExists(filePath: string): Promise<boolean> {
  try {
    return (await nodeFs.stat(filePath)).isFile();
  } catch {
    return false;
  }
}

function isStoredRecent(value: unknown): value is StoredRecent {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.path === 'string' &&
    path.isAbsolute(entry.path) &&
    typeof entry.openedAt === 'string' &&
    !Number.isNaN(Date.parse(entry.openedAt))
  );
}

export class RecentFilesStore {
  private readonly file: string;
  private readonly queue = new SerialQueue();
  private readonly now: () => Date;
  private readonly exists: (filePath: string) => Promise<boolean>;
  private readonly caseInsensitive: boolean;
  private readonly maxEntries: number;

  constructor(directory: string, options: RecentFilesOptions = {}) {
    this.file = path.join(directory, RECENT_FILES_NAME);
    this.now = options.now ?? (() => new Date());
    this.exists = options.exists ?? fileExists;
    this.caseInsensitive = options.caseInsensitivePaths ?? (process.platform === 'win32' || process.platform === 'darwin');
    this.maxEntries = options.maxEntries ?? MAX_RECENT_FILES;
  }

  private key(filePath: string): string {
    const resolved = path.resolve(filePath);
    return this.caseInsensitive ? resolved.toLowerCase() : resolved;
  }

  /** A missing or damaged list is an empty list: it is a convenience, never a reason to fail. */
  private async load(): Promise<StoredRecent[]> {
    let text: string;
    try {
      text = await nodeFs.readFile(this.file, 'utf8');
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return [];
      throw error;
    }
    try {
      const parsed = JSON.parse(text) as Partial<StoredFile>;
      return Array.isArray(parsed.files) ? parsed.files.filter(isStoredRecent) : [];
    } catch {
      return [];
    }
  }

  private async store(files: StoredRecent[]): Promise<void> {
    await nodeFs.mkdir(path.dirname(this.file), { recursive: true });
    const content: StoredFile = { version: 1, files };
    await writeFileAtomic(this.file, `${JSON.stringify(content, null, 2)}\n`);
  }

  private toRecentFile(entry: StoredRecent): RecentFile {
    return {
      handle: entry.path,
      name: path.basename(entry.path),
      location: path.dirname(entry.path),
      openedAt: entry.openedAt,
    };
  }

  /** Newest first; entries whose file is gone are dropped from the list and from disk. */
  list(): Promise<RecentFile[]> {
    return this.queue.run(async () => {
      const files = await this.load();
      const present = await Promise.all(files.map((entry) => this.exists(entry.path)));
      const kept = files.filter((_, index) => present[index]);
      if (kept.length !== files.length) await this.store(kept);
      return kept.map((entry) => this.toRecentFile(entry));
    });
  }

  /** Records an open or a save: moves the file to the top, keeping at most ten entries. */
  add(filePath: string): Promise<void> {
    return this.queue.run(async () => {
      const resolved = path.resolve(filePath);
      const key = this.key(resolved);
      const others = (await this.load()).filter((entry) => this.key(entry.path) !== key);
      const entry: StoredRecent = { path: resolved, openedAt: this.now().toISOString() };
      await this.store([entry, ...others].slice(0, this.maxEntries));
    });
  }

  remove(filePath: string): Promise<void> {
    return this.queue.run(async () => {
      const key = this.key(filePath);
      const files = await this.load();
      const kept = files.filter((entry) => this.key(entry.path) !== key);
      if (kept.length !== files.length) await this.store(kept);
    });
  }

  clear(): Promise<void> {
    return this.queue.run(() => this.store([]));
  }
}
