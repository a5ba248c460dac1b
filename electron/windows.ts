// Project windows: creation with the security settings, per-window state (launch file, menu,
// close check, autosave sessions), the close handshake with the renderer and quitting.
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, type WebContents } from 'electron';
import type { MenuModel } from '../models/host/HostApi';
import { buildMenuTemplate } from './menu/template';
import { Push } from './ipc/channels';
import { APP_ENTRY_URL } from './protocol/appFiles';

export interface ProjectWindow {
  readonly window: BrowserWindow;
  /** The file this window was opened for, handed to the renderer once by takeLaunchFile. */
  launchFile: string | null;
  /** The file shown in the window, for focusing instead of opening it twice. */
  currentFile: string | null;
  /** Recovery ids this window autosaved under; they are not offered to other windows. */
  readonly recoveryIds: Set<string>;
  menu: MenuModel | null;
  hasCloseCheck: boolean;
  /** The renderer agreed to close (or asked to close itself): the next close goes through. */
  closeApproved: boolean;
  /** Id of the close request the renderer has not answered yet. */
  pendingCloseRequest: number | null;
  /** The page crashed or hangs: closing must not wait for it and must keep its autosave. */
  unhealthy: boolean;
}

export interface WindowManagerOptions {
  preloadPath: string;
  /** Discards a recovery entry after a clean close. */
  discardRecovery: (id: string) => Promise<void>;
}

const DIRTY_MARK = '• ';

export class WindowManager {
  private readonly windows = new Map<number, ProjectWindow>();
  private nextCloseRequest = 1;
  private quitting = false;

  constructor(private readonly options: WindowManagerOptions) {
    app.on('before-quit', () => {
      this.quitting = true;
    });
    // Until a page sends its menu: on macOS a minimal app menu, elsewhere none (Electron's default
    // menu would offer reload and developer tools).
    if (process.platform === 'darwin') this.applyApplicationMenu(undefined);
    else Menu.setApplicationMenu(null);
  }

  all(): ProjectWindow[] {
    return [...this.windows.values()];
  }

  fromWebContents(contents: WebContents): ProjectWindow | undefined {
    const window = BrowserWindow.fromWebContents(contents);
    return window ? this.windows.get(window.id) : undefined;
  }

  fromWindow(window: Electron.BaseWindow | undefined): ProjectWindow | undefined {
    return window ? this.windows.get(window.id) : undefined;
  }

  /** Whether another live window autosaves under `id`. */
  recoveryIdOwner(id: string): ProjectWindow | undefined {
    return this.all().find((entry) => entry.recoveryIds.has(id));
  }

