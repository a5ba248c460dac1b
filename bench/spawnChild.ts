// Runs one benchmark case variant in a fresh Node process (see child.ts) and reads back its
// measurement, so every variant starts from an empty heap and reports its own peak memory.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaseInput, Variant } from './cases/types';
import type { ChildMeasurement } from './measure';
import { RESULT_PREFIX } from './protocol';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHILD_ENTRY = path.join(REPO_ROOT, 'bench', 'child.ts');

export function parseChildOutput(stdout: string): ChildMeasurement {
  const line = stdout
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(RESULT_PREFIX));
  if (!line) throw new Error('the benchmark child printed no result');
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as ChildMeasurement;
}

export function runInChild(caseName: string, variant: Variant, input: CaseInput, repetitions: number): Promise<ChildMeasurement> {
  const args = [
    '--expose-gc',
    '--import',
    'tsx',
    CHILD_ENTRY,
    caseName,
    variant,
    input.size,
    input.file,
    input.workDir,
    String(repetitions),
  ];
  return new Promise((resolve, reject) => {
    // cwd at the repo root so `--import tsx` resolves from this project's node_modules.
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (code !== 0) {
        reject(new Error(`${caseName}/${variant}/${input.size} failed (${signal ?? `exit ${code}`}):\n${stderr}`));
        return;
      }
      try {
        resolve(parseChildOutput(Buffer.concat(out).toString('utf8')));
      } catch (error) {
        reject(new Error(`${caseName}/${variant}/${input.size}: ${(error as Error).message}\n${stderr}`));
      }
    });
  });
}
