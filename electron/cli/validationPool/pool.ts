// A pool of worker threads that reads and lints a project's processes in parallel for the
// command line's validation (validateProjectDeep's `reader`). Each worker runs the same
// readProcessOutcome as the main thread, so the outcomes are the ones the main thread would get.
//
// The processes are split by BPMN text length between the workers and, by default, the main
// thread, which would otherwise sit idle. A worker first has to start and load its code, and the
// machine may be busy, so when the main thread is done with its share it takes over processes
// from the end of the workers' shares that no one has started yet (each process is claimed in a
// shared Int32Array before it is read, so none is read twice). Whatever goes wrong with a worker
// (it cannot start, crashes, exits, or a message cannot be cloned), the processes it still owed
// are read in the main thread: a result, never a hang.

import type { Worker } from 'node:worker_threads';
import type { Process } from '../../../models/project/types';
import type { ProcessResultCache } from '../../../models/validation/processCache';
import { readProcessOutcome, type ProcessOutcome, type ProcessReader } from '../../../models/validation/validateDeep';
import { splitByLength } from './plan';
import type { ReadShareRequest, WorkerReply } from './protocol';
import { resolveWorkerEntry, type WorkerEntry } from './workerEntry';

/** Who read the processes of the last read (the tests and the benchmark look). */
export interface PoolReadStats {
  byWorkers: number;
  /** The main thread's own share and what it took over from workers not yet at it. */
  byMainThread: number;
  /** Read in the main thread because a worker failed, exited or threw on them. */
  recovered: number;
}

export interface ValidationPool {
  /** Reads processes like validateProjectDeep's own loop would, spread over the threads. */
  read: ProcessReader;
  /** Workers started, and how many of their threads have not ended yet. */
  readonly size: number;
  readonly running: number;
  readonly lastRead: Readonly<PoolReadStats>;
  /** Terminates every worker; resolves once all have exited. */
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Which worker to start; the installed one by default. */
  entry?: WorkerEntry;
  /** False: the main thread reads only what workers fail on (the tests use it to reach those paths). */
  mainThreadReads?: boolean;
  /** Where the main thread keeps what it reads, as validateProjectDeep's `cache`; the shared cache by default. */
  cache?: ProcessResultCache;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T | Promise<T>): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T | Promise<T>) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** The share a worker is reading: outcomes still owed, by project position. */
interface Share {
  owed: Map<number, Deferred<ProcessOutcome>>;
  /** Reads a process in the main thread instead (after a failure in the worker). */
  recover(index: number): Promise<ProcessOutcome>;
  settled: Deferred<void>;
}

class PoolWorker {
  /** False once the worker failed in any way: it is given no more shares. */
  alive = true;
  /** True once its thread has ended. */
  hasExited = false;
  share: Share | undefined;
  readonly exited: Promise<void>;

  constructor(readonly worker: Worker) {
    // An idle pool never keeps the process alive; a read takes a reference while it waits.
    worker.unref();
    this.exited = new Promise((resolve) =>
      worker.once('exit', () => {
        this.hasExited = true;
        resolve();
      }),
    );
    worker.on('message', (reply: WorkerReply) => this.receive(reply));
    // A worker that cannot start, throws outside a read, or sends what cannot be read is given up.
    worker.on('error', () => this.die());
    worker.on('messageerror', () => this.die());
    worker.once('exit', () => this.die());
  }

  private receive(reply: WorkerReply): void {
    const share = this.share;
    const owed = share?.owed.get(reply.index);
    if (!share || !owed) return;
    share.owed.delete(reply.index);
    owed.resolve(reply.kind === 'outcome' ? reply.outcome : share.recover(reply.index));
    if (share.owed.size === 0) this.finish();
  }

  send(request: ReadShareRequest, share: Share): void {
    this.share = share;
    this.worker.ref();
    try {
      this.worker.postMessage(request);
    } catch {
      // Not cloneable: read here, and retire the worker (its queue state is unknown).
      this.die();
      void this.worker.terminate();
    }
  }

  /** The main thread read this one itself. */
  takenOver(index: number): void {
    const share = this.share;
    if (share?.owed.delete(index) && share.owed.size === 0) this.finish();
  }

  private finish(): void {
    const share = this.share;
    this.share = undefined;
    if (this.alive) this.worker.unref();
    share?.settled.resolve();
  }

  /** Everything still owed is read in the main thread. */
  private die(): void {
    this.alive = false;
    const share = this.share;
    if (!share) return;
    for (const [index, owed] of share.owed) owed.resolve(share.recover(index));
    share.owed.clear();
    this.finish();
  }
}

