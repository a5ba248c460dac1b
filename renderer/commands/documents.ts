// The document workflow behind the File commands: new, open (dialog, recent, sample, recovered),
// save, save as, close, and the "save changes?" question that guards every one of them.
import { isHostError, type FileHandle, type RecoveryEntry } from '../../models/host/HostApi';
import { formatDocumentIssue, openProjectText, type DocumentIssue } from '../../models/project/open';
import { serializeProject } from '../../models/project/serialize';
import type { Project } from '../../models/project/types';
import { translate } from '../i18n';
import { useHostLists } from '../store/hostLists';
import { isDirty, useProjectStore, type DocumentFile } from '../store/projectStore';
import { createEmptyProject } from '../../models/project/create';
import { projectFileName } from './fileNames';
import type { CommandContext } from './types';
import { flushPendingEdits } from '../store/pendingEdits';

const t = translate;

export function documentDisplayName(): string {
  const { file, project } = useProjectStore.getState();
  return file?.name ?? project?.project.name ?? t('shell:title.untitled');
}

async function refreshLists(ctx: CommandContext): Promise<void> {
  await useHostLists.getState().refresh(ctx.host);
}

async function discardOwnRecovery(ctx: CommandContext): Promise<void> {
  await ctx.host.discardRecovery(ctx.sessionId).catch(() => undefined);
}

async function showHostError(ctx: CommandContext, titleKey: string, error: unknown): Promise<void> {
  const body = isHostError(error)
    ? [t(`shell:hostError.${error.code}`), error.message].filter(Boolean).join('\n\n')
    : error instanceof Error
      ? error.message
      : String(error);
  await ctx.dialogs.showMessage({ title: t(titleKey), body, tone: 'danger' });
}

/**
 * Asks Save / Don't save / Cancel when the open document has unsaved changes. True means the
 * caller may go on and replace or close the document.
 */
export async function confirmDiscard(ctx: CommandContext): Promise<boolean> {
  await flushPendingEdits();
  const state = useProjectStore.getState();
  if (!isDirty(state)) return true;
  const choice = await ctx.dialogs.askSaveChanges(documentDisplayName());
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  return saveDocument(ctx, { as: false });
}

/** Writes the document; false when cancelled or failed (the document then stays dirty). */
export async function saveDocument(ctx: CommandContext, options: { as: boolean }): Promise<boolean> {
  await flushPendingEdits();
  const state = useProjectStore.getState();
  const current = state.project;
  if (!current || !state.file) return false;

  // `updated` records the last change that was saved, so an unchanged document keeps its bytes.
  const toSave: Project = isDirty(state)
    ? { ...current, project: { ...current.project, updated: new Date().toISOString() } }
    : current;
  const text = serializeProject(toSave);

  let saved: { handle: FileHandle; name: string } | null;
  try {
    saved =
      !options.as && state.file.handle
        ? await ctx.host.saveProject(state.file.handle, text)
        : await ctx.host.saveProjectAs(state.file.name, text);
  } catch (error) {
    if (isHostError(error) && error.code === 'cancelled') return false;
    await showHostError(ctx, 'shell:errors.saveFailedTitle', error);
    return false;
  }
  if (!saved) return false;

  const store = useProjectStore.getState();
  // An edit made while the host was writing stays unsaved (and dirty) rather than being lost.
  if (store.project === current && toSave !== current) store.replaceProjectQuietly(toSave);
  store.markSaved({ handle: saved.handle, name: saved.name }, text);
  await discardOwnRecovery(ctx);
  await refreshLists(ctx);
  return true;
}

function issueLocation(issue: DocumentIssue): string {
  if (issue.line !== undefined) {
    return issue.column === undefined
      ? t('shell:openFailed.line', { line: issue.line })
      : t('shell:openFailed.lineColumn', { line: issue.line, column: issue.column });
  }
  return issue.path === '' ? t('shell:openFailed.wholeFile') : issue.path;
}

interface OpenTextOptions {
  /** Open as unsaved (a recovered autosave): the user must save to keep it. */
  unsaved?: boolean;
}

/**
 * Opens a project from file text. On failure nothing changes and every problem is listed; a
 * migrated file opens dirty so that saving writes the current format.
 */