  create(launchFile: string | null = null): ProjectWindow {
    const window = new BrowserWindow({
      width: 1400,
      height: 900,
      minWidth: 800,
      minHeight: 560,
      show: false,
      title: app.getName(),
      backgroundColor: '#ffffff',
      webPreferences: {
        preload: this.options.preloadPath,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: true,
        devTools: !app.isPackaged,
      },
    });
    const entry: ProjectWindow = {
      window,
      launchFile,
      currentFile: launchFile,
      recoveryIds: new Set(),
      menu: null,
      hasCloseCheck: false,
      closeApproved: false,
      pendingCloseRequest: null,
      unhealthy: false,
    };
    this.windows.set(window.id, entry);
    this.watch(entry);
    window.once('ready-to-show', () => window.show());
    window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
      dialog.showErrorBox('Convergence Studio', `The application could not be loaded: ${String(error)}`);
    });
    return entry;
  }

  /** Focuses the window showing `filePath`, or opens a new one for it. */
  openFile(filePath: string): void {
    const key = path.resolve(filePath);
    const existing = this.all().find((entry) => entry.currentFile !== null && path.resolve(entry.currentFile) === key);
    if (existing) this.focus(existing);
    else this.create(key);
  }

  focus(entry: ProjectWindow): void {
    if (entry.window.isMinimized()) entry.window.restore();
    entry.window.show();
    entry.window.focus();
  }

  focusAnyOrCreate(): void {
    const target = BrowserWindow.getFocusedWindow() ?? this.all().at(-1)?.window;
    const entry = target ? this.windows.get(target.id) : undefined;
    if (entry) this.focus(entry);
    else this.create();
  }

  setTitle(entry: ProjectWindow, title: string, dirty: boolean): void {
    if (process.platform === 'darwin') {
      entry.window.setTitle(title);
      entry.window.setDocumentEdited(dirty);
    } else {
      entry.window.setTitle(dirty ? `${DIRTY_MARK}${title}` : title);
    }
  }

  setCurrentFile(entry: ProjectWindow, filePath: string): void {
    entry.currentFile = filePath;
    if (process.platform === 'darwin') entry.window.setRepresentedFilename(filePath);
    app.addRecentDocument(filePath);
  }

  setMenu(entry: ProjectWindow, model: MenuModel): void {
    entry.menu = model;
    if (process.platform === 'darwin') {
      if (entry.window.isFocused() || this.windows.size === 1) this.applyApplicationMenu(entry);
    } else {
      entry.window.setMenu(this.buildMenu(model));
    }
  }

  /** The renderer's answer to a close request. */
  answerCloseRequest(entry: ProjectWindow, requestId: number, proceed: boolean): void {
    if (entry.pendingCloseRequest !== requestId) return;
    entry.pendingCloseRequest = null;
    if (proceed) {
      entry.closeApproved = true;
      entry.window.close();
    } else {
      this.quitting = false;
    }
  }

  /** The renderer closes its own window (its check already ran). */
  closeFromRenderer(entry: ProjectWindow): void {
    entry.closeApproved = true;
    entry.window.close();
  }

  private buildMenu(model: MenuModel): Menu {
    return Menu.buildFromTemplate(
      buildMenuTemplate(model, {
        platform: process.platform,
        onCommand: (command, window) => this.sendMenuCommand(command, window),
      }),
    );
  }

  private sendMenuCommand(command: string, window: Electron.BaseWindow | undefined): void {
    const target = this.fromWindow(window) ?? this.fromWindow(BrowserWindow.getFocusedWindow() ?? undefined);
    if (target && !target.window.isDestroyed()) target.window.webContents.send(Push.menuCommand, command);
  }

  /** macOS has one menu bar for the app: it shows the menu of the focused window. */
  private applyApplicationMenu(entry: ProjectWindow | undefined): void {
    if (entry?.menu) {
      Menu.setApplicationMenu(this.buildMenu(entry.menu));
      return;
    }
    Menu.setApplicationMenu(
      Menu.buildFromTemplate([
        { role: 'appMenu' },
        { label: 'File', submenu: [{ label: 'New Window', accelerator: 'CmdOrCtrl+N', click: () => this.create() }] },
        { role: 'editMenu' },
        { role: 'windowMenu' },
      ]),
    );
  }

  private watch(entry: ProjectWindow): void {
    const { window } = entry;
    const contents = window.webContents;

    window.on('page-title-updated', (event) => event.preventDefault());
    if (!app.isPackaged) {
      // Without Electron's default menu, developers keep F12 for the developer tools.
      contents.on('before-input-event', (_event, input) => {
        if (input.type === 'keyDown' && input.key === 'F12') contents.toggleDevTools();
      });
    }
    if (process.platform === 'darwin') {
      window.on('focus', () => this.applyApplicationMenu(entry));
    }

    window.on('close', (event) => {
      if (entry.closeApproved || !entry.hasCloseCheck || entry.unhealthy) return;
      event.preventDefault();
      if (entry.pendingCloseRequest !== null) return;
      const requestId = this.nextCloseRequest++;
      entry.pendingCloseRequest = requestId;
      contents.send(Push.closeRequest, requestId);
    });

    window.on('closed', () => {
      this.windows.delete(window.id);
      if (!entry.unhealthy) {
        for (const id of entry.recoveryIds) this.options.discardRecovery(id).catch(() => undefined);
      }
      if (process.platform === 'darwin') {
        this.applyApplicationMenu(this.fromWindow(BrowserWindow.getFocusedWindow() ?? undefined));
      }
      // A quit waits for each window's answer; once this one has closed, carry on with the rest.
      if (this.quitting) app.quit();
    });

    contents.on('unresponsive', () => {
      entry.unhealthy = true;
    });
    contents.on('responsive', () => {
      entry.unhealthy = false;
    });
    contents.on('did-start-navigation', (details) => {
      // A reload starts a new page: it registers its own close check and menu again.
      if (details.isMainFrame && !details.isSameDocument) {
        entry.hasCloseCheck = false;
        entry.pendingCloseRequest = null;
      }
    });
    contents.on('render-process-gone', (_event, details) => {
      if (details.reason === 'clean-exit') return;
      entry.unhealthy = true;
      // The autosave of the crashed page becomes recoverable work for the reloaded page.
      entry.recoveryIds.clear();
      entry.hasCloseCheck = false;
      entry.pendingCloseRequest = null;
      if (window.isDestroyed()) return;
      dialog
        .showMessageBox(window, {
          type: 'error',
          buttons: ['Reload', 'Close window'],
          defaultId: 0,
          cancelId: 1,
          noLink: true,
          message: 'This window stopped working.',
          detail: 'Work saved automatically in the last 30 seconds is offered again after reloading.',
        })
        .then(({ response }) => {
          if (window.isDestroyed()) return;
          if (response === 0) {
            entry.unhealthy = false;
            window.loadURL(APP_ENTRY_URL).catch(() => undefined);
          } else {
            window.close();
          }
        })
        .catch(() => undefined);
    });
  }
}
