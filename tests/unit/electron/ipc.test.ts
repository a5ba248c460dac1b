// The IPC handlers with a stand-in for the 'electron' module: real files in a temp folder,
// scripted dialogs, and senders that are or are not our app.
import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Invoke } from '../../../electron/ipc/channels';
import type { Envelope } from '../../../electron/ipc/envelope';
import { AllowedPaths } from '../../../electron/ipc/validate';
import { APP_ENTRY_URL } from '../../../electron/protocol/appFiles';
import { RecentFilesStore } from '../../../electron/store/recentFiles';
import { RecoveryStore } from '../../../electron/store/recovery';
import type { ProjectWindow, WindowManager } from '../../../electron/windows';

type Handler = (event: unknown, ...args: unknown[]) => Promise<Envelope<unknown>>;

const electron = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  documents: '/',
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  showMessageBox: vi.fn(),
  openExternal: vi.fn(),
}));

vi.mock('electron', () => ({
  app: {
    getPath: () => electron.documents,
    addRecentDocument: () => undefined,
    clearRecentDocuments: () => undefined,
    on: () => undefined,
  },
  dialog: {
    showOpenDialog: electron.showOpenDialog,
    showSaveDialog: electron.showSaveDialog,
    showMessageBox: electron.showMessageBox,
  },
  ipcMain: { handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler) },
  shell: { openExternal: electron.openExternal },
}));

const { registerIpc } = await import('../../../electron/ipc');

interface FakeFrame {
  parent: FakeFrame | null;
  url: string;
}

class FakeWindows {
  readonly entries: ProjectWindow[] = [];
  readonly setTitle = vi.fn();
  readonly setMenu = vi.fn();
  readonly answerCloseRequest = vi.fn();
  readonly closeFromRenderer = vi.fn();

  add(): { entry: ProjectWindow; sender: { mainFrame: FakeFrame } } {
    const mainFrame: FakeFrame = { parent: null, url: APP_ENTRY_URL };
    const sender = { mainFrame };
    const entry: ProjectWindow = {
      window: { webContents: sender } as unknown as ProjectWindow['window'],
      launchFile: null,
      currentFile: null,
      recoveryIds: new Set(),
      menu: null,
      hasCloseCheck: false,
      closeApproved: false,
      pendingCloseRequest: null,
      unhealthy: false,
    };
    this.entries.push(entry);
    return { entry, sender };
  }

  fromWebContents(contents: unknown): ProjectWindow | undefined {
    return this.entries.find((entry) => entry.window.webContents === contents);
  }

  recoveryIdOwner(id: string): ProjectWindow | undefined {
    return this.entries.find((entry) => entry.recoveryIds.has(id));
  }

  setCurrentFile(entry: ProjectWindow, filePath: string): void {
    entry.currentFile = filePath;
  }
}

let dir: string;
let windows: FakeWindows;
let recent: RecentFilesStore;
let recovery: RecoveryStore;
let main: { entry: ProjectWindow; sender: { mainFrame: FakeFrame } };

function eventFrom(sender: { mainFrame: FakeFrame }, frame: FakeFrame | null = sender.mainFrame): unknown {
  return { sender, senderFrame: frame };
}

async function call(channel: string, ...args: unknown[]): Promise<Envelope<unknown>> {
  return callFrom(eventFrom(main.sender), channel, ...args);
}

async function callFrom(event: unknown, channel: string, ...args: unknown[]): Promise<Envelope<unknown>> {
  const handler = electron.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args);
}

async function value(channel: string, ...args: unknown[]): Promise<unknown> {
  const result = await call(channel, ...args);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function failure(channel: string, ...args: unknown[]): Promise<{ code: string; message: string }> {
  const result = await call(channel, ...args);
  if (result.ok) throw new Error(`${channel} succeeded unexpectedly`);
  return result.error;
}

beforeEach(async () => {
  dir = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'cs-ipc-'));
  await nodeFs.mkdir(path.join(dir, 'docs'));
  electron.documents = path.join(dir, 'docs');
  electron.handlers.clear();
  for (const mock of [electron.showOpenDialog, electron.showSaveDialog, electron.showMessageBox, electron.openExternal]) mock.mockReset();
  windows = new FakeWindows();
  main = windows.add();
  recent = new RecentFilesStore(path.join(dir, 'user-data'));
  recovery = new RecoveryStore(path.join(dir, 'user-data', 'recovery'));
  registerIpc({
    windows: windows as unknown as WindowManager,
    allowed: new AllowedPaths(false),
    recent,
    recovery,
  });
});

