import { beforeEach, describe, expect, it } from 'vitest';
import { createEmptyProject } from '../../../models/project/create';
import { isDirty, serializedText, useProjectStore } from '../../../renderer/store/projectStore';
import { serializeProject } from '../../../models/project/serialize';
import type { Project } from '../../../models/project/types';

const NOW = '2025-01-01T00:00:00.000Z';

function rename(name: string) {
  useProjectStore.getState().updateProject((project) => ({ ...project, project: { ...project.project, name } }));
}

const state = () => useProjectStore.getState();
const name = () => state().project?.project.name;

describe('project store', () => {
  let project: Project;

  beforeEach(() => {
    state().closeDocument();
    project = createEmptyProject({ name: 'Child Grant', now: NOW });
    state().openDocument(project, { name: 'child-grant.convergence' });
  });

  it('opens a document clean, on the first view, with no history', () => {
    expect(state().project).toBe(project);
    expect(state().view).toBe('landscape');
    expect(isDirty(state())).toBe(false);
    expect(state().canUndo).toBe(false);
    expect(state().canRedo).toBe(false);
  });

  it('undoes and redoes every document change, one step per update', () => {
    rename('A');
    rename('B');
    expect(name()).toBe('B');
    expect(state().canUndo).toBe(true);
    state().undo();
    expect(name()).toBe('A');
    expect(state().canRedo).toBe(true);
    state().undo();
    expect(name()).toBe('Child Grant');
    expect(state().canUndo).toBe(false);
    state().redo();
    state().redo();
    expect(name()).toBe('B');
    expect(state().canRedo).toBe(false);
  });

  it('drops the redo branch when a new change follows an undo', () => {
    rename('A');
    state().undo();
    rename('C');
    expect(state().canRedo).toBe(false);
    state().undo();
    expect(name()).toBe('Child Grant');
  });

  it('ignores a recipe that returns the same object (no empty undo step)', () => {
    state().updateProject((current) => current);
    expect(state().canUndo).toBe(false);
  });

  it('keeps the view and the file out of the undo history', () => {
    rename('A');
    state().setView('problems');
    state().undo();
    expect(name()).toBe('Child Grant');
    expect(state().view).toBe('problems');
    expect(state().canUndo).toBe(false);
  });

  it('is dirty exactly when the serialized document differs from the saved text', () => {
    rename('A');
    expect(isDirty(state())).toBe(true);
    state().undo();
    expect(isDirty(state())).toBe(false);
    state().redo();
    const text = serializeProject(state().project as Project);
    state().markSaved({ handle: 'h1', name: 'a.convergence' }, text);
    expect(isDirty(state())).toBe(false);
    expect(state().file).toEqual({ handle: 'h1', name: 'a.convergence' });
    state().undo();
    expect(isDirty(state())).toBe(true);
  });

  it('opens a migrated or recovered document dirty', () => {
    state().openDocument(project, { name: 'old.convergence' }, { savedText: null, migratedFrom: 0 });
    expect(isDirty(state())).toBe(true);
    expect(state().migratedFrom).toBe(0);
    state().markSaved({ handle: 'h', name: 'old.convergence' }, serializeProject(project));
    expect(isDirty(state())).toBe(false);
    expect(state().migratedFrom).toBeNull();
  });

  it('clears the history when another document is opened or the document is closed', () => {
    rename('A');
    const other = createEmptyProject({ name: 'Other', now: NOW });
    state().openDocument(other, { name: 'other.convergence' });
    expect(state().canUndo).toBe(false);
    state().undo();
    expect(state().project).toBe(other);

    rename('B');
    state().closeDocument();
    expect(state().project).toBeNull();
    expect(state().canUndo).toBe(false);
    expect(state().view).toBe('start');
    expect(isDirty(state())).toBe(false);
  });

  it('replaces the document quietly without an undo step', () => {
    const stamped = { ...project, project: { ...project.project, updated: '2026-01-01T00:00:00.000Z' } };
    state().replaceProjectQuietly(stamped);
    expect(state().project).toBe(stamped);
    expect(state().canUndo).toBe(false);
  });

  it('memoises the serialized text per project object', () => {
    expect(serializedText(project)).toBe(serializeProject(project));
    expect(serializedText(project)).toBe(serializedText(project));
  });
});
