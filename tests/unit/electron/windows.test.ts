// The window manager against a stand-in BrowserWindow: security settings, the close handshake
// with the renderer (including quitting) and crash handling.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Push } from '../../../electron/ipc/channels';
import { APP_ENTRY_URL } from '../../../electron/protocol/appFiles';

const fakes = vi.hoisted(() => {
  // vi.hoisted runs before imports, so the emitter class is loaded with require.
  const { EventEmitter: Emitter } = require('node:events') as typeof import('node:events');

  class FakeContents extends Emitter {
    readonly send = vi.fn();
    readonly toggleDevTools = vi.fn();
  }

  class FakeWindow extends Emitter {
    static all: FakeWindow[] = [];
    static nextId = 1;
    readonly id = FakeWindow.nextId++;
    readonly webContents = new FakeContents();
    destroyed = false;
    title = '';
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly setMenu = vi.fn();
    readonly setDocumentEdited = vi.fn();
    readonly setRepresentedFilename = vi.fn();
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();

    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeWindow.all.push(this);
    }

    static fromWebContents(contents: unknown): FakeWindow | null {
      return FakeWindow.all.find((window) => window.webContents === contents) ?? null;
    }

    static getFocusedWindow(): FakeWindow | null {
      return null;
    }

    setTitle(title: string): void {
      this.title = title;
    }

    isDestroyed(): boolean {
      return this.destroyed;
    }

    isMinimized(): boolean {
      return false;
    }

    isFocused(): boolean {
      return false;
    }

    close(): void {
      if (this.destroyed) return;
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.destroyed = true;
      FakeWindow.all = FakeWindow.all.filter((window) => window !== this);
      this.emit('closed');
    }
  }

  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    getName: () => 'Convergence Studio',
    quit: vi.fn(),
    addRecentDocument: vi.fn(),
  });
  const dialog = { showMessageBox: vi.fn(), showErrorBox: vi.fn() };
  const Menu = {
    buildFromTemplate: (template: unknown[]) => ({ template }),
    setApplicationMenu: vi.fn(),
  };
  return { FakeWindow, app, dialog, Menu };
});

vi.mock('electron', () => ({
  app: fakes.app,
  BrowserWindow: fakes.FakeWindow,
  dialog: fakes.dialog,
  Menu: fakes.Menu,
}));

const { WindowManager } = await import('../../../electron/windows');

type FakeWindowInstance = InstanceType<typeof fakes.FakeWindow>;

let discarded: string[];
let manager: InstanceType<typeof WindowManager>;

function windowOf(entry: { window: unknown }): FakeWindowInstance {
  return entry.window as FakeWindowInstance;
}

function lastCloseRequest(window: FakeWindowInstance): number {
  const calls = window.webContents.send.mock.calls.filter(([channel]) => channel === Push.closeRequest);
  return calls.at(-1)?.[1] as number;
}

beforeEach(() => {
  fakes.FakeWindow.all = [];
  fakes.app.removeAllListeners();
  fakes.app.quit.mockReset();
  fakes.dialog.showMessageBox.mockReset();
  discarded = [];
  manager = new WindowManager({
    preloadPath: '/app/dist-electron/preload.cjs',
    discardRecovery: async (id) => {
      discarded.push(id);
    },
  });
});

