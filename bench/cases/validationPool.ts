// The command line's parallel validation (electron/cli/validationPool): cold full validation with
// a pool of worker threads reading and linting the processes, the pool's start-up and shutdown
// inside the timed run since every `convergence validate` pays them. One worker per core besides
// the main thread (which reads a share too), forced on for every size so the small project shows
// what the pool costs where the command line would not start it (plan.ts MIN_PARALLEL_TEXT_LENGTH).
// Baseline: the same validation in the main thread alone (validation-full's subject).
// The workers run what the installed command runs, validation-worker.cjs, bundled by
// scripts/build-cli.mjs into the case's folder while preparing (untimed): under tsx, as the cases
// run, a worker on the TypeScript sources would time tsx loading ~100 modules through its
// module hooks instead. Workers always start cold (fresh V8 isolate), while the main thread is
// warm after the untimed warm-up run: the figures understate what the pool gains in a fresh
// `convergence validate` process, whose main thread is cold as well.

import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { resolveWorkerEntry, startValidationPool, type WorkerEntry } from '../../electron/cli/validationPool';
import { REPO_ROOT } from '../spawnChild';
import { openProjectText } from '../../models/project/open';
import type { Project } from '../../models/project/types';
import { FULL_VALIDATION, ProcessResultCache, validateProjectDeep } from '../../models/validation';
import { forgetContractOperations } from '../../models/validation/contractOperations';
import { defineCase } from './types';

interface PoolState {
  project: Project;
  workers: number;
  entry?: WorkerEntry;
}

/** Builds the command line and its worker into `directory`, and returns how to start that worker. */
async function bundledWorker(directory: string): Promise<WorkerEntry> {
  await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-cli.mjs'), '--outdir', directory], { cwd: REPO_ROOT });
  const entry = resolveWorkerEntry(path.join(directory, 'convergence.cjs'));
  if (!entry) throw new Error(`scripts/build-cli.mjs wrote no validation worker into ${directory}`);
  return entry;
}

export const validationPoolCase = defineCase<PoolState>({
  name: 'validation-pool',
  description:
    'cold full validation (bpmnlint included) with processes read on worker threads (the bundled validation-worker.cjs) plus the main thread, pool start-up and shutdown timed; baseline = the same in the main thread alone',
  subjectLabel: 'worker pool',
  baselineLabel: 'main thread only',
  async prepare(input, variant) {
    const opened = openProjectText(await readFile(input.file, 'utf8'));
    if (!opened.ok) throw new Error(`the benchmark file ${input.file} did not open`);
    const state: PoolState = { project: opened.project, workers: Math.max(1, os.availableParallelism() - 1) };
    if (variant === 'subject') state.entry = await bundledWorker(path.join(input.workDir, 'dist-cli'));
    return state;
  },
  async subject({ project, workers, entry }) {
    forgetContractOperations();
    const pool = startValidationPool(workers, entry ? { entry, cache: new ProcessResultCache() } : { cache: new ProcessResultCache() });
    if (!pool) throw new Error('the validation worker was not found');
    try {
      return await validateProjectDeep(project, { ...FULL_VALIDATION, reader: pool.read });
    } finally {
      await pool.close();
    }
  },
  async baseline({ project }) {
    forgetContractOperations();
    return validateProjectDeep(project, { ...FULL_VALIDATION, cache: new ProcessResultCache() });
  },
});
