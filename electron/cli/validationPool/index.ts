// The command line's parallel validation: decides whether a project is worth worker threads,
// starts them, hands validateProjectDeep the pool's reader and always closes the pool after.

import os from 'node:os';
import type { Process } from '../../../models/project/types';
import type { ProcessReader } from '../../../models/validation/validateDeep';
import { workersFromEnv, plannedWorkerCount, plannedWorkerCountForFile, type PoolPlanSettings } from './plan';
import { startValidationPool, type ValidationPool } from './pool';
import type { WorkerEntry } from './workerEntry';

export { MIN_PARALLEL_TEXT_LENGTH, plannedWorkerCount, plannedWorkerCountForFile, splitByLength, workersFromEnv } from './plan';
export { startValidationPool, type PoolOptions, type PoolReadStats } from './pool';
export type { ValidationPool };
export { resolveWorkerEntry, WORKER_BUNDLE_NAME, type WorkerEntry } from './workerEntry';

/** The environment variable that sets the number of workers whatever the project's size (0 turns the pool off), for debugging. */
export const WORKERS_ENV = 'CS_VALIDATION_WORKERS';

export interface ParallelValidationSettings extends Partial<PoolPlanSettings> {
  /** False with --no-parallel. */
  enabled: boolean;
  /** Which worker to start; the installed one by default. */
  entry?: WorkerEntry;
}

/** The settings of this process: its cores, the machine's load and CS_VALIDATION_WORKERS. */
export function parallelSettingsFromEnvironment(enabled: boolean, env: NodeJS.ProcessEnv = process.env): ParallelValidationSettings {
  const settings: ParallelValidationSettings = { enabled, parallelism: os.availableParallelism(), load: os.loadavg()[0] ?? 0 };
  const workers = workersFromEnv(env[WORKERS_ENV]);
  if (workers !== undefined) settings.workers = workers;
  return settings;
}

/**
 * Starts the workers a project file of this size is likely worth, before it is read, so that
 * their start-up and code loading overlap the main thread reading and parsing the file.
 * withValidationReader then uses them, or closes them when the project turns out too small.
 */
export function prestartValidationPool(fileBytes: number, settings: ParallelValidationSettings): ValidationPool | undefined {
  if (!settings.enabled) return undefined;
  const workers = plannedWorkerCountForFile(fileBytes, { ...settings, parallelism: settings.parallelism ?? os.availableParallelism() });
  return workers > 0 ? startValidationPool(workers, settings.entry ? { entry: settings.entry } : {}) : undefined;
}

/**
 * Runs `validate` with a pool's reader when the processes are worth one (else with none), and
 * closes the pool after, also on failure. A prestarted pool is used or closed, never leaked.
 */
export async function withValidationReader<T>(
  processes: readonly Process[],
  settings: ParallelValidationSettings,
  validate: (reader: ProcessReader | undefined) => Promise<T>,
  prestarted?: ValidationPool,
): Promise<T> {
  const workers = settings.enabled
    ? plannedWorkerCount(processes, { ...settings, parallelism: settings.parallelism ?? os.availableParallelism() })
    : 0;
  let pool = prestarted;
  if (workers === 0 && pool) {
    await pool.close();
    pool = undefined;
  } else if (workers > 0 && !pool) {
    pool = startValidationPool(workers, settings.entry ? { entry: settings.entry } : {});
  }
  try {
    return await validate(pool?.read);
  } finally {
    await pool?.close();
  }
}
