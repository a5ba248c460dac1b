import { describe, expect, it } from 'vitest';
import { applyProjectDelta, projectDelta } from '../../../models/validation/delta';
import { cleanProject } from './fixtures';

describe('the change sent to the validation worker', () => {
  it('holds only the top-level fields an edit replaced, and rebuilds the document from the previous copy', () => {
    const before = cleanProject();
    const after = { ...before, components: before.components.map((c, i) => (i === 0 ? { ...c, name: 'MIS' } : c)) };
    const delta = projectDelta(before, after);
    expect(Object.keys(delta)).toEqual(['components']);
    const workerCopy = structuredClone(before);
    const rebuilt = applyProjectDelta(workerCopy, structuredClone(delta));
    expect(rebuilt).toEqual(after);
    // Unchanged parts keep the worker's objects, the key of its per-process cache.
    expect(rebuilt.processes[0]).toBe(workerCopy.processes[0]);
    expect(projectDelta(after, after)).toEqual({});
  });
});
