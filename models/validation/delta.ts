// What changed between two versions of a document, by top-level field. Documents are immutable,
// so an edit makes new objects only along its path: comparing the top-level fields by identity
// finds the parts an edit touched. The renderer sends only those to its validation worker, which
// keeps the rest (and with it the identity of every unchanged process, the key of its caches).

import type { Project } from '../project/types';

export type ProjectDelta = Partial<Project>;

/** The top-level fields of `next` that are not the very same values as in `previous`. */
export function projectDelta(previous: Project, next: Project): ProjectDelta {
  const before = previous as unknown as Record<string, unknown>;
  const after = next as unknown as Record<string, unknown>;
  const delta: Record<string, unknown> = {};
  for (const field of Object.keys(after)) if (before[field] !== after[field]) delta[field] = after[field];
  return delta as ProjectDelta;
}

/** `base` with the delta's fields replaced. */
export function applyProjectDelta(base: Project, delta: ProjectDelta): Project {
  return { ...base, ...delta };
}
