// Finds files under assets/ both from the sources (electron/cli/*.ts run by tsx or vitest) and
// from the bundle (dist-cli/convergence.cjs, where esbuild leaves import.meta empty).

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function moduleDirectory(): string {
  if (typeof __dirname === 'string') return __dirname;
  return path.dirname(fileURLToPath(import.meta.url));
}

/** Candidate locations of `assets/<relativePath>`, most likely first. */
export function assetPathCandidates(relativePath: string, fromDirectory = moduleDirectory()): string[] {
  return [
    path.resolve(fromDirectory, '..', '..', 'assets', relativePath),
    path.resolve(fromDirectory, '..', 'assets', relativePath),
  ];
}

/** The first existing candidate, or undefined when the asset is not installed. */
export function resolveAssetPath(relativePath: string, fromDirectory?: string): string | undefined {
  return assetPathCandidates(relativePath, fromDirectory).find((candidate) => existsSync(candidate));
}
