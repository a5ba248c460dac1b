// The command line's validation pool (electron/cli/validationPool): worker threads read and lint
// processes with the same readProcessOutcome as the main thread, and every way a worker can fail
// ends in the outcome the main thread alone would have given.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../../bench/generate';
import {
  workersFromEnv,
  parallelSettingsFromEnvironment,
  plannedWorkerCount,
  plannedWorkerCountForFile,
  resolveWorkerEntry,
  splitByLength,
  startValidationPool,
  WORKERS_ENV,
  type PoolOptions,
  type WorkerEntry,
} from '../../../electron/cli/validationPool';
import { USAGE } from '../../../electron/cli/usage';
import { runValidate } from '../../../electron/cli/validateCommand';
import { openProjectText } from '../../../models/project/open';
import { serializeProject } from '../../../models/project/serialize';
import type { Process, Project } from '../../../models/project/types';
import { FULL_VALIDATION, ProcessResultCache, validateProjectDeep } from '../../../models/validation';
import { readProcessOutcome, type ProcessOutcome } from '../../../models/validation/validateDeep';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const samplePath = path.join(repoRoot, 'assets', 'sample', 'child-grant.convergence');

function openFile(file: string): Project {
  const opened = openProjectText(readFileSync(file, 'utf8'));
  if (!opened.ok) throw new Error(`${file} did not open`);
  return opened.project;
}

const sample = openFile(samplePath);
const medium = generateProject('M');

/** What validateProjectDeep's own loop reads, with a cache of its own so nothing is shared with the pool. */
async function inThread(processes: readonly Process[], bpmnlint = true): Promise<ProcessOutcome[]> {
  const cache = new ProcessResultCache();
  const outcomes: ProcessOutcome[] = [];
  for (const process of processes) outcomes.push(await readProcessOutcome(process, bpmnlint, cache));
  return outcomes;
}

/** Reads with a fresh pool (workers only unless told), closes it, and reports who read what. */
async function readWithPool(processes: readonly Process[], workers: number, options: PoolOptions = {}) {
  const pool = startValidationPool(workers, { mainThreadReads: false, cache: new ProcessResultCache(), ...options });
  if (!pool) throw new Error('no worker entry for the sources');
  try {
    const outcomes = await pool.read(processes, { bpmnlint: true });
    return { outcomes, stats: { ...pool.lastRead }, size: pool.size };
  } finally {
    await pool.close();
    expect(pool.running).toBe(0);
  }
}

/** A worker made of `code` (CommonJS, eval), for the ways a worker can fail. */
const evalEntry = (code: string): WorkerEntry => ({ describe: 'test worker', start: () => new Worker(code, { eval: true }) });

const malformed: Process[] = [
  { id: 'not-xml', name: 'Not XML', phase: 'registration', bpmn: 'this is not XML at all' },
  { id: 'cut-short', name: 'Cut short', phase: 'registration', bpmn: sample.processes[0]!.bpmn.slice(0, 400) },
  { id: 'not-bpmn', name: 'Not BPMN', phase: 'registration', bpmn: '<?xml version="1.0"?><html><body/></html>' },
];