describe('WindowManager', () => {
  it('creates sandboxed, isolated windows that load the app', () => {
    const entry = manager.create('/p/a.convergence');
    const window = windowOf(entry);
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
    expect(window.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    expect(entry.launchFile).toBe('/p/a.convergence');
  });

  it('closes at once when the page registered no check, discarding its autosave', () => {
    const entry = manager.create();
    entry.recoveryIds.add('s1');
    windowOf(entry).close();
    expect(windowOf(entry).isDestroyed()).toBe(true);
    expect(discarded).toEqual(['s1']);
    expect(manager.all()).toEqual([]);
  });

  it('asks the page before closing and asks only once while the answer is pending', () => {
    const entry = manager.create();
    entry.hasCloseCheck = true;
    const window = windowOf(entry);
    window.close();
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(window.webContents.send.mock.calls.filter(([channel]) => channel === Push.closeRequest)).toHaveLength(1);

    manager.answerCloseRequest(entry, lastCloseRequest(window), false);
    expect(window.isDestroyed()).toBe(false);

    window.close();
    const second = lastCloseRequest(window);
    manager.answerCloseRequest(entry, second + 100, true);
    expect(window.isDestroyed()).toBe(false);
    manager.answerCloseRequest(entry, second, true);
    expect(window.isDestroyed()).toBe(true);
  });

  it('lets the page close its own window after its check', () => {
    const entry = manager.create();
    entry.hasCloseCheck = true;
    manager.closeFromRenderer(entry);
    expect(windowOf(entry).isDestroyed()).toBe(true);
  });

  it('carries on quitting after each window agreed, and stops when one refuses', () => {
    const first = manager.create();
    const second = manager.create();
    first.hasCloseCheck = true;
    second.hasCloseCheck = true;
    fakes.app.emit('before-quit');
    windowOf(first).close();
    manager.answerCloseRequest(first, lastCloseRequest(windowOf(first)), true);
    expect(fakes.app.quit).toHaveBeenCalledTimes(1);

    windowOf(second).close();
    manager.answerCloseRequest(second, lastCloseRequest(windowOf(second)), false);
    expect(windowOf(second).isDestroyed()).toBe(false);
    const third = manager.create();
    windowOf(third).close();
    expect(fakes.app.quit).toHaveBeenCalledTimes(1);
  });

  it('keeps the autosave of a crashed page and does not wait for it to close', async () => {
    fakes.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    const entry = manager.create();
    entry.hasCloseCheck = true;
    entry.recoveryIds.add('crashed-session');
    windowOf(entry).webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(windowOf(entry).isDestroyed()).toBe(true);
    expect(discarded).toEqual([]);
  });

  it('reloads a crashed page when the user asks, offering its autosave to it', async () => {
    fakes.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    const entry = manager.create();
    entry.recoveryIds.add('crashed-session');
    windowOf(entry).webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(windowOf(entry).loadURL).toHaveBeenCalledTimes(2);
    expect(manager.recoveryIdOwner('crashed-session')).toBeUndefined();
    expect(entry.unhealthy).toBe(false);
  });

  it('marks unsaved changes in the title', () => {
    const entry = manager.create();
    manager.setTitle(entry, 'a.convergence — Convergence Studio', true);
    if (process.platform === 'darwin') {
      expect(windowOf(entry).setDocumentEdited).toHaveBeenCalledWith(true);
    } else {
      expect(windowOf(entry).title).toBe('• a.convergence — Convergence Studio');
      manager.setTitle(entry, 'a.convergence — Convergence Studio', false);
      expect(windowOf(entry).title).toBe('a.convergence — Convergence Studio');
    }
  });

  it('sends menu clicks to the window the menu belongs to', () => {
    if (process.platform === 'darwin') return;
    const entry = manager.create();
    manager.setMenu(entry, { items: [{ label: 'File', submenu: [{ command: 'file.save', label: 'Save', accelerator: 'CmdOrCtrl+S' }] }] });
    const built = windowOf(entry).setMenu.mock.calls[0]?.[0] as { template: Array<{ submenu: Array<{ click: (...args: unknown[]) => void }> }> };
    built.template[0]?.submenu[0]?.click({}, windowOf(entry), {});
    expect(windowOf(entry).webContents.send).toHaveBeenCalledWith(Push.menuCommand, 'file.save');
  });

  it('focuses the window that already shows a file instead of opening it twice', () => {
    const entry = manager.create('/p/a.convergence');
    manager.openFile('/p/a.convergence');
    expect(manager.all()).toHaveLength(1);
    expect(windowOf(entry).focus).toHaveBeenCalled();
    manager.openFile('/p/b.convergence');
    expect(manager.all()).toHaveLength(2);
  });
});
