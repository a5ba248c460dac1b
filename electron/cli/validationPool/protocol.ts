// The messages between the command line's validation pool and its worker threads. Everything is
// plain data, so postMessage's structured clone carries it as is.

import type { Process } from '../../../models/project/types';
import type { ProcessOutcome } from '../../../models/validation/validateDeep';

/** Main thread → worker: one share of the processes, each text sent once. */
export interface ReadShareRequest {
  kind: 'read';
  bpmnlint: boolean;
  /** The position of each process in the project, echoed back with its outcome. */
  indices: number[];
  processes: Process[];
  /**
   * One Int32 per process of the project, shared by every thread: a reader claims a process
   * (0 → 1 with Atomics.compareExchange) before reading it, so a process the main thread has
   * taken over from a slow worker is read once.
   */
  claims: SharedArrayBuffer;
}

/** Worker → main thread, one per process of a share, in the order the worker read them. */
export type WorkerReply =
  | { kind: 'outcome'; index: number; outcome: ProcessOutcome }
  /** readProcessOutcome threw: the main thread reads that process itself, to fail exactly as it would alone. */
  | { kind: 'failed'; index: number; message: string };
