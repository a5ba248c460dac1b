// Where the validation worker's code is, in each of the three ways the command line runs:
// - the bundle dist-cli/convergence.cjs (the `convergence` command): dist-cli/validation-worker.cjs
//   next to it, built by scripts/build-cli.mjs;
// - the packaged app, which runs the command line from dist-electron/main.cjs: the same file in
//   the dist-cli/ folder shipped beside it (electron-builder.yml packs dist-cli/**);
// - the TypeScript sources under tsx or vitest (`npm run cli`, the tests, the benchmark): worker.ts,
//   loaded through tsx's module hooks registered inside the new thread (Node 20 does not apply
//   `--import tsx` from a worker's execArgv to the worker's own entry).

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export const WORKER_BUNDLE_NAME = 'validation-worker.cjs';

/** How to start one worker thread. */
export interface WorkerEntry {
  start(): Worker;
  /** For messages: the file the worker runs. */
  describe: string;
}

function thisModuleFile(): string {
  // In the bundles esbuild defines import.meta.url as the bundle's own URL (see the build scripts).
  return fileURLToPath(import.meta.url);
}

/**
 * Registers tsx in the new thread, then imports the TypeScript entry (a CommonJS eval script;
 * a failure rejects unhandled, which ends the thread with an 'error' event the pool handles).
 */
const SOURCE_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

/**
 * tsx's module-hooks API as an ES module URL. (Its CommonJS build registers the hooks by a path
 * relative to the wrong folder when loaded in a worker, so the ES module build is imported.)
 */
function tsxEsmApi(moduleFile: string): string | undefined {
  try {
    const manifestFile = createRequire(moduleFile).resolve('tsx/package.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { exports?: Record<string, { import?: { default?: string } }> };
    const relative = manifest.exports?.['./esm/api']?.import?.default;
    return relative === undefined ? undefined : pathToFileURL(path.resolve(path.dirname(manifestFile), relative)).href;
  } catch {
    return undefined;
  }
}

function sourceEntry(moduleFile: string): WorkerEntry | undefined {
  const entry = path.join(path.dirname(moduleFile), 'worker.ts');
  const tsxApi = tsxEsmApi(moduleFile);
  if (tsxApi === undefined || !existsSync(entry)) return undefined;
  return {
    describe: entry,
    start: () => new Worker(SOURCE_BOOTSTRAP, { eval: true, workerData: { tsxApi, entry: pathToFileURL(entry).href } }),
  };
}

function bundleEntry(moduleFile: string): WorkerEntry | undefined {
  const directory = path.dirname(moduleFile);
  const candidates = [path.join(directory, WORKER_BUNDLE_NAME), path.resolve(directory, '..', 'dist-cli', WORKER_BUNDLE_NAME)];
  const found = candidates.find((candidate) => existsSync(candidate));
  return found === undefined ? undefined : { describe: found, start: () => new Worker(found) };
}

/** The worker this copy of the command line can start; undefined when its file is not installed (the pool then reads in-thread). */
export function resolveWorkerEntry(moduleFile = thisModuleFile()): WorkerEntry | undefined {
  return moduleFile.endsWith('.ts') ? sourceEntry(moduleFile) : bundleEntry(moduleFile);
}
