// Opening a `.convergence` document: size, JSON syntax, schema version, migration, schema and
// duplicate-id checks, each failure listed with its location. Pure: never throws, never changes
// its input, never writes (saving a migrated document is the user's decision).

import { CURRENT_SCHEMA_VERSION, type Project } from './types';
import type { DocumentIssue } from './documentIssue';
import { findDuplicateIds } from './duplicateIds';
import { findJsonSyntaxError, lineAndColumn } from './jsonSyntax';
import { MigrationError, OLDEST_SCHEMA_VERSION, migrateToCurrent } from './migrations';
import { projectSchema } from './schema';
import { schemaIssuesToDocumentIssues } from './schemaIssues';
import { utf8Length } from '../text/utf8Length';

export { formatDocumentIssue, type DocumentIssue } from './documentIssue';

export type OpenResult =
  | { ok: true; project: Project; migratedFrom?: number }
  | { ok: false; errors: DocumentIssue[] };

/**
 * The largest document we open: 40 MiB. The benchmark's L project (2,000 components, 6,000
 * interactions, 200 BPMN processes of 100 flow nodes, 5,000 data elements) is 32 MiB, so real
 * programmes have ample room while a runaway file is refused before it is parsed.
 */
export const MAX_PROJECT_BYTES = 40 * 1024 * 1024;

const MIB = 1024 * 1024;

function formatSize(bytes: number): string {
  if (bytes >= MIB) return `${(bytes / MIB).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/** The document's size in bytes if it is over the limit; every UTF-16 unit is 1 to 3 bytes. */
function oversizeBytes(text: string): number | undefined {
  if (text.length > MAX_PROJECT_BYTES) return utf8Length(text);
  if (text.length * 3 <= MAX_PROJECT_BYTES) return undefined;
  const bytes = utf8Length(text);
  return bytes > MAX_PROJECT_BYTES ? bytes : undefined;
}

/** The refusal for a document of `bytes` bytes over MAX_PROJECT_BYTES (also used before reading a file). */
export function tooLargeMessage(bytes: number): string {
  return `The file is too large to open: ${formatSize(bytes)}; the limit is ${formatSize(MAX_PROJECT_BYTES)}`;
}

const fail = (...errors: DocumentIssue[]): OpenResult => ({ ok: false, errors });

function parseJson(text: string): { value: unknown } | { issue: DocumentIssue } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const located = findJsonSyntaxError(text);
    if (located === undefined) {
      const reason = error instanceof Error ? error.message : String(error);
      return { issue: { path: '', message: `The file could not be read as JSON: ${reason}` } };
    }
    const { line, column } = lineAndColumn(text, located.offset);
    return { issue: { path: '', message: located.message, line, column } };
  }
}

function describeTopLevel(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function checkVersion(document: Record<string, unknown>): DocumentIssue | undefined {
  const version = document.schemaVersion;
  if (version === undefined) {
    return {
      path: 'schemaVersion',
      message: 'Missing: this does not look like a Convergence Studio project (every project file has a schemaVersion)',
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    const received = typeof version === 'string' ? `'${version}'` : JSON.stringify(version);
    return { path: 'schemaVersion', message: `Expected a whole number, received ${received}` };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      path: 'schemaVersion',
      message:
        `This file was written by a newer version of Convergence Studio (schema ${version}); ` +
        `this version reads up to schema ${CURRENT_SCHEMA_VERSION}. Update the app to open it.`,
    };
  }
  if (version < OLDEST_SCHEMA_VERSION) {
    return {
      path: 'schemaVersion',
      message: `Schema ${version} is not a Convergence Studio schema version (the oldest is ${OLDEST_SCHEMA_VERSION})`,
    };
  }
  return undefined;
}

export function openProjectText(text: string): OpenResult {
  if (text.length === 0) return fail({ path: '', message: 'The file is empty (0 bytes)' });
  const oversize = oversizeBytes(text);
  if (oversize !== undefined) {
    return fail({ path: '', message: tooLargeMessage(oversize) });
  }
  // Editors on Windows may add a byte-order mark; it is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail({ path: '', message: 'The file contains only whitespace' });

  const parsed = parseJson(body);
  if ('issue' in parsed) return fail(parsed.issue);
  const document = parsed.value;
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return fail({
      path: '',
      message: `Expected a JSON object (a Convergence Studio project), found ${describeTopLevel(document)}`,
    });
  }

  const versionIssue = checkVersion(document as Record<string, unknown>);
  if (versionIssue !== undefined) return fail(versionIssue);

  let migrated: { value: unknown; from: number };
  try {
    migrated = migrateToCurrent(document);
  } catch (error) {
    if (error instanceof MigrationError) return fail({ path: 'schemaVersion', message: error.message });
    const reason = error instanceof Error ? error.message : String(error);
    return fail({ path: '', message: `The file could not be upgraded to the current format: ${reason}` });
  }

  const result = projectSchema.safeParse(migrated.value, { reportInput: true });
  const issues = [
    ...(result.success ? [] : schemaIssuesToDocumentIssues(result.error.issues)),
    ...findDuplicateIds(migrated.value),
  ];
  const wasMigrated = migrated.from < CURRENT_SCHEMA_VERSION;
  if (!result.success || issues.length > 0) {
    const note = wasMigrated ? ` (in the document as upgraded from schema ${migrated.from})` : '';
    return fail(...issues.map((issue) => ({ ...issue, message: issue.message + note })));
  }
  return wasMigrated
    ? { ok: true, project: result.data, migratedFrom: migrated.from }
    : { ok: true, project: result.data };
}
