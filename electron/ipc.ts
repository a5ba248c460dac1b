// Serves HostApi over IPC. Every handler first checks that the message comes from the main frame
// of one of our windows showing the app itself, then validates every argument (ipc/validate.ts),
// and answers in an envelope so HostError fields survive the trip (ipc/envelope.ts).
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type {
  ExportFile,
  ImportFile,
  ImportFolder,
  ImportKind,
  OpenedFile,
  RecentFile,
  RecoveryEntry,
  SavedFile,
} from '../models/host/HostApi';
import { writeFileAtomic } from './fs/atomicWrite';
import { HostFailure, readFailure, saveFailure } from './fs/hostFailure';
import { projectFileName, readProjectFile, withProjectExtension } from './fs/projectFiles';
import { FOLDER_LIMITS, OPENAPI_EXTENSIONS, readImportFolderFiles } from './fs/readFolder';
import { decodeText, readFileLimited } from './fs/readLimited';
import { Invoke } from './ipc/channels';
import { envelope } from './ipc/envelope';
import { MAX_READ_BYTES } from './ipc/limits';
import {
  type AllowedPaths,
  isTrustedSender,
  requireAbsolutePath,
  requireBoolean,
  requireCloseAnswer,
  requireExportFiles,
  requireFolderImportKind,
  requireImportKind,
  requireMenuModel,
  requireProjectText,
  requireRecoveryId,
  requireRecoveryInput,
  requireSuggestedName,
  requireTitle,
  resolveExportPath,
  type SenderInfo,
} from './ipc/validate';
import { PROJECT_EXTENSION } from './launch/argv';
import { requirePrintHtml } from './print/printPolicy';
import { printHtmlToPdf } from './print/printToPdf';
import { APP_ORIGIN } from './protocol/appFiles';
import { confirmAndOpenExternal } from './security/hardening';
import type { RecentFilesStore } from './store/recentFiles';
import type { RecoveryStore } from './store/recovery';
import type { ProjectWindow, WindowManager } from './windows';

export interface IpcDependencies {
  windows: WindowManager;
  allowed: AllowedPaths;
  recent: RecentFilesStore;
  recovery: RecoveryStore;
}

const PROJECT_FILTERS: Electron.FileFilter[] = [
  { name: 'Convergence Studio project', extensions: [PROJECT_EXTENSION.slice(1)] },
  { name: 'All files', extensions: ['*'] },
];

const IMPORT_FILTERS: Record<ImportKind, Electron.FileFilter[]> = {
  project: PROJECT_FILTERS,
  bpmn: [{ name: 'BPMN 2.0 diagram', extensions: ['bpmn', 'xml'] }],
  openapi: [{ name: 'OpenAPI document', extensions: ['yaml', 'yml', 'json'] }],
  csv: [{ name: 'CSV table', extensions: ['csv', 'tsv', 'txt'] }],
  xlsx: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
};

const IMPORT_TITLES: Record<ImportKind, string> = {
  project: 'Import from a project',
  bpmn: 'Import a BPMN diagram',
  openapi: 'Import an OpenAPI contract',
  csv: 'Import a CSV table',
  xlsx: 'Import an Excel workbook',
};

function senderInfo(event: IpcMainInvokeEvent, window: ProjectWindow | undefined): SenderInfo {
  try {
    const frame = event.senderFrame;
    if (frame === null) return { isMainFrame: false, isOurWindow: window !== undefined, url: null };
    return {
      isMainFrame: frame.parent === null && frame === event.sender.mainFrame,
      isOurWindow: window !== undefined && window.window.webContents === event.sender,
      url: frame.url,
    };
  } catch {
    // The frame was disposed while the message was in flight.
    return { isMainFrame: false, isOurWindow: false, url: null };
  }
}

