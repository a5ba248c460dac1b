// Autosaved work for crash recovery: one JSON file per window session in a folder of the
// user-data directory. A clean save or close discards the session's file; whatever is left at the
// next start is work that was lost in a crash and is offered back.
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { RecoveryEntry } from '../../models/host/HostApi';
import { writeFileAtomic } from '../fs/atomicWrite';
import { errnoOf } from '../fs/hostFailure';
import { readTextLimited } from '../fs/readLimited';
import { MAX_READ_BYTES } from '../ipc/limits';
import { requireRecoveryId } from '../ipc/validate';

const SUFFIX = '.recovery.json';

export interface RecoveryStoreOptions {
  now?: () => Date;
}

function isRecoveryEntry(value: unknown): value is RecoveryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.projectName === 'string' &&
    typeof entry.savedAt === 'string' &&
    typeof entry.text === 'string' &&
    (entry.fileName === undefined || typeof entry.fileName === 'string') &&
    (entry.handle === undefined || (typeof entry.handle === 'string' && path.isAbsolute(entry.handle)))
  );
}

export class RecoveryStore {
  private readonly now: () => Date;

  constructor(
    private readonly directory: string,
    options: RecoveryStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  private fileFor(id: string): string {
    return path.join(this.directory, `${requireRecoveryId(id)}${SUFFIX}`);
  }

  async save(input: Omit<RecoveryEntry, 'savedAt'>): Promise<RecoveryEntry> {
    const entry: RecoveryEntry = {
      id: input.id,
      projectName: input.projectName,
      ...(input.fileName === undefined ? {} : { fileName: input.fileName }),
      ...(input.handle === undefined ? {} : { handle: input.handle }),
      savedAt: this.now().toISOString(),
      text: input.text,
    };
    const file = this.fileFor(entry.id);
    await nodeFs.mkdir(this.directory, { recursive: true });
    await writeFileAtomic(file, JSON.stringify(entry));
    return entry;
  }

  /**
   * Every readable entry, newest first. Damaged files are skipped, not deleted: they may be the
   * only copy of someone's work, and a later version of the app may read them.
   */
  async list(): Promise<RecoveryEntry[]> {
    let names: string[];
    try {
      names = await nodeFs.readdir(this.directory);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return [];
      throw error;
    }
    const entries: RecoveryEntry[] = [];
    for (const name of names) {
      if (!name.endsWith(SUFFIX)) continue;
      const id = name.slice(0, -SUFFIX.length);
      try {
        const parsed: unknown = JSON.parse(await readTextLimited(path.join(this.directory, name), MAX_READ_BYTES));
        if (isRecoveryEntry(parsed) && parsed.id === id) entries.push(parsed);
      } catch {
        // Unreadable or half-written by an older crash: skip (see above).
      }
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.id.localeCompare(b.id));
  }

  async discard(id: string): Promise<void> {
    try {
      await nodeFs.unlink(this.fileFor(id));
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') throw error;
    }
  }
}
