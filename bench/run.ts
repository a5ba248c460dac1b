// `npm run bench`: generates the S, M and L projects into a temporary folder, runs every
// selected case on every size in fresh child processes, prints the table on stdout (progress
// on stderr) and writes the results to bench/out/ for comparison with later runs.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serializeProject } from '../models/project/serialize';
import { DEFAULT_REPETITIONS, parseArgs, USAGE, type BenchOptions } from './args';
import { benchCases, selectCases } from './cases/index';
import type { BenchCase } from './cases/types';
import { countEntities, generateProject, type SizeName } from './generate';
import { caseSizeResult, resultsFileName, resultsTable, type BenchResults, type CaseResult, type ProjectFileInfo } from './report';
import { REPO_ROOT, runInChild } from './spawnChild';

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function writeProjects(dir: string, options: BenchOptions): Promise<Map<SizeName, ProjectFileInfo & { file: string }>> {
  const files = new Map<SizeName, ProjectFileInfo & { file: string }>();
  for (const size of options.sizes) {
    const started = performance.now();
    const project = generateProject(size, options.seed);
    const text = serializeProject(project);
    const file = path.join(dir, `synthetic-${size}.convergence`);
    await writeFile(file, text, 'utf8');
    const fileBytes = Buffer.byteLength(text, 'utf8');
    files.set(size, { size, file, fileBytes, counts: countEntities(project) });
    progress(`generated ${size}: ${(fileBytes / 1024 / 1024).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms`);
  }
  return files;
}

async function runCase(
  benchCase: BenchCase,
  files: Map<SizeName, ProjectFileInfo & { file: string }>,
  workRoot: string,
  options: BenchOptions,
): Promise<CaseResult> {
  const result: CaseResult = {
    name: benchCase.name,
    description: benchCase.description,
    subjectLabel: benchCase.subjectLabel,
    sizes: [],
  };
  if (benchCase.baselineLabel) result.baselineLabel = benchCase.baselineLabel;
  for (const [size, info] of files) {
    const repetitions = options.repeat ?? benchCase.repetitions?.[size] ?? DEFAULT_REPETITIONS[size];
    const workDir = path.join(workRoot, `${benchCase.name}-${size}`);
    await mkdir(workDir, { recursive: true });
    const input = { file: info.file, workDir, size };
    progress(`${benchCase.name} ${size}: ${benchCase.subjectLabel}, warm-up + ${repetitions} runs`);
    const subject = await runInChild(benchCase.name, 'subject', input, repetitions);
    let baseline;
    if (benchCase.baseline) {
      progress(`${benchCase.name} ${size}: ${benchCase.baselineLabel ?? 'baseline'}, warm-up + ${repetitions} runs`);
      baseline = await runInChild(benchCase.name, 'baseline', input, repetitions);
    }
    result.sizes.push(caseSizeResult(size, subject, baseline));
  }
  return result;
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\ncases: ${benchCases.map((c) => c.name).join(', ')}\n`);
    return 0;
  }
  const cases = selectCases(options.filters);
  if (cases.length === 0) {
    process.stderr.write(`no benchmark case matches ${options.filters.join(', ')}; cases: ${benchCases.map((c) => c.name).join(', ')}\n`);
    return 2;
  }

  const startedAt = new Date();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'convergence-bench-'));
  progress(`working in ${dir}`);
  try {
    const files = await writeProjects(dir, options);
    const results: BenchResults = {
      startedAt: startedAt.toISOString(),
      environment: {
        node: process.version,
        platform: process.platform,
        arch: process.arch,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        totalMemoryBytes: os.totalmem(),
      },
      seed: options.seed,
      projects: [...files.values()].map(({ size, fileBytes, counts }) => ({ size, fileBytes, counts })),
      cases: [],
    };
    for (const benchCase of cases) results.cases.push(await runCase(benchCase, files, dir, options));

    process.stdout.write(`${resultsTable(results)}\n`);
    process.stdout.write('times in ms as median / min of the timed runs after one warm-up; each case ran in a fresh Node process.\n');
    const outDir = path.join(REPO_ROOT, 'bench', 'out');
    await mkdir(outDir, { recursive: true });
    const outFile = path.join(outDir, resultsFileName(startedAt));
    await writeFile(outFile, `${JSON.stringify(results, null, 2)}\n`, 'utf8');
    progress(`results written to ${path.relative(REPO_ROOT, outFile)}`);
    return 0;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
