// Reading project files and naming new ones. No Electron here, so it is unit-tested.
import path from 'node:path';
import type { OpenedFile } from '../../models/host/HostApi';
import { PROJECT_EXTENSION } from '../launch/argv';
import { MAX_READ_BYTES } from '../ipc/limits';
import { readTextLimited } from './readLimited';

export async function readProjectFile(filePath: string): Promise<OpenedFile> {
  return { handle: filePath, name: path.basename(filePath), text: await readTextLimited(filePath, MAX_READ_BYTES) };
}

/**
 * Save dialogs on Linux do not add the extension of the chosen filter, so "child" would be saved
 * without one and could not be double-clicked later.
 */
export function withProjectExtension(filePath: string): string {
  return path.extname(filePath) === '' ? `${filePath}${PROJECT_EXTENSION}` : filePath;
}

/** The name offered in a save dialog for a project called `suggestedName`. */
export function projectFileName(suggestedName: string): string {
  const base = suggestedName.trim() === '' ? 'Untitled' : suggestedName.trim();
  return base.toLowerCase().endsWith(PROJECT_EXTENSION) ? base : `${base}${PROJECT_EXTENSION}`;
}