describe('splitting the processes', () => {
  it('balances shares by text length, not by count, and keeps every position once', () => {
    const lengths = [900, 100, 100, 100, 100, 100, 100, 100, 100, 100];
    const shares = splitByLength(lengths, 2);
    expect(shares).toEqual([[0], [1, 2, 3, 4, 5, 6, 7, 8, 9]]);
    const many = Array.from({ length: 200 }, (_, i) => 1000 + ((i * 7919) % 5000));
    const split = splitByLength(many, 3);
    expect(split.flat().sort((a, b) => a - b)).toEqual(many.map((_, i) => i));
    const totals = split.map((share) => share.reduce((sum, i) => sum + many[i]!, 0));
    expect(Math.max(...totals) - Math.min(...totals)).toBeLessThanOrEqual(Math.max(...many));
    for (const share of split) expect(share).toEqual([...share].sort((a, b) => a - b));
  });

  it('starts no worker on one core, for little BPMN, or when turned off; one per core besides the main thread otherwise', () => {
    expect(plannedWorkerCountForFile(30_000_000, { parallelism: 4 })).toBe(3);
    expect(plannedWorkerCountForFile(3_000_000, { parallelism: 4 })).toBe(0);
    expect(plannedWorkerCountForFile(3_000_000, { parallelism: 4, workers: 1 })).toBe(1);
    const big = Array.from({ length: 10 }, () => ({ bpmn: 'x'.repeat(600_000) }));
    expect(plannedWorkerCount(big, { parallelism: 1 })).toBe(0);
    expect(plannedWorkerCount(big, { parallelism: 2 })).toBe(1);
    expect(plannedWorkerCount(big, { parallelism: 8 })).toBe(7);
    // Only idle cores count: a busy machine gets fewer workers, or none.
    expect(plannedWorkerCount(big, { parallelism: 8, load: 2.5 })).toBe(5);
    expect(plannedWorkerCount(big, { parallelism: 2, load: 0.4 })).toBe(1);
    expect(plannedWorkerCount(big, { parallelism: 2, load: 1.5 })).toBe(0);
    expect(plannedWorkerCount(big, { parallelism: 2, load: 3.5, workers: 1 })).toBe(1);
    expect(plannedWorkerCount(big, { parallelism: 8, workers: 2 })).toBe(2);
    expect(plannedWorkerCount(big, { parallelism: 8, workers: 0 })).toBe(0);
    // Set explicitly, the number holds for a small project and beyond the cores too.
    expect(plannedWorkerCount(big.slice(0, 3), { parallelism: 1, workers: 2 })).toBe(2);
    expect(plannedWorkerCount(big.slice(0, 1), { parallelism: 8, workers: 2 })).toBe(0);
    expect(plannedWorkerCount(big.slice(0, 3), { parallelism: 8 })).toBe(0);
    expect(plannedWorkerCount(big, { parallelism: 4, minTextLength: 7_000_000 })).toBe(0);
    expect(plannedWorkerCount(big.slice(0, 1), { parallelism: 4, minTextLength: 0 })).toBe(0);
  });

  it('is documented in the usage text', () => {
    expect(USAGE).toContain('validate FILE [--format text|json|sarif] [--no-parallel]');
    expect(USAGE).toContain(`${WORKERS_ENV}=0`);
  });

  it(`reads ${WORKERS_ENV} as the number of workers`, () => {
    expect(workersFromEnv('0')).toBe(0);
    expect(workersFromEnv(' 3 ')).toBe(3);
    expect(workersFromEnv('many')).toBeUndefined();
    expect(workersFromEnv(undefined)).toBeUndefined();
    expect(parallelSettingsFromEnvironment(true, { [WORKERS_ENV]: '0' }).workers).toBe(0);
    expect(parallelSettingsFromEnvironment(true, {}).workers).toBeUndefined();
    expect(parallelSettingsFromEnvironment(false, {}).enabled).toBe(false);
  });
});

