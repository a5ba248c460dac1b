// Host operations fail with HostError-shaped values (models/host/HostApi.ts). This module turns
// Node's errno codes into those values with a sentence a user can act on; the technical code is
// kept in `cause` for logs.
import path from 'node:path';
import type { HostError, HostErrorCode } from '../../models/host/HostApi';

export class HostFailure extends Error implements HostError {
  readonly code: HostErrorCode;
  readonly path?: string;

  constructor(code: HostErrorCode, message: string, filePath?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HostFailure';
    this.code = code;
    if (filePath !== undefined) this.path = filePath;
  }

  /** The plain object that crosses IPC (Electron drops custom fields of rejected Errors). */
  toJSON(): HostError {
    return this.path === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, path: this.path };
  }
}

export function errnoOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

export function hostErrorCodeForErrno(errno: string | undefined): HostErrorCode {
  switch (errno) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission-denied';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found';
    default:
      return 'io';
  }
}

function reasonFor(errno: string | undefined, action: 'save' | 'read'): string {
  switch (errno) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'your disk quota is used up';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EACCES':
    case 'EPERM':
      return action === 'save'
        ? 'you do not have permission to write there'
        : 'you do not have permission to read it';
    case 'ENOENT':
    case 'ENOTDIR':
      return action === 'save' ? 'its folder does not exist' : 'the file does not exist';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EBUSY':
      return 'another program is using the file';
    default:
      return errno === undefined ? 'an unexpected error occurred' : `the system reported ${errno}`;
  }
}

/**
 * A failed save. `hadPrevious` says whether a previous version existed, which it always keeps
 * (the caller guarantees the original was never touched), so the message can reassure the user.
 */
export function saveFailure(error: unknown, filePath: string, hadPrevious: boolean): HostFailure {
  if (error instanceof HostFailure) return error;
  const errno = errnoOf(error);
  const outcome = hadPrevious ? 'The previous version is unchanged.' : 'Nothing was written.';
  return new HostFailure(
    hostErrorCodeForErrno(errno),
    `Could not save ${path.basename(filePath)}: ${reasonFor(errno, 'save')}. ${outcome}`,
    filePath,
    { cause: error },
  );
}

export function readFailure(error: unknown, filePath: string): HostFailure {
  if (error instanceof HostFailure) return error;
  const errno = errnoOf(error);
  return new HostFailure(
    hostErrorCodeForErrno(errno),
    `Could not open ${path.basename(filePath)}: ${reasonFor(errno, 'read')}.`,
    filePath,
    { cause: error },
  );
}