export async function openProjectFromText(
  ctx: CommandContext,
  text: string,
  file: DocumentFile,
  options: OpenTextOptions = {},
): Promise<boolean> {
  const result = openProjectText(text);
  if (!result.ok) {
    await ctx.dialogs.showProblems({
      title: t('shell:openFailed.title', { name: file.name }),
      intro: t('shell:openFailed.intro', { count: result.errors.length }),
      items: result.errors.map((issue) => ({ location: issueLocation(issue), message: issue.message })),
      copyText: result.errors.map((issue) => formatDocumentIssue(issue, file.name)).join('\n'),
    });
    return false;
  }
  // Only a file that opened is worth giving up the current document for: asking first would
  // make the user decide about unsaved work for a file that then fails to open.
  if (!(await confirmDiscard(ctx))) return false;
  await discardOwnRecovery(ctx);
  const migrated = result.migratedFrom !== undefined;
  useProjectStore.getState().openDocument(result.project, file, {
    ...(migrated || options.unsaved ? { savedText: null } : {}),
    ...(migrated ? { migratedFrom: result.migratedFrom } : {}),
  });
  return true;
}

export async function newProject(ctx: CommandContext): Promise<void> {
  if (!(await confirmDiscard(ctx))) return;
  const name = await ctx.dialogs.prompt({
    title: t('shell:newProject.title'),
    label: t('shell:newProject.label'),
    initialValue: '',
    confirmLabel: t('shell:newProject.confirm'),
    validate: (value) => (value.trim().length === 0 ? t('shell:newProject.required') : null),
  });
  if (name === null) return;
  await discardOwnRecovery(ctx);
  const project = createEmptyProject({ name: name.trim(), now: new Date().toISOString() });
  useProjectStore.getState().openDocument(project, { name: projectFileName(project.project.name) });
}

export async function openFromDialog(ctx: CommandContext): Promise<void> {
  let opened;
  try {
    opened = await ctx.host.openProjectDialog();
  } catch (error) {
    await showHostError(ctx, 'shell:errors.openFailedTitle', error);
    return;
  }
  if (!opened) return;
  const ok = await openProjectFromText(ctx, opened.text, { handle: opened.handle, name: opened.name });
  // The host lists a file as recent when it is read; one that cannot be opened does not belong there.
  if (!ok) await ctx.host.removeRecent(opened.handle).catch(() => undefined);
  await refreshLists(ctx);
}

export const SAMPLE_FILE_NAME = 'child-grant.convergence';

export async function openSample(ctx: CommandContext): Promise<void> {
  // No handle: the embedded sample is read-only, so its first save asks where to write a copy.
  await openProjectFromText(ctx, ctx.sampleText, { name: SAMPLE_FILE_NAME });
}

export async function openRecent(ctx: CommandContext, handle: FileHandle): Promise<void> {
  let opened;
  try {
    opened = await ctx.host.readProject(handle);
  } catch (error) {
    await showHostError(ctx, 'shell:errors.openFailedTitle', error);
    await refreshLists(ctx);
    return;
  }
  await openProjectFromText(ctx, opened.text, { handle: opened.handle, name: opened.name });
  await refreshLists(ctx);
}

export async function restoreRecovery(ctx: CommandContext, entry: RecoveryEntry): Promise<void> {
  const file: DocumentFile = {
    ...(entry.handle ? { handle: entry.handle } : {}),
    name: entry.fileName ?? projectFileName(entry.projectName),
  };
  if (!(await openProjectFromText(ctx, entry.text, file, { unsaved: true }))) return;
  // Re-home the entry under this window's key before dropping the old one, so a second crash
  // right now still leaves the work recoverable.
  await ctx.host
    .autosave({ id: ctx.sessionId, projectName: entry.projectName, text: entry.text, ...(entry.fileName ? { fileName: entry.fileName } : {}), ...(entry.handle ? { handle: entry.handle } : {}) })
    .catch(() => undefined);
  await ctx.host.discardRecovery(entry.id).catch(() => undefined);
  await refreshLists(ctx);
}

export async function discardRecoveryEntry(ctx: CommandContext, entry: RecoveryEntry): Promise<void> {
  await ctx.host.discardRecovery(entry.id).catch(() => undefined);
  await refreshLists(ctx);
}

export async function removeRecentFile(ctx: CommandContext, handle: FileHandle): Promise<void> {
  await ctx.host.removeRecent(handle).catch(() => undefined);
  await refreshLists(ctx);
}

export async function closeDocument(ctx: CommandContext): Promise<boolean> {
  if (!(await confirmDiscard(ctx))) return false;
  useProjectStore.getState().closeDocument();
  await discardOwnRecovery(ctx);
  await refreshLists(ctx);
  return true;
}

/** The window is closing: ask about unsaved work, then leave no autosave behind. */
export async function confirmWindowClose(ctx: CommandContext): Promise<boolean> {
  if (!(await confirmDiscard(ctx))) return false;
  await discardOwnRecovery(ctx);
  return true;
}

export async function quitApp(ctx: CommandContext): Promise<void> {
  if (await confirmWindowClose(ctx)) ctx.host.quit();
}
