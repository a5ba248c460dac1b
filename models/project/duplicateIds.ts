// Ids are how entities refer to each other, so two entities of one collection with the same id
// make every reference ambiguous: opening refuses such a file and names the second one.

import { ENTITY_KINDS } from './types';
import type { DocumentIssue } from './documentIssue';
import { formatJsonPath } from './jsonPath';

function duplicatesIn(items: unknown, basePath: readonly PropertyKey[]): DocumentIssue[] {
  if (!Array.isArray(items)) return [];
  const firstIndex = new Map<string, number>();
  const issues: DocumentIssue[] = [];
  items.forEach((item: unknown, index) => {
    if (typeof item !== 'object' || item === null) return;
    const id = (item as { id?: unknown }).id;
    if (typeof id !== 'string') return;
    const first = firstIndex.get(id);
    if (first === undefined) {
      firstIndex.set(id, index);
      return;
    }
    issues.push({
      path: formatJsonPath([...basePath, index, 'id']),
      message: `Duplicate id '${id}' (already used by ${formatJsonPath([...basePath, first])})`,
    });
  });
  return issues;
}

/** Duplicate ids within each entity collection and within each scenario's steps. */
export function findDuplicateIds(document: unknown): DocumentIssue[] {
  if (typeof document !== 'object' || document === null) return [];
  const record = document as Record<string, unknown>;
  const issues: DocumentIssue[] = [];
  for (const kind of ENTITY_KINDS) issues.push(...duplicatesIn(record[kind], [kind]));
  const scenarios = record.scenarios;
  if (Array.isArray(scenarios)) {
    scenarios.forEach((scenario: unknown, index) => {
      if (typeof scenario === 'object' && scenario !== null) {
        issues.push(...duplicatesIn((scenario as { steps?: unknown }).steps, ['scenarios', index, 'steps']));
      }
    });
  }
  return issues;
}