afterEach(async () => {
  await nodeFs.rm(dir, { recursive: true, force: true });
});

async function projectFile(name: string, text = '{"schemaVersion":1}\n'): Promise<string> {
  const file = path.join(dir, 'docs', name);
  await nodeFs.writeFile(file, text);
  return file;
}

describe('sender check', () => {
  it('refuses messages from other origins, iframes and unknown pages', async () => {
    // Our window, navigated away to a foreign page.
    main.sender.mainFrame.url = 'https://evil.example/';
    const fromForeignOrigin = await callFrom(eventFrom(main.sender), Invoke.listRecent);
    expect(fromForeignOrigin).toMatchObject({ ok: false, error: { code: 'permission-denied' } });

    const ours = windows.add();
    const iframe: FakeFrame = { parent: ours.sender.mainFrame, url: APP_ENTRY_URL };
    expect(await callFrom(eventFrom(ours.sender, iframe), Invoke.listRecent)).toMatchObject({ ok: false });
    expect(await callFrom(eventFrom(ours.sender, null), Invoke.listRecent)).toMatchObject({ ok: false });
    const stranger = { mainFrame: { parent: null, url: APP_ENTRY_URL } };
    expect(await callFrom(eventFrom(stranger), Invoke.listRecent)).toMatchObject({ ok: false });
    expect(await callFrom(eventFrom(ours.sender), Invoke.listRecent)).toEqual({ ok: true, value: [] });
  });
});