describe('the validation pool', () => {
  it('finds the TypeScript worker when run from the sources', () => {
    expect(resolveWorkerEntry()?.describe).toBe(path.join(repoRoot, 'electron', 'cli', 'validationPool', 'worker.ts'));
  });

  it('gives what the main thread reads, in project order, for the sample', async () => {
    const expected = await inThread(sample.processes);
    const { outcomes, stats } = await readWithPool(sample.processes, 2);
    expect(stats).toEqual({ byWorkers: sample.processes.length, byMainThread: 0, recovered: 0 });
    expect(outcomes).toEqual(expected);
  });

  it('gives what the main thread reads, in project order, for a generated medium project, with the main thread taking a share', async () => {
    const expected = await inThread(medium.processes);
    const { outcomes, stats } = await readWithPool(medium.processes, 1, { mainThreadReads: true });
    expect(stats.recovered).toBe(0);
    expect(stats.byWorkers + stats.byMainThread).toBe(medium.processes.length);
    expect(outcomes.map((outcome) => outcome.steps.ok && outcome.steps.steps[0]?.processId)).toEqual(medium.processes.map((p) => p.id));
    expect(outcomes).toEqual(expected);
  });

  it('gives malformed BPMN the outcome the main thread gives (an unreadable process is data, not a crash)', async () => {
    const processes = [sample.processes[0]!, ...malformed, sample.processes[1]!];
    const expected = await inThread(processes);
    expect(expected.slice(1, 4).map((outcome) => outcome.steps.ok)).toEqual([false, false, false]);
    const { outcomes, stats } = await readWithPool(processes, 2);
    expect(stats.recovered).toBe(0);
    expect(outcomes).toEqual(expected);
  });

  it('reads everything in the main thread when a worker throws on its first message', async () => {
    const expected = await inThread(sample.processes);
    const crashing = evalEntry(`require('node:worker_threads').parentPort.on('message', () => { throw new Error('worker crashed'); });`);
    const { outcomes, stats } = await readWithPool(sample.processes, 2, { entry: crashing });
    expect(stats).toEqual({ byWorkers: 0, byMainThread: 0, recovered: sample.processes.length });
    expect(outcomes).toEqual(expected);
  });

  it('reads in the main thread when every worker has already failed before a read', async () => {
    const exits: Promise<unknown>[] = [];
    const exiting: WorkerEntry = {
      describe: 'exits at once',
      start: () => {
        const worker = new Worker('process.exit(3);', { eval: true });
        exits.push(new Promise((resolve) => worker.once('exit', resolve)));
        return worker;
      },
    };
    const pool = startValidationPool(2, { entry: exiting, mainThreadReads: false, cache: new ProcessResultCache() })!;
    try {
      await Promise.all(exits);
      expect(pool.running).toBe(0);
      const outcomes = await pool.read(sample.processes, { bpmnlint: true });
      expect(pool.lastRead).toEqual({ byWorkers: 0, byMainThread: 0, recovered: sample.processes.length });
      expect(outcomes).toEqual(await inThread(sample.processes));
    } finally {
      await pool.close();
    }
  });

  it('reads what is left in the main thread when a worker exits after its first outcome', async () => {
    const real = resolveWorkerEntry()!;
    // The real worker, terminated once its first reply arrives: the rest of its share is owed.
    const exitingAfterOne: WorkerEntry = {
      describe: 'exits after one outcome',
      start: () => {
        const worker = real.start();
        worker.once('message', () => void worker.terminate());
        return worker;
      },
    };
    const expected = await inThread(medium.processes.slice(0, 12));
    const { outcomes, stats } = await readWithPool(medium.processes.slice(0, 12), 1, { entry: exitingAfterOne });
    expect(stats.byWorkers).toBeGreaterThanOrEqual(1);
    expect(stats.recovered).toBeGreaterThanOrEqual(1);
    expect(stats.byWorkers + stats.recovered).toBe(12);
    expect(outcomes).toEqual(expected);
  });

  it('reads a process again in the main thread when the worker reports that reading it threw', async () => {
    const expected = await inThread(sample.processes);
    const failing = evalEntry(`
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (request) => {
        const claims = new Int32Array(request.claims);
        for (const index of request.indices) {
          Atomics.store(claims, index, 1);
          parentPort.postMessage({ kind: 'failed', index, message: 'reading threw' });
        }
      });`);
    const { outcomes, stats } = await readWithPool(sample.processes, 1, { entry: failing });
    expect(stats.recovered).toBe(sample.processes.length);
    expect(outcomes).toEqual(expected);
  });

  it('reads in the main thread when the worker file cannot be loaded, and does not hang', async () => {
    const missing: WorkerEntry = { describe: 'missing', start: () => new Worker(pathToFileURL(path.join(tmpdir(), 'no-such-validation-worker.cjs'))) };
    const expected = await inThread(sample.processes);
    const { outcomes, stats } = await readWithPool(sample.processes, 2, { entry: missing });
    expect(stats.recovered).toBe(sample.processes.length);
    expect(outcomes).toEqual(expected);
  });

  it('gives the same problems as the main-thread loop for a process whose BPMN is not even text', async () => {
    // Not what a schema-checked file holds, but structured clone carries it and both paths must agree.
    const odd = { ...sample.processes[0]!, bpmn: { not: 'text' } as unknown as string };
    const alone = await validateProjectDeep({ ...sample, processes: [odd] }, { ...FULL_VALIDATION, cache: new ProcessResultCache() }).then(
      (problems) => ({ problems }),
      (error: unknown) => ({ error: String(error) }),
    );
    const pool = startValidationPool(1, { mainThreadReads: false, cache: new ProcessResultCache() })!;
    try {
      const pooled = await validateProjectDeep({ ...sample, processes: [odd] }, { ...FULL_VALIDATION, reader: pool.read }).then(
        (problems) => ({ problems }),
        (error: unknown) => ({ error: String(error) }),
      );
      expect(alone).toMatchObject({ problems: expect.arrayContaining([expect.objectContaining({ ruleId: 'bpmn-parse-error' })]) });
      expect(pooled).toEqual(alone);
    } finally {
      await pool.close();
    }
  });

  it('has no worker left running after close', async () => {
    const pool = startValidationPool(2, { cache: new ProcessResultCache() })!;
    expect(pool.size).toBe(2);
    await pool.read(sample.processes, { bpmnlint: true });
    expect(pool.running).toBe(2);
    await pool.close();
    expect(pool.running).toBe(0);
  });
});