export function registerIpc({ windows, allowed, recent, recovery }: IpcDependencies): void {
  function trustedWindow(event: IpcMainInvokeEvent): ProjectWindow {
    const window = windows.fromWebContents(event.sender);
    if (!window || !isTrustedSender(senderInfo(event, window), APP_ORIGIN)) {
      throw new HostFailure('permission-denied', 'Request refused: it did not come from an application window.');
    }
    return window;
  }

  function handle(channel: string, handler: (window: ProjectWindow, ...args: unknown[]) => unknown): void {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      envelope(async () => handler(trustedWindow(event), ...args)),
    );
  }

  function defaultFolder(window: ProjectWindow): string {
    return window.currentFile ? path.dirname(window.currentFile) : app.getPath('documents');
  }

  /** A file the user chose or reopened: allowed for later reads and writes, listed as recent. */
  async function remember(window: ProjectWindow, filePath: string): Promise<void> {
    allowed.allow(filePath);
    windows.setCurrentFile(window, filePath);
    await recent.add(filePath).catch(() => undefined);
  }

  /** A clean save makes the window's autosaved copy obsolete. */
  async function discardWindowRecovery(window: ProjectWindow): Promise<void> {
    await Promise.all([...window.recoveryIds].map((id) => recovery.discard(id).catch(() => undefined)));
  }

  async function openProject(window: ProjectWindow, filePath: string): Promise<OpenedFile> {
    try {
      const opened = await readProjectFile(filePath);
      await remember(window, filePath);
      return opened;
    } catch (error) {
      const failure = readFailure(error, filePath);
      if (failure.code === 'not-found') await recent.remove(filePath).catch(() => undefined);
      throw failure;
    }
  }

  async function saveTo(window: ProjectWindow, filePath: string, text: string): Promise<SavedFile> {
    await writeFileAtomic(filePath, text);
    await remember(window, filePath);
    await discardWindowRecovery(window);
    return { handle: filePath, name: path.basename(filePath) };
  }

  async function confirmReplace(window: ProjectWindow, names: string[]): Promise<boolean> {
    const listed = names.slice(0, 8).join('\n') + (names.length > 8 ? `\n… and ${names.length - 8} more` : '');
    const { response } = await dialog.showMessageBox(window.window, {
      type: 'warning',
      buttons: ['Replace', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
      message: names.length === 1 ? `${names[0]} already exists. Replace it?` : `${names.length} files already exist. Replace them?`,
      detail: names.length === 1 ? undefined : listed,
    });
    return response === 0;
  }

  async function exists(filePath: string): Promise<boolean> {
    try {
      await nodeFs.lstat(filePath);
      return true;
    } catch {
      return false;
    }
  }

  handle(Invoke.takeLaunchFile, async (window): Promise<OpenedFile | null> => {
    const filePath = window.launchFile;
    window.launchFile = null;
    return filePath === null ? null : openProject(window, filePath);
  });

  handle(Invoke.openProjectDialog, async (window): Promise<OpenedFile | null> => {
    const result = await dialog.showOpenDialog(window.window, {
      title: 'Open project',
      defaultPath: defaultFolder(window),
      properties: ['openFile'],
      filters: PROJECT_FILTERS,
    });
    const filePath = result.filePaths[0];
    if (result.canceled || filePath === undefined) return null;
    return openProject(window, filePath);
  });

  handle(Invoke.readProject, async (window, handleArg): Promise<OpenedFile> => {
    return openProject(window, allowed.require(handleArg));
  });

  handle(Invoke.saveProject, async (window, handleArg, textArg): Promise<SavedFile> => {
    const filePath = allowed.require(handleArg);
    return saveTo(window, filePath, requireProjectText(textArg));
  });

  handle(Invoke.saveProjectAs, async (window, nameArg, textArg): Promise<SavedFile | null> => {
    const suggested = requireSuggestedName(nameArg);
    const text = requireProjectText(textArg);
    const result = await dialog.showSaveDialog(window.window, {
      title: 'Save project as',
      defaultPath: path.join(defaultFolder(window), projectFileName(suggested)),
      filters: PROJECT_FILTERS,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return null;
    const filePath = withProjectExtension(result.filePath);
    // The dialog confirmed overwriting the name it showed, not the one with the extension added.
    if (filePath !== result.filePath && (await exists(filePath)) && !(await confirmReplace(window, [path.basename(filePath)]))) {
      return null;
    }
    return saveTo(window, filePath, text);
  });

  handle(Invoke.listRecent, async (): Promise<RecentFile[]> => {
    const files = await recent.list();
    for (const file of files) allowed.allow(file.handle);
    return files;
  });

  handle(Invoke.removeRecent, async (_window, handleArg): Promise<void> => {
    await recent.remove(requireAbsolutePath(handleArg));
  });

  handle(Invoke.clearRecent, async (): Promise<void> => {
    await recent.clear();
    app.clearRecentDocuments();
  });

  handle(Invoke.autosave, async (window, entryArg): Promise<void> => {
    const entry = requireRecoveryInput(entryArg, allowed);
    const owner = windows.recoveryIdOwner(entry.id);
    if (owner && owner !== window) {
      throw new HostFailure('invalid-argument', 'This autosave session belongs to another window.');
    }
    window.recoveryIds.add(entry.id);
    await recovery.save(entry);
  });

  handle(Invoke.listRecovery, async (): Promise<RecoveryEntry[]> => {
    // Sessions of windows that are still open are not lost work.
    const entries = (await recovery.list()).filter((entry) => windows.recoveryIdOwner(entry.id) === undefined);
    for (const entry of entries) if (entry.handle) allowed.allow(entry.handle);
    return entries;
  });

  handle(Invoke.discardRecovery, async (window, idArg): Promise<void> => {
    const id = requireRecoveryId(idArg);
    const owner = windows.recoveryIdOwner(id);
    if (owner && owner !== window) {
      throw new HostFailure('invalid-argument', 'This autosave session belongs to another window.');
    }
    window.recoveryIds.delete(id);
    await recovery.discard(id);
  });

  handle(Invoke.readImportFile, async (window, kindArg): Promise<ImportFile | null> => {
    const kind = requireImportKind(kindArg);
    const result = await dialog.showOpenDialog(window.window, {
      title: IMPORT_TITLES[kind],
      defaultPath: defaultFolder(window),
      properties: ['openFile'],
      filters: [...IMPORT_FILTERS[kind], { name: 'All files', extensions: ['*'] }],
    });
    const filePath = result.filePaths[0];
    if (result.canceled || filePath === undefined) return null;
    const bytes = await readFileLimited(filePath, MAX_READ_BYTES);
    const name = path.basename(filePath);
    return kind === 'xlsx' ? { name, bytes } : { name, text: decodeText(bytes) };
  });

  handle(Invoke.readImportFolder, async (window, kindArg): Promise<ImportFolder | null> => {
    requireFolderImportKind(kindArg);
    const result = await dialog.showOpenDialog(window.window, {
      title: 'Import an OpenAPI contract from a folder',
      defaultPath: defaultFolder(window),
      properties: ['openDirectory'],
    });
    const folder = result.filePaths[0];
    if (result.canceled || folder === undefined) return null;
    return readImportFolderFiles(folder, OPENAPI_EXTENSIONS, FOLDER_LIMITS);
  });

  handle(Invoke.writeExport, async (window, filesArg, nameArg): Promise<string | null> => {
    const files = requireExportFiles(filesArg);
    const suggested = requireSuggestedName(nameArg);
    return files.length === 1
      ? exportOneFile(window, files[0] as ExportFile, suggested)
      : exportToFolder(window, files, suggested);
  });

  async function exportOneFile(window: ProjectWindow, file: ExportFile, suggested: string): Promise<string | null> {
    const fileName = path.extname(suggested) !== '' ? suggested : (file.name.split(/[\\/]/).at(-1) ?? file.name);
    const extension = path.extname(fileName).slice(1);
    const result = await dialog.showSaveDialog(window.window, {
      title: 'Export',
      defaultPath: path.join(defaultFolder(window), fileName),
      filters: extension
        ? [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }, { name: 'All files', extensions: ['*'] }]
        : [{ name: 'All files', extensions: ['*'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return null;
    await writeFileAtomic(result.filePath, file.bytes ?? file.text ?? '');
    return result.filePath;
  }

  async function exportToFolder(window: ProjectWindow, files: ExportFile[], suggested: string): Promise<string | null> {
    const result = await dialog.showOpenDialog(window.window, {
      title: `Choose a folder for “${suggested}”`,
      buttonLabel: 'Export here',
      defaultPath: defaultFolder(window),
      properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
    });
    const folder = result.filePaths[0];
    if (result.canceled || folder === undefined) return null;
    const targets = files.map((file) => ({ file, target: resolveExportPath(folder, file.name) }));
    const existing: string[] = [];
    for (const { file, target } of targets) if (await exists(target)) existing.push(file.name);
    if (existing.length > 0 && !(await confirmReplace(window, existing))) return null;
    for (const { file, target } of targets) {
      await nodeFs.mkdir(path.dirname(target), { recursive: true }).catch((error: unknown) => {
        throw saveFailure(error, target, false);
      });
      await writeFileAtomic(target, file.bytes ?? file.text ?? '');
    }
    return folder;
  }

  handle(Invoke.printToPdf, async (_window, htmlArg): Promise<Uint8Array> => printHtmlToPdf(requirePrintHtml(htmlArg)));

  handle(Invoke.setTitle, (window, titleArg, dirtyArg): void => {
    windows.setTitle(window, requireTitle(titleArg), requireBoolean(dirtyArg, 'Dirty flag'));
  });

  handle(Invoke.setMenu, (window, menuArg): void => {
    windows.setMenu(window, requireMenuModel(menuArg));
  });

  handle(Invoke.setCloseCheck, (window, registeredArg): void => {
    window.hasCloseCheck = requireBoolean(registeredArg, 'Close check flag');
  });

  handle(Invoke.answerCloseRequest, (window, answerArg): void => {
    const { requestId, proceed } = requireCloseAnswer(answerArg);
    windows.answerCloseRequest(window, requestId, proceed);
  });

  handle(Invoke.quit, (window): void => {
    windows.closeFromRenderer(window);
  });

  handle(Invoke.openExternal, async (window, urlArg): Promise<void> => {
    await confirmAndOpenExternal(window.window, urlArg);
  });
}
