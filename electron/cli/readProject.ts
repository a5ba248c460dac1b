// Reads a project file for a command: size check before reading, then openProjectText. Problems
// come back as lines naming the file, ready for stderr.

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_PROJECT_BYTES, formatDocumentIssue, openProjectText, tooLargeMessage } from '../../models/project/open';
import type { Project } from '../../models/project/types';

export type ReadResult =
  | { ok: true; project: Project; migratedFrom?: number }
  | { ok: false; messages: string[] };

function describeReadError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'No such file';
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied: the file cannot be read';
    case 'EISDIR':
      return 'This is a folder, not a project file';
    default:
      return `The file cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export async function readProjectFile(cwd: string, fileArg: string): Promise<ReadResult> {
  const filePath = path.resolve(cwd, fileArg);
  let text: string;
  try {
    const info = await stat(filePath);
    if (info.isDirectory()) return { ok: false, messages: [`${fileArg}: This is a folder, not a project file`] };
    // Refuse before reading, so a huge file is never loaded into memory.
    if (info.size > MAX_PROJECT_BYTES) return { ok: false, messages: [`${fileArg}: ${tooLargeMessage(info.size)}`] };
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    return { ok: false, messages: [`${fileArg}: ${describeReadError(error)}`] };
  }
  const result = openProjectText(text);
  if (!result.ok) return { ok: false, messages: result.errors.map((issue) => formatDocumentIssue(issue, fileArg)) };
  return result.migratedFrom === undefined
    ? { ok: true, project: result.project }
    : { ok: true, project: result.project, migratedFrom: result.migratedFrom };
}
