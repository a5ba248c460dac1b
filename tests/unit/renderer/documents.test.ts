import { beforeEach, describe, expect, it } from 'vitest';
import {
  closeDocument,
  confirmDiscard,
  newProject,
  openFromDialog,
  openSample,
  saveDocument,
} from '../../../renderer/commands/documents';
import { createEmptyProject } from '../../../models/project/create';
import type { CommandContext } from '../../../renderer/commands/types';
import type { DialogService, SaveChoice } from '../../../renderer/store/dialogs';
import { isDirty, useProjectStore } from '../../../renderer/store/projectStore';
import type { HostApi, HostError, OpenedFile, RecoveryEntry } from '../../../models/host/HostApi';
import { serializeProject } from '../../../models/project/serialize';
import type { Project } from '../../../models/project/types';

const CREATED = '2024-05-01T10:00:00.000Z';
const sample = createEmptyProject({ name: 'Child Grant', now: CREATED });
const sampleText = serializeProject(sample);

interface Recorder {
  saves: Array<{ handle?: string; text: string; as: boolean }>;
  autosaved: Map<string, Omit<RecoveryEntry, 'savedAt'>>;
  discarded: string[];
  messages: string[];
  problemDialogs: Array<{ title: string; items: Array<{ location: string; message: string }> }>;
  saveChoices: SaveChoice[];
  promptAnswers: Array<string | null>;
  nextOpen: OpenedFile | null;
  saveFailure: HostError | null;
}

function fakeContext(): { ctx: CommandContext; rec: Recorder } {
  const rec: Recorder = {
    saves: [],
    autosaved: new Map(),
    discarded: [],
    messages: [],
    problemDialogs: [],
    saveChoices: [],
    promptAnswers: [],
    nextOpen: null,
    saveFailure: null,
  };
  const host: HostApi = {
    kind: 'browser',
    nativeMenu: false,
    platform: 'web',
    takeLaunchFile: async () => null,
    openProjectDialog: async () => rec.nextOpen,
    readProject: async (handle) => ({ handle, name: 'x.convergence', text: sampleText }),
    saveProject: async (handle, text) => {
      if (rec.saveFailure) throw rec.saveFailure;
      rec.saves.push({ handle, text, as: false });
      return { handle, name: 'saved.convergence' };
    },
    saveProjectAs: async (suggestedName, text) => {
      if (rec.saveFailure) throw rec.saveFailure;
      rec.saves.push({ text, as: true });
      return { handle: `h:${suggestedName}`, name: suggestedName };
    },
    listRecent: async () => [],
    removeRecent: async () => undefined,
    clearRecent: async () => undefined,
    autosave: async (entry) => {
      rec.autosaved.set(entry.id, entry);
    },
    listRecovery: async () => [],
    discardRecovery: async (id) => {
      rec.discarded.push(id);
    },
    readImportFile: async () => null,
    readImportFolder: async () => null,
    writeExport: async () => null,
    printToPdf: async () => null,
    setTitle: () => undefined,
    setMenu: () => undefined,
    onMenuCommand: () => () => undefined,
    onCloseRequest: () => () => undefined,
    quit: () => undefined,
    openExternal: async () => undefined,
  };
  const dialogs: DialogService = {
    prompt: async () => rec.promptAnswers.shift() ?? null,
    askSaveChanges: async () => rec.saveChoices.shift() ?? 'cancel',
    showProblems: async (options) => {
      rec.problemDialogs.push({ title: options.title, items: options.items });
    },
    showMessage: async (options) => {
      rec.messages.push(`${options.title}: ${options.body}`);
    },
    openPanel: () => undefined,
  };
  return { ctx: { host, dialogs, sampleText, sessionId: 'session-test' }, rec };
}

const store = () => useProjectStore.getState();
function rename(name: string) {
  store().updateProject((project) => ({ ...project, project: { ...project.project, name } }));
}

