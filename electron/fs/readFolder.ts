// Reading the files of a folder the user chose for a folder import (an OpenAPI contract split
// over files). Plain Node, unit-tested. Symbolic links are not followed, so nothing outside the
// folder is ever read; the walk stops at limits of depth, count and size, listing what it skipped.
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { ImportFolder } from '../../models/host/HostApi';
import { decodeText, readFileLimited } from './readLimited';

export interface FolderLimits {
  maxDepth: number;
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
}

export const FOLDER_LIMITS: FolderLimits = {
  maxDepth: 16,
  maxFiles: 2000,
  maxFileBytes: 20 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
};

export const OPENAPI_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

export async function readImportFolderFiles(root: string, extensions: ReadonlySet<string>, limits: FolderLimits = FOLDER_LIMITS): Promise<ImportFolder> {
  const files: ImportFolder['files'] = [];
  const skipped: string[] = [];
  let total = 0;
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await nodeFs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(root, full).split(path.sep).join('/');
      if (entry.isSymbolicLink()) {
        skipped.push(relative);
        continue;
      }
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.') && entry.name !== '.gitbook') continue;
        if (depth >= limits.maxDepth) skipped.push(`${relative}/`);
        else await walk(full, depth + 1);
        continue;
      }
      if (!entry.isFile() || !extensions.has(path.extname(entry.name).toLowerCase())) continue;
      if (files.length >= limits.maxFiles) {
        skipped.push(relative);
        continue;
      }
      try {
        const bytes = await readFileLimited(full, limits.maxFileBytes);
        if (total + bytes.length > limits.maxTotalBytes) {
          skipped.push(relative);
          continue;
        }
        total += bytes.length;
        files.push({ path: relative, text: decodeText(bytes) });
      } catch {
        skipped.push(relative);
      }
    }
  };
  await walk(root, 0);
  return { name: path.basename(root), files, skipped };
}