describe('opening and saving', () => {
  it('refuses reads and writes of files the user did not choose', async () => {
    const file = await projectFile('secret.convergence');
    expect(await failure(Invoke.readProject, file)).toMatchObject({ code: 'permission-denied' });
    expect(await failure(Invoke.saveProject, file, '{}')).toMatchObject({ code: 'permission-denied' });
    expect(await nodeFs.readFile(file, 'utf8')).toBe('{"schemaVersion":1}\n');
    expect(await failure(Invoke.saveProject, `${path.dirname(file)}/../docs/secret.convergence`, '{}')).toMatchObject({
      code: 'invalid-argument',
    });
  });

  it('opens a chosen file, then reads and saves it by handle', async () => {
    const file = await projectFile('child.convergence');
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect(await value(Invoke.openProjectDialog)).toEqual({ handle: file, name: 'child.convergence', text: '{"schemaVersion":1}\n' });
    expect(main.entry.currentFile).toBe(file);
    expect(await value(Invoke.saveProject, file, '{"schemaVersion":1,"x":2}\n')).toEqual({ handle: file, name: 'child.convergence' });
    expect(await nodeFs.readFile(file, 'utf8')).toBe('{"schemaVersion":1,"x":2}\n');
    expect(await value(Invoke.readProject, file)).toMatchObject({ text: '{"schemaVersion":1,"x":2}\n' });
    expect((await recent.list()).map((entry) => entry.handle)).toEqual([file]);
  });

  it('returns null when the open dialog is cancelled', async () => {
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await value(Invoke.openProjectDialog)).toBeNull();
  });

  it('saves as a new file, adding the extension', async () => {
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'docs', 'grant') });
    const saved = await value(Invoke.saveProjectAs, 'Child Grant', '{"a":1}\n');
    const expected = path.join(dir, 'docs', 'grant.convergence');
    expect(saved).toEqual({ handle: expected, name: 'grant.convergence' });
    expect(electron.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      defaultPath: path.join(dir, 'docs', 'Child Grant.convergence'),
    });
    expect(await nodeFs.readFile(expected, 'utf8')).toBe('{"a":1}\n');
    expect(await value(Invoke.saveProject, expected, '{"a":2}\n')).toEqual(saved);
  });

  it('asks before replacing a file the dialog did not warn about', async () => {
    const existing = await projectFile('grant.convergence', 'keep');
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'docs', 'grant') });
    electron.showMessageBox.mockResolvedValueOnce({ response: 1 });
    expect(await value(Invoke.saveProjectAs, 'grant', 'new')).toBeNull();
    expect(await nodeFs.readFile(existing, 'utf8')).toBe('keep');
  });

  it('hands the launch file out once', async () => {
    const file = await projectFile('launch.convergence');
    main.entry.launchFile = file;
    expect(await value(Invoke.takeLaunchFile)).toMatchObject({ handle: file, name: 'launch.convergence' });
    expect(await value(Invoke.takeLaunchFile)).toBeNull();
    expect(await value(Invoke.saveProject, file, 'x')).toMatchObject({ handle: file });
  });

  it('reports a recent file that disappeared and drops it from the list', async () => {
    const file = await projectFile('gone.convergence');
    await recent.add(file);
    expect(await value(Invoke.listRecent)).toHaveLength(1);
    await nodeFs.unlink(file);
    expect(await failure(Invoke.readProject, file)).toMatchObject({ code: 'not-found' });
    expect(await recent.list()).toEqual([]);
  });

  it('refuses files over the size limit', async () => {
    const file = await projectFile('huge.convergence');
    await nodeFs.truncate(file, 64 * 1024 * 1024 + 1);
    main.entry.launchFile = file;
    expect(await failure(Invoke.takeLaunchFile)).toMatchObject({ code: 'too-large' });
  });

  it('refuses wrong argument types', async () => {
    const file = await projectFile('a.convergence');
    main.entry.launchFile = file;
    await value(Invoke.takeLaunchFile);
    expect(await failure(Invoke.saveProject, file, { text: 'x' })).toMatchObject({ code: 'invalid-argument' });
    expect(await failure(Invoke.saveProject, 42, 'x')).toMatchObject({ code: 'invalid-argument' });
    expect(await failure(Invoke.saveProjectAs, '../../evil', 'x')).toMatchObject({ code: 'invalid-argument' });
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('recovery', () => {
  it('autosaves per window, hides live sessions and discards on a clean save', async () => {
    await recovery.save({ id: 'crashed', projectName: 'Lost work', text: 'old' });
    await value(Invoke.autosave, { id: 'live', projectName: 'Open now', text: 'current' });
    expect(((await value(Invoke.listRecovery)) as Array<{ id: string }>).map((entry) => entry.id)).toEqual(['crashed']);

    const other = windows.add();
    const stolen = await callFrom(eventFrom(other.sender), Invoke.autosave, { id: 'live', projectName: 'x', text: 'y' });
    expect(stolen).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await callFrom(eventFrom(other.sender), Invoke.discardRecovery, 'live')).toMatchObject({ ok: false });

    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'docs', 'saved.convergence') });
    await value(Invoke.saveProjectAs, 'saved', 'current');
    expect((await recovery.list()).map((entry) => entry.id)).toEqual(['crashed']);

    await value(Invoke.discardRecovery, 'crashed');
    expect(await recovery.list()).toEqual([]);
  });

  it('makes the file of a recovered entry readable', async () => {
    const file = await projectFile('recovered.convergence');
    await recovery.save({ id: 'old', projectName: 'P', fileName: 'recovered.convergence', handle: file, text: 'x' });
    expect(await failure(Invoke.readProject, file)).toMatchObject({ code: 'permission-denied' });
    await value(Invoke.listRecovery);
    expect(await value(Invoke.readProject, file)).toMatchObject({ handle: file });
  });
});

