// Importing contracts as the app does in its worker: parse (with the alias and depth limits),
// resolve references, read every operation with its schema trees and collect problems.
// "contractsImport": the largest DCI release spec (one file). "contractsImportTree": every entry
// point of the DCI src/ tree, each resolved against the whole folder. Baseline: YAML parse only.
// The inputs are the conformance files, so the figures do not depend on the S/M/L size.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { analyseContract } from '../../models/contracts/analyse';
import { findEntryDocuments } from '../../models/contracts/load';
import { defineCase } from './types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dci = path.resolve(repoRoot, '..', 'shared', 'conformance', 'spdci-standards');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function largestReleaseSpec(): { name: string; text: string } {
  const dir = path.join(dci, 'release', 'yaml');
  const name = readdirSync(dir).sort((a, b) => statSync(path.join(dir, b)).size - statSync(path.join(dir, a)).size)[0]!;
  return { name, text: readFileSync(path.join(dir, name), 'utf8') };
}

export const contractsImportCase = defineCase<{ name: string; text: string }>({
  name: 'contractsImport',
  description: 'largest DCI release spec: parse + resolve + operations with schema trees, vs YAML parse',
  subjectLabel: 'import',
  baselineLabel: 'yaml.parse',
  async prepare() {
    return largestReleaseSpec();
  },
  async subject({ name, text }) {
    const result = analyseContract({ entryPath: name, files: [[name, text]] });
    if (!result.ok) throw new Error(`${name} did not import`);
    return result;
  },
  async baseline({ text }) {
    return parse(text, { uniqueKeys: false }) as unknown;
  },
});

export const contractsImportTreeCase = defineCase<{ files: Array<[string, string]>; entries: string[] }>({
  name: 'contractsImportTree',
  description: 'every entry point of the DCI src/ tree resolved against the folder, vs YAML parse of every file',
  subjectLabel: 'import all',
  baselineLabel: 'yaml.parse all',
  async prepare() {
    const root = path.join(dci, 'src');
    const files = walk(root)
      .filter((f) => /\.(ya?ml|json)$/i.test(f))
      .map((f): [string, string] => [path.relative(root, f).split(path.sep).join('/'), readFileSync(f, 'utf8')]);
    return { files, entries: findEntryDocuments(files.map(([p, text]) => ({ path: p, text }))) };
  },
  async subject({ files, entries }) {
    return entries.map((entryPath) => {
      const result = analyseContract({ entryPath, files });
      if (!result.ok) throw new Error(`${entryPath} did not import`);
      return result;
    });
  },
  async baseline({ files }) {
    return files.map(([, text]) => {
      try {
        return parse(text, { uniqueKeys: false }) as unknown;
      } catch {
        return null;
      }
    });
  },
});
