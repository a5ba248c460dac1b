import type {
  ExportFile,
  FileHandle,
  HostApi,
  HostError,
  ImportFile,
  FolderImportKind,
  ImportFolder,
  ImportKind,
  MenuModel,
  OpenedFile,
  RecentFile,
  RecoveryEntry,
  SavedFile,
} from '../../models/host/HostApi';
import { i18next } from '../i18n';
import { printHtmlInBrowser } from './browserPrint';
import { idb } from './idb';

/**
 * The web build's host: file inputs to open, downloads to save, IndexedDB to remember recent
 * files and autosaves. A browser cannot write over the file the user picked, so "Save" downloads
 * the document again and keeps its text under the handle so Recent files can reopen it.
 *
 * End-to-end test hook: when `window.__CS_TEST_HOST__` is truthy, every download also leaves its
 * name and text on `window.__CS_LAST_DOWNLOAD__`, because a test cannot read the Downloads folder.
 */

declare global {
  interface Window {
    __CS_TEST_HOST__?: boolean;
    __CS_LAST_DOWNLOAD__?: { name: string; text: string };
  }
}

export interface BrowserHostOptions {
  /** Asks the user for a file name (Save As); null when cancelled. Defaults to the suggestion. */
  promptFileName?: (suggestedName: string) => Promise<string | null>;
}

interface StoredFile {
  handle: FileHandle;
  name: string;
  text: string;
}

const PROJECT_EXTENSION = '.convergence';
const RECENT_LIMIT = 10;

