// How many worker threads a validation is worth, and which processes each one reads.

import type { Process } from '../../../models/project/types';

/**
 * Below this much BPMN text in total a cold validation is no quicker with workers. A worker
 * starts and loads its code in ~60 ms, then reads its first processes with cold, unoptimised
 * code. Measured on 2 cores with the generated projects (per-thread CPU time, bundled worker):
 * on the medium one (2.2 MB of BPMN, ~100-400 ms in one thread) the worker had read 3-10 of the
 * 40 processes by the time the main thread had read the rest, so the pool only added cost; on the
 * large one (21.9 MB) the work split evenly (main thread ~540 ms CPU, worker ~480 ms, against
 * ~710-950 ms in one thread).
 */
export const MIN_PARALLEL_TEXT_LENGTH = 5_000_000;

/** A project file holds its BPMN as JSON strings (quotes escaped) beside everything else: ~1.5 file bytes per BPMN character in the generated projects. */
const FILE_BYTES_PER_TEXT_CHARACTER = 1.5;

export interface PoolPlanSettings {
  /** Cores available to this process (os.availableParallelism()). */
  parallelism: number;
  /**
   * Runnable threads on the machine already (os.loadavg()[0]; 0 where the system does not say,
   * as on Windows). A worker only pays off on an idle core: on this project's 2-core build
   * machine, with other jobs keeping the load at 3-4, a worker made the large project's
   * validation 1.1-2.5 times slower, since the threads only take turns on the busy cores.
   */
  load?: number;
  /**
   * Exactly this many workers whatever the size of the project (CS_VALIDATION_WORKERS, for
   * debugging): 0 turns the pool off.
   */
  workers?: number;
  /** Total BPMN text length below which no worker is started. */
  minTextLength?: number;
}

export const totalTextLength = (processes: readonly Pick<Process, 'bpmn'>[]): number => processes.reduce((sum, process) => sum + process.bpmn.length, 0);

/**
 * Workers to start for these processes: one per idle core besides the main thread's (which
 * reads a share too); 0 (all read in the main thread) on one core, on a busy machine, for little
 * BPMN, or when turned off.
 */
export function plannedWorkerCount(processes: readonly Pick<Process, 'bpmn'>[], settings: PoolPlanSettings): number {
  return workersFor(totalTextLength(processes), processes.length, settings);
}

/**
 * The same decision before the project is read, from the size of its file, so the workers can
 * start while the main thread parses the file.
 */
export function plannedWorkerCountForFile(fileBytes: number, settings: PoolPlanSettings): number {
  return workersFor(fileBytes / FILE_BYTES_PER_TEXT_CHARACTER, Number.POSITIVE_INFINITY, settings);
}

function workersFor(textLength: number, processCount: number, settings: PoolPlanSettings): number {
  // The main thread reads too, so a single process needs no worker.
  if (settings.workers !== undefined) return Math.max(0, Math.min(settings.workers, processCount - 1));
  const cores = Math.max(1, Math.floor(settings.parallelism));
  const idleCores = Math.floor(cores - Math.max(0, settings.load ?? 0));
  const allowed = Math.min(cores - 1, idleCores, processCount - 1);
  if (allowed < 1 || textLength < (settings.minTextLength ?? MIN_PARALLEL_TEXT_LENGTH)) return 0;
  return allowed;
}

/**
 * Splits items into `shares` groups of about equal total length (largest first, each to the
 * lightest group so far): reading time grows with the text, not with the count of processes.
 * Each group lists item positions in ascending order; groups may be empty when items are few.
 */
export function splitByLength(lengths: readonly number[], shares: number): number[][] {
  const groups = Array.from({ length: Math.max(1, shares) }, () => ({ total: 0, items: [] as number[] }));
  const bySize = lengths.map((length, index) => ({ length, index })).sort((a, b) => b.length - a.length || a.index - b.index);
  for (const { length, index } of bySize) {
    let lightest = groups[0]!;
    for (const group of groups) if (group.total < lightest.total) lightest = group;
    lightest.total += length;
    lightest.items.push(index);
  }
  return groups.map((group) => group.items.sort((a, b) => a - b));
}

/** CS_VALIDATION_WORKERS: a whole number of workers (0 = none); anything else is ignored. */
export function workersFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}
