// The migration chain. Every change of the document's shape adds a step here, a fixture of the
// previous version under tests/fixtures/projects/, and a test that opens it.

import { CURRENT_SCHEMA_VERSION } from '../types';
import type { MigrationStep } from './types';
import { v0ToV1 } from './v0ToV1';
import { v1ToV2 } from './v1ToV2';
import { v2ToV3 } from './v2ToV3';

export type { MigrationStep } from './types';

export const migrationSteps: readonly MigrationStep[] = [v0ToV1, v1ToV2, v2ToV3];

/** The oldest schema version this app can still migrate. */
export const OLDEST_SCHEMA_VERSION = Math.min(CURRENT_SCHEMA_VERSION, ...migrationSteps.map((step) => step.from));

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** The schemaVersion of a parsed document, if it is a whole number. */
export function readSchemaVersion(raw: unknown): number | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const version = (raw as Record<string, unknown>).schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}

/**
 * Brings a parsed document up to CURRENT_SCHEMA_VERSION. Pure: the input is never changed.
 * Throws MigrationError when the document's version is not one the chain starts from.
 */
export function migrateToCurrent(raw: unknown): { value: unknown; from: number } {
  const from = readSchemaVersion(raw);
  if (from === undefined) throw new MigrationError('The document has no whole-number schemaVersion');
  if (from > CURRENT_SCHEMA_VERSION) {
    throw new MigrationError(`Schema ${from} is newer than this app (schema ${CURRENT_SCHEMA_VERSION})`);
  }
  let value = raw;
  let version = from;
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = migrationSteps.find((candidate) => candidate.from === version);
    if (step === undefined) throw new MigrationError(`There is no migration from schema ${version}`);
    value = step.migrate(value);
    version = step.to;
  }
  return { value, from };
}
