// Runs the full validation of a document in the validation web worker, or, where there are no
// workers (unit tests in Node), on this thread with a pause between processes so a page keeps
// painting. Both use the same models/validation code and a per-process cache.

import { FULL_VALIDATION, validateProjectDeep, type Problem } from '../../models/validation';
import { projectDelta } from '../../models/validation/delta';
import type { Project } from '../../models/project/types';
import type { ValidationReply, ValidationRequest } from './validation.worker';

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 1;
/** The document the worker holds; the next request sends only what changed since. */
let lastSent: Project | null = null;
const pending = new Map<number, { resolve(problems: Problem[] | null): void; reject(error: Error): void }>();

function getWorker(): Worker | null {
  if (worker) return worker;
  if (workerFailed || typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('./validation.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerFailed = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<ValidationReply>) => {
    const entry = pending.get(event.data.id);
    if (!entry) return;
    pending.delete(event.data.id);
    if ('problems' in event.data) entry.resolve(event.data.problems);
    else if ('skipped' in event.data) entry.resolve(null);
    else entry.reject(new Error(event.data.failure));
  };
  worker.onerror = (event) => {
    // A worker that cannot start (blocked by a policy, say) leaves the work to this thread.
    workerFailed = true;
    worker = null;
    lastSent = null;
    for (const entry of pending.values()) entry.reject(new Error(event.message || 'The validation worker stopped'));
    pending.clear();
  };
  return worker;
}

/** Lets the page paint and handle input between two processes of a large project. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The full validation of `project`; null when a newer document was sent to the worker before
 * this one was checked (its result would be out of date anyway).
 */
export async function validateOffMainThread(project: Project): Promise<Problem[] | null> {
  const target = getWorker();
  if (target) {
    const id = nextId++;
    const request: ValidationRequest = lastSent === null ? { id, project } : { id, delta: projectDelta(lastSent, project) };
    lastSent = project;
    try {
      return await new Promise<Problem[] | null>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        target.postMessage(request);
      });
    } catch {
      // The worker stopped or failed on this document: check it here instead, and send the
      // whole document next time.
      lastSent = null;
    }
  }
  return validateProjectDeep(project, { ...FULL_VALIDATION, pause: nextTask });
}