describe('convergence validate with the pool', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'convergence-pool-'));
    writeFileSync(path.join(dir, 'medium.convergence'), serializeProject(medium));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function validate(file: string, format: string, parallel: boolean, minTextLength = 0) {
    let stdout = '';
    let stderr = '';
    let started = 0;
    let exited = 0;
    const real = resolveWorkerEntry()!;
    const counting: WorkerEntry = {
      describe: real.describe,
      start: () => {
        started += 1;
        return real.start().once('exit', () => (exited += 1));
      },
    };
    const args = ['validate', file, '--format', format, ...(parallel ? [] : ['--no-parallel'])];
    const code = await runValidate(args.slice(1), { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: dir }, {
      // Forced on for the small sample too; two cores, so one worker beside the main thread.
      parallel: (enabled) => ({ enabled, parallelism: 2, minTextLength, entry: counting }),
    });
    // Every worker started has exited by the time the command returns.
    expect(exited).toBe(started);
    return { code, stdout, stderr, started };
  }

  it('closes workers started for a large file when its processes turn out too little BPMN for them', async () => {
    const fileBytes = statSync(samplePath).size;
    const bpmnLength = sample.processes.reduce((sum, process) => sum + process.bpmn.length, 0);
    expect(bpmnLength).toBeLessThan(fileBytes);
    const pooled = await validate(samplePath, 'json', true, bpmnLength + 1);
    const alone = await validate(samplePath, 'json', false, bpmnLength + 1);
    expect(pooled).toEqual({ ...alone, started: 1 });
  });

  it('closes prestarted workers when the file cannot be read', async () => {
    const broken = path.join(dir, 'broken.convergence');
    writeFileSync(broken, '{ "schemaVersion": 3, oops');
    const result = await validate(broken, 'text', true);
    expect(result.code).toBe(2);
    expect(result.started).toBe(1);
  });

  for (const [label, file] of [
    ['the sample', samplePath],
    ['a generated medium project', 'medium.convergence'],
  ] as const) {
    it(`prints byte-identical JSON and SARIF for ${label} with and without the pool`, async () => {
      for (const format of ['json', 'sarif']) {
        const pooled = await validate(file, format, true);
        const alone = await validate(file, format, false);
        expect(pooled.started).toBe(1);
        expect(alone.started).toBe(0);
        expect(pooled.stdout.length).toBeGreaterThan(100);
        expect(pooled).toEqual({ ...alone, started: 1 });
      }
    });
  }

  it('exits promptly from the sources (npm run cli) with the pool on a medium project', () => {
    const run = (...extra: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', path.join('electron', 'cli', 'main.ts'), 'validate', path.join(dir, 'medium.convergence'), '--format', 'json', ...extra], {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 120_000,
        // One worker, though the medium project is below the size the command would start one for.
        env: { ...process.env, [WORKERS_ENV]: '1' },
      });
    const pooled = run();
    const alone = run('--no-parallel');
    expect(pooled.signal).toBeNull();
    expect(pooled.stderr).toBe('');
    expect(pooled.stdout).toBe(alone.stdout);
    expect(pooled.status).toBe(alone.status);
  }, 180_000);
});

describe('the bundled worker (scripts/build-cli.mjs)', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'convergence-pool-bundle-'));
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-cli.mjs'), '--outdir', out], { cwd: repoRoot, stdio: 'pipe' });
    writeFileSync(path.join(out, 'medium.convergence'), serializeProject(medium));
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is found next to the bundled command and reads like the main thread', async () => {
    const entry = resolveWorkerEntry(path.join(out, 'convergence.cjs'));
    expect(entry?.describe).toBe(path.join(out, 'validation-worker.cjs'));
    const expected = await inThread(sample.processes);
    const { outcomes, stats } = await readWithPool(sample.processes, 2, { entry: entry! });
    expect(stats).toEqual({ byWorkers: sample.processes.length, byMainThread: 0, recovered: 0 });
    expect(outcomes).toEqual(expected);
  });

  it('is found from the packaged app, which runs the command line from dist-electron/', () => {
    const app = mkdtempSync(path.join(tmpdir(), 'convergence-pool-app-'));
    try {
      execFileSync('mkdir', ['-p', path.join(app, 'dist-electron'), path.join(app, 'dist-cli')]);
      writeFileSync(path.join(app, 'dist-cli', 'validation-worker.cjs'), '');
      expect(resolveWorkerEntry(path.join(app, 'dist-electron', 'main.cjs'))?.describe).toBe(path.join(app, 'dist-cli', 'validation-worker.cjs'));
      expect(resolveWorkerEntry(path.join(out, 'elsewhere', 'main.cjs'))).toBeUndefined();
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });

  it('validates a generated medium project with the pool exactly as without, and exits', () => {
    const run = (...extra: string[]) =>
      spawnSync(process.execPath, [path.join(out, 'convergence.cjs'), 'validate', 'medium.convergence', '--format', 'json', ...extra], {
        cwd: out,
        encoding: 'utf8',
        timeout: 120_000,
        // One worker, though the medium project is below the size the command would start one for.
        env: { ...process.env, [WORKERS_ENV]: '1' },
      });
    const pooled = run();
    const alone = run('--no-parallel');
    expect(pooled.signal).toBeNull();
    expect(pooled.stderr).toBe('');
    expect(JSON.parse(pooled.stdout).problems.length).toBeGreaterThan(0);
    expect(pooled.stdout).toBe(alone.stdout);
    expect(pooled.status).toBe(alone.status);
  }, 180_000);
});