describe('imports and exports', () => {
  it('reads text imports as text and workbooks as bytes', async () => {
    const csv = await projectFile('dictionary.csv', '\uFEFFid,name\n');
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [csv] });
    expect(await value(Invoke.readImportFile, 'csv')).toEqual({ name: 'dictionary.csv', text: 'id,name\n' });
    const xlsx = await projectFile('book.xlsx', 'PK\u0003\u0004');
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [xlsx] });
    const imported = (await value(Invoke.readImportFile, 'xlsx')) as { name: string; bytes: Uint8Array };
    expect(imported.name).toBe('book.xlsx');
    expect(Array.from(imported.bytes.slice(0, 2))).toEqual([0x50, 0x4b]);
    expect(await failure(Invoke.readImportFile, 'exe')).toMatchObject({ code: 'invalid-argument' });
  });

  it('writes one export through a save dialog', async () => {
    const target = path.join(dir, 'docs', 'scenario.html');
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await value(Invoke.writeExport, [{ name: 'scenario.html', text: '<h1>x</h1>', mimeType: 'text/html' }], 'scenario.html')).toBe(target);
    expect(await nodeFs.readFile(target, 'utf8')).toBe('<h1>x</h1>');
  });

  it('writes several exports into a chosen folder, with subfolders', async () => {
    const folder = path.join(dir, 'out');
    await nodeFs.mkdir(folder);
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    const files = [
      { name: 'bundle.json', text: '{}', mimeType: 'application/json' },
      { name: 'diagrams/intake.png', bytes: new Uint8Array([137, 80]), mimeType: 'image/png' },
    ];
    expect(await value(Invoke.writeExport, files, 'Child Grant')).toBe(folder);
    expect(await nodeFs.readFile(path.join(folder, 'bundle.json'), 'utf8')).toBe('{}');
    expect(Array.from(await nodeFs.readFile(path.join(folder, 'diagrams', 'intake.png')))).toEqual([137, 80]);
  });

  it('asks before replacing existing exports and keeps them when cancelled', async () => {
    const folder = path.join(dir, 'out');
    await nodeFs.mkdir(folder);
    await nodeFs.writeFile(path.join(folder, 'a.md'), 'keep');
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    electron.showMessageBox.mockResolvedValueOnce({ response: 1 });
    const files = [
      { name: 'a.md', text: 'new', mimeType: 'text/markdown' },
      { name: 'b.md', text: 'new', mimeType: 'text/markdown' },
    ];
    expect(await value(Invoke.writeExport, files, 'x')).toBeNull();
    expect(await nodeFs.readFile(path.join(folder, 'a.md'), 'utf8')).toBe('keep');
    expect(await nodeFs.readdir(folder)).toEqual(['a.md']);
  });

  it('refuses names that leave the folder before showing any dialog', async () => {
    const files = [
      { name: 'ok.md', text: '', mimeType: 'text/markdown' },
      { name: '../escape.md', text: 'x', mimeType: 'text/markdown' },
    ];
    expect(await failure(Invoke.writeExport, files, 'x')).toMatchObject({ code: 'invalid-argument' });
    expect(await failure(Invoke.writeExport, [{ name: '/etc/cron.d/x', text: 'x', mimeType: 'text/plain' }], 'x')).toMatchObject({
      code: 'invalid-argument',
    });
    expect(electron.showOpenDialog).not.toHaveBeenCalled();
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('window requests', () => {
  it('validates titles, menus and close answers before acting', async () => {
    await value(Invoke.setTitle, 'child.convergence — Convergence Studio', true);
    expect(windows.setTitle).toHaveBeenCalledWith(main.entry, 'child.convergence — Convergence Studio', true);
    expect(await failure(Invoke.setTitle, 'x', 'yes')).toMatchObject({ code: 'invalid-argument' });
    expect(await failure(Invoke.setMenu, { items: [{ label: 'x' }] })).toMatchObject({ code: 'invalid-argument' });
    expect(windows.setMenu).not.toHaveBeenCalled();
    await value(Invoke.setCloseCheck, true);
    expect(main.entry.hasCloseCheck).toBe(true);
    await value(Invoke.answerCloseRequest, { requestId: 4, proceed: true });
    expect(windows.answerCloseRequest).toHaveBeenCalledWith(main.entry, 4, true);
    await value(Invoke.quit);
    expect(windows.closeFromRenderer).toHaveBeenCalledWith(main.entry);
  });

  it('opens https links only after the user confirms', async () => {
    expect(await failure(Invoke.openExternal, 'file:///etc/passwd')).toMatchObject({ code: 'invalid-argument' });
    expect(electron.showMessageBox).not.toHaveBeenCalled();
    electron.showMessageBox.mockResolvedValueOnce({ response: 1 });
    await value(Invoke.openExternal, 'https://spdci.org/');
    expect(electron.openExternal).not.toHaveBeenCalled();
    electron.showMessageBox.mockResolvedValueOnce({ response: 0 });
    await value(Invoke.openExternal, 'https://spdci.org/');
    expect(electron.openExternal).toHaveBeenCalledWith('https://spdci.org/');
  });
});