describe('document workflow', () => {
  let ctx: CommandContext;
  let rec: Recorder;

  beforeEach(() => {
    store().closeDocument();
    ({ ctx, rec } = fakeContext());
  });

  it('opens the sample without a handle, so its first save asks where to write', async () => {
    await openSample(ctx);
    expect(store().project?.project.name).toBe('Child Grant');
    expect(store().file).toEqual({ name: 'child-grant.convergence' });
    expect(await saveDocument(ctx, { as: false })).toBe(true);
    expect(rec.saves[0]?.as).toBe(true);
    expect(store().file?.handle).toBe('h:child-grant.convergence');
  });

  it('saves an unchanged document byte for byte, keeping its updated stamp', async () => {
    await openSample(ctx);
    await saveDocument(ctx, { as: true });
    expect(rec.saves[0]?.text).toBe(sampleText);
  });

  it('stamps updated when a changed document is saved, and is clean afterwards', async () => {
    await openSample(ctx);
    rename('Child Grant (pilot)');
    expect(await saveDocument(ctx, { as: true })).toBe(true);
    const saved = JSON.parse(rec.saves[0]?.text ?? '{}') as Project;
    expect(saved.project.name).toBe('Child Grant (pilot)');
    expect(saved.project.updated).not.toBe(CREATED);
    expect(saved.project.created).toBe(CREATED);
    expect(isDirty(store())).toBe(false);
    expect(rec.discarded).toContain('session-test');
  });

  it('keeps the document dirty and says why when the host fails to save', async () => {
    await openSample(ctx);
    await saveDocument(ctx, { as: true });
    rename('Changed');
    rec.saveFailure = { code: 'disk-full', message: 'ENOSPC: no space left on device' };
    expect(await saveDocument(ctx, { as: false })).toBe(false);
    expect(isDirty(store())).toBe(true);
    expect(rec.messages[0]).toMatch(/ENOSPC/);
    expect(rec.messages[0]).toMatch(/disk is full/i);
  });

  it('changes nothing and lists every problem when a file cannot be opened', async () => {
    await openSample(ctx);
    rename('Kept');
    const before = store().project;
    rec.saveChoices.push('discard');
    rec.nextOpen = { handle: 'bad', name: 'bad.convergence', text: '{"schemaVersion": 1, "components": 3}' };
    await openFromDialog(ctx);
    // The file is checked before the user is asked about unsaved work: no question was used up.
    expect(rec.saveChoices).toEqual(['discard']);
    expect(store().project).toBe(before);
    expect(isDirty(store())).toBe(true);
    expect(store().file?.name).toBe('child-grant.convergence');
    expect(rec.problemDialogs).toHaveLength(1);
    expect(rec.problemDialogs[0]?.title).toContain('bad.convergence');
    expect(rec.problemDialogs[0]?.items.length).toBeGreaterThan(1);
  });

  it('asks about unsaved work only once the chosen file has opened, and Cancel keeps both', async () => {
    await openSample(ctx);
    rename('Unsaved');
    rec.nextOpen = { handle: 'other', name: 'other.convergence', text: serializeProject(createEmptyProject({ name: 'Other', now: CREATED })) };
    rec.saveChoices.push('cancel');
    await openFromDialog(ctx);
    expect(rec.saveChoices).toEqual([]);
    expect(store().project?.project.name).toBe('Unsaved');

    rec.saveChoices.push('discard');
    await openFromDialog(ctx);
    expect(store().project?.project.name).toBe('Other');
    expect(isDirty(store())).toBe(false);
  });

  it('opens a file from a newer version with a clear refusal', async () => {
    rec.nextOpen = { handle: 'new', name: 'future.convergence', text: JSON.stringify({ ...sample, schemaVersion: 99 }) };
    await openFromDialog(ctx);
    expect(store().project).toBeNull();
    expect(rec.problemDialogs[0]?.items[0]?.message).toMatch(/99/);
  });

  it('asks before replacing a dirty document and honours Cancel, Don\'t save and Save', async () => {
    await openSample(ctx);
    rename('Unsaved');

    rec.saveChoices.push('cancel');
    expect(await confirmDiscard(ctx)).toBe(false);
    expect(store().project?.project.name).toBe('Unsaved');

    rec.saveChoices.push('save');
    expect(await confirmDiscard(ctx)).toBe(true);
    expect(rec.saves).toHaveLength(1);
    expect(isDirty(store())).toBe(false);

    rename('Unsaved again');
    rec.saveChoices.push('discard');
    expect(await closeDocument(ctx)).toBe(true);
    expect(store().project).toBeNull();
  });

  it('closes a clean document without asking', async () => {
    await openSample(ctx);
    expect(await closeDocument(ctx)).toBe(true);
    expect(store().project).toBeNull();
  });

  it('creates a named empty project, clean and with no history', async () => {
    rec.promptAnswers.push('  Cash Plus  ');
    await newProject(ctx);
    expect(store().project?.project.name).toBe('Cash Plus');
    expect(store().file).toEqual({ name: 'cash-plus.convergence' });
    expect(isDirty(store())).toBe(false);
    expect(store().canUndo).toBe(false);
  });

  it('leaves everything as it was when New is cancelled', async () => {
    await openSample(ctx);
    const before = store().project;
    rec.promptAnswers.push(null);
    await newProject(ctx);
    expect(store().project).toBe(before);
  });
});

describe('edits an editor still holds', () => {
  it('reach the document before it is saved', async () => {
    const { registerPendingEdits } = await import('../../../renderer/store/pendingEdits');
    const { ctx, rec } = fakeContext();
    store().closeDocument();
    await openSample(ctx);
    const unregister = registerPendingEdits(async () => {
      await Promise.resolve();
      rename('Written by the editor at the last moment');
    });
    try {
      expect(await saveDocument(ctx, { as: true })).toBe(true);
    } finally {
      unregister();
    }
    expect(JSON.parse(rec.saves[0]?.text ?? '{}').project.name).toBe('Written by the editor at the last moment');
    expect(isDirty(store())).toBe(false);
  });
});
