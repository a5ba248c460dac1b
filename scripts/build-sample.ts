// Builds assets/sample/child-grant.convergence, the bundled sample project, from its sources in
// assets/sample/src/ (TypeScript and the verbatim OpenAPI YAML of its contracts).
//   npm run sample            write the file
//   npm run sample -- --check exit 1 when the committed file differs from a fresh build

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSampleProject, SAMPLE_CONTRACT_SOURCES } from '../assets/sample/src/project';
import { serializeProject } from '../models/project/serialize';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the built sample lives, relative to the repository root. */
export const SAMPLE_FILE = path.join('assets', 'sample', 'child-grant.convergence');
const CONTRACTS_DIR = path.join('assets', 'sample', 'src', 'contracts');

/** The canonical text of the sample project, built from the sources under `repoRoot`. */
export function buildSampleText(repoRoot: string = REPO_ROOT): string {
  const texts: Record<string, string> = {};
  for (const contract of SAMPLE_CONTRACT_SOURCES) {
    texts[contract.file] = readFileSync(path.join(repoRoot, CONTRACTS_DIR, contract.file), 'utf8');
  }
  return serializeProject(buildSampleProject(texts));
}

function main(args: string[]): number {
  const target = path.join(REPO_ROOT, SAMPLE_FILE);
  const text = buildSampleText();
  if (args.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      process.stderr.write(`${SAMPLE_FILE}: missing; run npm run sample\n`);
      return 1;
    }
    if (current !== text) {
      process.stderr.write(`${SAMPLE_FILE}: out of date with assets/sample/src; run npm run sample\n`);
      return 1;
    }
    process.stdout.write(`${SAMPLE_FILE}: up to date\n`);
    return 0;
  }
  writeFileSync(target, text, 'utf8');
  process.stdout.write(`${SAMPLE_FILE}: written (${Buffer.byteLength(text)} bytes)\n`);
  return 0;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(path.resolve(invokedPath)).href) {
  process.exitCode = main(process.argv.slice(2));
}