const ACCEPT: Record<ImportKind, string> = {
  project: '.convergence,application/json',
  bpmn: '.bpmn,.xml,application/xml,text/xml',
  openapi: '.yaml,.yml,.json,application/json,application/yaml',
  csv: '.csv,text/csv',
  xlsx: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function hostError(code: HostError['code'], message: string, path?: string): HostError {
  return path === undefined ? { code, message } : { code, message, path };
}

/** Browser handles are the file name: the browser knows no folders, so one name is one file. */
export function browserHandleFor(name: string): FileHandle {
  return `browser:${name}`;
}

export function withProjectExtension(name: string): string {
  const trimmed = name.trim().replace(/[\\/:*?"<>|]+/g, '-');
  const base = trimmed.length > 0 ? trimmed : 'project';
  return base.toLowerCase().endsWith(PROJECT_EXTENSION) ? base : `${base}${PROJECT_EXTENSION}`;
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    input.setAttribute('aria-hidden', 'true');
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** Picks a folder (webkitdirectory): every file below it, with its path relative to the folder. */
function pickFolder(): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.webkitdirectory = true;
    input.multiple = true;
    input.hidden = true;
    input.setAttribute('aria-hidden', 'true');
    const finish = (files: File[] | null) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(input.files ? [...input.files] : null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

const FOLDER_FILE_LIMIT = 2000;
const FOLDER_BYTES_LIMIT = 64 * 1024 * 1024;

/** The files of a picked folder with the given extensions, paths relative to the folder itself. */
export async function folderFromFiles(files: readonly File[], extensions: readonly string[]): Promise<ImportFolder> {
  const relative = (file: File) => (file.webkitRelativePath || file.name).split('/');
  const name = files[0] ? (relative(files[0])[0] ?? '') : '';
  const out: ImportFolder['files'] = [];
  const skipped: string[] = [];
  let total = 0;
  for (const file of files) {
    const path = relative(file).slice(1).join('/') || file.name;
    if (!extensions.some((ext) => file.name.toLowerCase().endsWith(ext))) continue;
    if (out.length >= FOLDER_FILE_LIMIT || total + file.size > FOLDER_BYTES_LIMIT) {
      skipped.push(path);
      continue;
    }
    total += file.size;
    out.push({ path, text: await readText(file) });
  }
  out.sort((a, b) => a.path.localeCompare(b.path));
  return { name, files: out, skipped };
}

function download(name: string, data: string | Uint8Array, mimeType: string): void {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  if (window.__CS_TEST_HOST__ && typeof data === 'string') window.__CS_LAST_DOWNLOAD__ = { name, text: data };
}

async function readText(file: File): Promise<string> {
  try {
    return await file.text();
  } catch {
    throw hostError('io', i18next.t('shell:host.readFailed', { name: file.name }), file.name);
  }
}

async function rememberFile(name: string, text: string): Promise<FileHandle> {
  const handle = browserHandleFor(name);
  await idb.put<StoredFile>('files', handle, { handle, name, text });
  const recent: RecentFile = {
    handle,
    name,
    location: i18next.t('shell:host.browserLocation'),
    openedAt: new Date().toISOString(),
  };
  await idb.put<RecentFile>('recent', handle, recent);
  await trimRecent();
  return handle;
}

async function trimRecent(): Promise<void> {
  const all = await idb.all<RecentFile>('recent');
  const stale = all.sort((a, b) => b.openedAt.localeCompare(a.openedAt)).slice(RECENT_LIMIT);
  await Promise.all(stale.map((entry) => idb.delete('recent', entry.handle)));
}

/** Storage failures must not lose the user's download: they only cost the Recent entry. */
async function rememberQuietly(name: string, text: string): Promise<FileHandle> {
  try {
    return await rememberFile(name, text);
  } catch {
    return browserHandleFor(name);
  }
}

export function createBrowserHost(options: BrowserHostOptions = {}): HostApi {
  let dirty = false;

  return {
    kind: 'browser',
    nativeMenu: false,
    platform: 'web',

    async takeLaunchFile(): Promise<OpenedFile | null> {
      return null;
    },

    async openProjectDialog(): Promise<OpenedFile | null> {
      const file = await pickFile(ACCEPT.project);
      if (!file) return null;
      const text = await readText(file);
      const handle = await rememberQuietly(file.name, text);
      return { handle, name: file.name, text };
    },

    async readProject(handle: FileHandle): Promise<OpenedFile> {
      const stored = await idb.get<StoredFile>('files', handle).catch(() => undefined);
      if (!stored) throw hostError('not-found', i18next.t('shell:host.notStored'), handle);
      await idb.put<RecentFile>('recent', handle, {
        handle,
        name: stored.name,
        location: i18next.t('shell:host.browserLocation'),
        openedAt: new Date().toISOString(),
      }).catch(() => undefined);
      return { handle, name: stored.name, text: stored.text };
    },

    async saveProject(handle: FileHandle, text: string): Promise<SavedFile> {
      const stored = await idb.get<StoredFile>('files', handle).catch(() => undefined);
      const name = stored?.name ?? handle.replace(/^browser:/, '');
      download(name, text, 'application/json');
      const savedHandle = await rememberQuietly(name, text);
      return { handle: savedHandle, name };
    },

    async saveProjectAs(suggestedName: string, text: string): Promise<SavedFile | null> {
      const chosen = options.promptFileName ? await options.promptFileName(suggestedName) : suggestedName;
      if (chosen === null) return null;
      const name = withProjectExtension(chosen);
      download(name, text, 'application/json');
      const handle = await rememberQuietly(name, text);
      return { handle, name };
    },

    async listRecent(): Promise<RecentFile[]> {
      const all = await idb.all<RecentFile>('recent');
      return all.sort((a, b) => b.openedAt.localeCompare(a.openedAt));
    },

    async removeRecent(handle: FileHandle): Promise<void> {
      await idb.delete('recent', handle);
    },

    async clearRecent(): Promise<void> {
      await idb.clear('recent');
    },

    async autosave(entry: Omit<RecoveryEntry, 'savedAt'>): Promise<void> {
      try {
        await idb.put<RecoveryEntry>('recovery', entry.id, { ...entry, savedAt: new Date().toISOString() });
      } catch {
        throw hostError('unavailable', i18next.t('shell:host.storageUnavailable'));
      }
    },

    async listRecovery(): Promise<RecoveryEntry[]> {
      const all = await idb.all<RecoveryEntry>('recovery');
      return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },

    async discardRecovery(id: string): Promise<void> {
      await idb.delete('recovery', id);
    },

    async readImportFile(kind: ImportKind): Promise<ImportFile | null> {
      const file = await pickFile(ACCEPT[kind]);
      if (!file) return null;
      if (kind === 'xlsx') return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
      return { name: file.name, text: await readText(file) };
    },

    async readImportFolder(_kind: FolderImportKind): Promise<ImportFolder | null> {
      const files = await pickFolder();
      if (!files) return null;
      return folderFromFiles(files, ['.yaml', '.yml', '.json']);
    },

    async writeExport(files: ExportFile[], suggestedName: string): Promise<string | null> {
      if (files.length === 0) return null;
      // A web page cannot create folders: several files download one by one, their relative
      // paths flattened into the name so nothing overwrites anything else.
      for (const file of files) {
        const name = files.length === 1 ? file.name : `${suggestedName}-${file.name.replace(/[\\/]+/g, '-')}`;
        download(name, file.bytes ?? file.text ?? '', file.mimeType);
      }
      return i18next.t('shell:host.downloadsLocation');
    },

    printToPdf: printHtmlInBrowser,

    setTitle(title: string, isDirty: boolean): void {
      document.title = title;
      dirty = isDirty;
    },

    setMenu(_menu: MenuModel): void {
      // nativeMenu is false: the shell draws its own menu bar from the same model.
    },

    onMenuCommand(_listener: (command: string) => void): () => void {
      // No native menu sends commands here: the in-app menu bar runs them directly.
      return () => undefined;
    },

    onCloseRequest(_check: () => Promise<boolean>): () => void {
      // beforeunload cannot wait for a dialog; the browser shows its own "Leave site?" prompt
      // whenever the last title update said the document is dirty.
      const onBeforeUnload = (event: BeforeUnloadEvent) => {
        if (!dirty) return;
        event.preventDefault();
        event.returnValue = '';
      };
      window.addEventListener('beforeunload', onBeforeUnload);
      return () => window.removeEventListener('beforeunload', onBeforeUnload);
    },

    quit(): void {
      // The Quit command is disabled in the web build; closing works only for script-opened tabs.
      window.close();
    },

    async openExternal(url: string): Promise<void> {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw hostError('invalid-argument', i18next.t('shell:host.badLink', { url }));
      }
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'mailto:') {
        throw hostError('invalid-argument', i18next.t('shell:host.badLink', { url }));
      }
      window.open(parsed.href, '_blank', 'noopener,noreferrer');
    },
  };
}
