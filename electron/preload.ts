// The renderer's only door to the host: HostApi over IPC, exposed as window.convergenceHost.
// Runs sandboxed, so it may import only 'electron' (and code bundled into it); results come back
// in envelopes and HostErrors are rethrown as plain objects the renderer can inspect.
import { contextBridge, ipcRenderer } from 'electron';
import type { ExportFile, FolderImportKind, HostApi, ImportKind, MenuModel, RecoveryEntry } from '../models/host/HostApi';
import { Invoke, Push } from './ipc/channels';
import { unwrap } from './ipc/envelope';

async function call<T>(channel: string, ...args: unknown[]): Promise<T> {
  return unwrap<T>(await ipcRenderer.invoke(channel, ...args));
}

/** For fire-and-forget methods: a failure is a programming error, reported in the console. */
function notify(channel: string, ...args: unknown[]): void {
  call<void>(channel, ...args).catch((error: unknown) => {
    console.error(`Convergence Studio host: ${channel} failed`, error);
  });
}

function hostPlatform(): HostApi['platform'] {
  const platform = process.platform;
  return platform === 'darwin' || platform === 'win32' ? platform : 'linux';
}

let closeCheck: (() => Promise<boolean>) | null = null;

ipcRenderer.on(Push.closeRequest, (_event, requestId: unknown) => {
  const check = closeCheck;
  const decide = check ? Promise.resolve().then(check) : Promise.resolve(true);
  decide
    // A failing check must not close the window over unsaved work.
    .then((proceed) => proceed === true, () => false)
    .then((proceed) => notify(Invoke.answerCloseRequest, { requestId, proceed }));
});

const api: HostApi = {
  kind: 'electron',
  nativeMenu: true,
  platform: hostPlatform(),

  takeLaunchFile: () => call(Invoke.takeLaunchFile),
  openProjectDialog: () => call(Invoke.openProjectDialog),
  readProject: (handle: string) => call(Invoke.readProject, handle),
  saveProject: (handle: string, text: string) => call(Invoke.saveProject, handle, text),
  saveProjectAs: (suggestedName: string, text: string) => call(Invoke.saveProjectAs, suggestedName, text),

  listRecent: () => call(Invoke.listRecent),
  removeRecent: (handle: string) => call(Invoke.removeRecent, handle),
  clearRecent: () => call(Invoke.clearRecent),

  autosave: (entry: Omit<RecoveryEntry, 'savedAt'>) => call(Invoke.autosave, entry),
  listRecovery: () => call(Invoke.listRecovery),
  discardRecovery: (id: string) => call(Invoke.discardRecovery, id),

  readImportFile: (kind: ImportKind) => call(Invoke.readImportFile, kind),
  readImportFolder: (kind: FolderImportKind) => call(Invoke.readImportFolder, kind),
  writeExport: (files: ExportFile[], suggestedName: string) => call(Invoke.writeExport, files, suggestedName),
  printToPdf: (html: string) => call(Invoke.printToPdf, html),

  setTitle: (title: string, dirty: boolean) => notify(Invoke.setTitle, title, dirty),
  setMenu: (menu: MenuModel) => notify(Invoke.setMenu, menu),

  onMenuCommand(listener: (command: string) => void): () => void {
    const forward = (_event: Electron.IpcRendererEvent, command: unknown): void => {
      if (typeof command === 'string') listener(command);
    };
    ipcRenderer.on(Push.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(Push.menuCommand, forward);
    };
  },

  onCloseRequest(check: () => Promise<boolean>): () => void {
    closeCheck = check;
    notify(Invoke.setCloseCheck, true);
    return () => {
      if (closeCheck !== check) return;
      closeCheck = null;
      notify(Invoke.setCloseCheck, false);
    };
  },

  quit: () => notify(Invoke.quit),
  openExternal: (url: string) => call(Invoke.openExternal, url),
};

contextBridge.exposeInMainWorld('convergenceHost', api);
