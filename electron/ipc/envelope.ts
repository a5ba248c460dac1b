// Results cross IPC in envelopes because Electron keeps only the message of a rejected Error:
// the HostError code and path would be lost. Main wraps, preload unwraps and rethrows.
import { type HostError, isHostError } from '../../models/host/HostApi';

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: HostError };

export function toHostError(error: unknown): HostError {
  if (isHostError(error)) {
    const plain: HostError = { code: error.code, message: error.message };
    if (typeof error.path === 'string') plain.path = error.path;
    return plain;
  }
  // Unexpected failures keep their message for the user but never leak a stack trace.
  const message = error instanceof Error && error.message ? error.message : 'An unexpected error occurred.';
  return { code: 'io', message };
}

export async function envelope<T>(work: () => Promise<T> | T): Promise<Envelope<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: toHostError(error) };
  }
}

/** Preload side: returns the value or throws the HostError as a plain object. */
export function unwrap<T>(result: unknown): T {
  if (typeof result === 'object' && result !== null && 'ok' in result) {
    const typed = result as Envelope<T>;
    if (typed.ok) return typed.value;
    if (isHostError(typed.error)) throw typed.error;
  }
  const malformed: HostError = { code: 'io', message: 'The application sent a malformed reply.' };
  throw malformed;
}