/** Runs main-thread reads one after another, as validateProjectDeep's own loop does. */
function sequential(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** The unclaimed process at the end of the share with the most unclaimed text, if any. */
function nextToTakeOver(shares: readonly number[][], claims: Int32Array, lengths: readonly number[]): { share: number; index: number } | undefined {
  let best: { share: number; index: number; remaining: number } | undefined;
  shares.forEach((indices, share) => {
    let remaining = 0;
    let last: number | undefined;
    for (const index of indices) {
      if (Atomics.load(claims, index) !== 0) continue;
      remaining += lengths[index]!;
      last = index;
    }
    if (last !== undefined && (!best || remaining > best.remaining)) best = { share, index: last, remaining };
  });
  return best;
}

/**
 * Starts `workers` threads (at once, so their start-up overlaps whatever the caller does next).
 * Undefined when no worker file is installed for this copy of the command line.
 */
export function startValidationPool(workers: number, options: PoolOptions = {}): ValidationPool | undefined {
  const entry = options.entry ?? resolveWorkerEntry();
  const mainThreadReads = options.mainThreadReads ?? true;
  if (!entry || workers < 1) return undefined;
  const members: PoolWorker[] = [];
  for (let i = 0; i < workers; i += 1) {
    try {
      members.push(new PoolWorker(entry.start()));
    } catch {
      break;
    }
  }
  if (members.length === 0) return undefined;
  let readsDone: Promise<unknown> = Promise.resolve();
  let lastRead: PoolReadStats = { byWorkers: 0, byMainThread: 0, recovered: 0 };

  async function readAll(processes: readonly Process[], bpmnlint: boolean): Promise<ProcessOutcome[]> {
    const stats: PoolReadStats = { byWorkers: processes.length, byMainThread: 0, recovered: 0 };
    lastRead = stats;
    const claims = new Int32Array(new SharedArrayBuffer(Math.max(1, processes.length) * Int32Array.BYTES_PER_ELEMENT));
    const inMainThread = sequential();
    const readHere = (index: number): Promise<ProcessOutcome> => inMainThread(() => readProcessOutcome(processes[index]!, bpmnlint, options.cache));
    const recover = (index: number): Promise<ProcessOutcome> => {
      // Claimed, so the main thread does not take it over a second time.
      Atomics.store(claims, index, 1);
      stats.byWorkers -= 1;
      stats.recovered += 1;
      return readHere(index);
    };
    const outcomes = processes.map(() => deferred<ProcessOutcome>());
    // Every outcome is awaited in project order below, so the first failing process (if any) is
    // the one reported, as in the main-thread loop; later failures are marked handled here.
    for (const outcome of outcomes) outcome.promise.catch(() => undefined);
    const lengths = processes.map((process) => process.bpmn.length);
    const live = members.filter((member) => member.alive);
    const groups = splitByLength(lengths, live.length + (mainThreadReads ? 1 : 0));
    const ownShare = mainThreadReads ? groups.pop()! : [];
    // The workers that were sent a share, and those shares, position by position.
    const shareMembers: PoolWorker[] = [];
    const workerShares: number[][] = [];
    const settled: Promise<void>[] = [];
    groups.forEach((indices, position) => {
      const member = live[position];
      if (!member) {
        // Every worker has failed before this read (and the main thread has no share of its own).
        for (const index of indices) outcomes[index]!.resolve(recover(index));
        return;
      }
      if (indices.length === 0) return;
      shareMembers.push(member);
      workerShares.push(indices);
      const share: Share = { owed: new Map(indices.map((index) => [index, outcomes[index]!])), recover, settled: deferred<void>() };
      settled.push(share.settled.promise);
      member.send({ kind: 'read', bpmnlint, indices, processes: indices.map((index) => processes[index]!), claims: claims.buffer as SharedArrayBuffer }, share);
    });

    if (mainThreadReads) {
      const takeOver = (index: number, from?: PoolWorker): void => {
        stats.byWorkers -= 1;
        stats.byMainThread += 1;
        from?.takenOver(index);
        outcomes[index]!.resolve(readHere(index));
      };
      for (const index of ownShare) {
        if (Atomics.compareExchange(claims, index, 0, 1) !== 0) continue;
        takeOver(index);
        await outcomes[index]!.promise.catch(() => undefined);
      }
      for (let next = nextToTakeOver(workerShares, claims, lengths); next; next = nextToTakeOver(workerShares, claims, lengths)) {
        if (Atomics.compareExchange(claims, next.index, 0, 1) !== 0) continue;
        takeOver(next.index, shareMembers[next.share]);
        await outcomes[next.index]!.promise.catch(() => undefined);
      }
    }
    await Promise.all(settled);
    const results: ProcessOutcome[] = [];
    for (const outcome of outcomes) results.push(await outcome.promise);
    return results;
  }

  return {
    get size() {
      return members.length;
    },
    get running() {
      return members.filter((member) => !member.hasExited).length;
    },
    get lastRead() {
      return lastRead;
    },
    read(processes, { bpmnlint }) {
      // One read at a time: a worker holds one share.
      const run = readsDone.then(() => readAll(processes, bpmnlint));
      readsDone = run.catch(() => undefined);
      return run;
    },
    async close() {
      await Promise.all(members.map((member) => member.worker.terminate().then(() => member.exited)));
    },
  };
}
