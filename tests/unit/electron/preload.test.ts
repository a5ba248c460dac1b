import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../../../models/host/HostApi';
import { Invoke, Push } from '../../../electron/ipc/channels';

type Listener = (event: unknown, ...args: unknown[]) => void;

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, Set<Listener>>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: bridge.invoke,
    on(channel: string, listener: Listener) {
      const set = bridge.listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      bridge.listeners.set(channel, set);
    },
    removeListener(channel: string, listener: Listener) {
      bridge.listeners.get(channel)?.delete(listener);
    },
  },
}));

function emit(channel: string, ...args: unknown[]): void {
  for (const listener of bridge.listeners.get(channel) ?? []) listener({}, ...args);
}

async function host(): Promise<HostApi> {
  await import('../../../electron/preload');
  return bridge.exposed.get('convergenceHost') as HostApi;
}

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  bridge.invoke.mockReset();
  bridge.invoke.mockResolvedValue({ ok: true, value: undefined });
});

describe('preload', () => {
  it('exposes the HostApi of an Electron host', async () => {
    const api = await host();
    expect(api.kind).toBe('electron');
    expect(api.nativeMenu).toBe(true);
    expect(['darwin', 'win32', 'linux']).toContain(api.platform);
    const methods: Array<keyof HostApi> = [
      'takeLaunchFile', 'openProjectDialog', 'readProject', 'saveProject', 'saveProjectAs', 'listRecent',
      'removeRecent', 'clearRecent', 'autosave', 'listRecovery', 'discardRecovery', 'readImportFile',
      'readImportFolder', 'writeExport', 'setTitle', 'setMenu', 'onMenuCommand', 'onCloseRequest', 'quit', 'openExternal',
    ];
    for (const method of methods) expect(typeof api[method], method).toBe('function');
  });

  it('forwards calls to their channel and returns the value', async () => {
    const api = await host();
    bridge.invoke.mockResolvedValueOnce({ ok: true, value: { handle: '/p/a.convergence', name: 'a.convergence' } });
    await expect(api.saveProject('/p/a.convergence', '{}')).resolves.toEqual({ handle: '/p/a.convergence', name: 'a.convergence' });
    expect(bridge.invoke).toHaveBeenCalledWith(Invoke.saveProject, '/p/a.convergence', '{}');
  });

  it('rethrows host errors with their code and path', async () => {
    const api = await host();
    const error = { code: 'disk-full', message: 'Could not save a.convergence: the disk is full.', path: '/p/a.convergence' };
    bridge.invoke.mockResolvedValueOnce({ ok: false, error });
    await expect(api.saveProject('/p/a.convergence', '{}')).rejects.toEqual(error);
  });

  it('delivers menu commands until unsubscribed', async () => {
    const api = await host();
    const received: string[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    emit(Push.menuCommand, 'file.save');
    emit(Push.menuCommand, 42);
    unsubscribe();
    emit(Push.menuCommand, 'file.open');
    expect(received).toEqual(['file.save']);
  });

  it('answers close requests with the registered check', async () => {
    const api = await host();
    const unsubscribe = api.onCloseRequest(async () => false);
    expect(bridge.invoke).toHaveBeenCalledWith(Invoke.setCloseCheck, true);
    emit(Push.closeRequest, 5);
    await flush();
    expect(bridge.invoke).toHaveBeenCalledWith(Invoke.answerCloseRequest, { requestId: 5, proceed: false });

    unsubscribe();
    expect(bridge.invoke).toHaveBeenCalledWith(Invoke.setCloseCheck, false);
    emit(Push.closeRequest, 6);
    await flush();
    expect(bridge.invoke).toHaveBeenCalledWith(Invoke.answerCloseRequest, { requestId: 6, proceed: true });
  });

  it('keeps the window open when the close check fails', async () => {
    const api = await host();
    api.onCloseRequest(() => Promise.reject(new Error('save failed')));
    emit(Push.closeRequest, 9);
    await flush();
    expect(bridge.invoke).toHaveBeenCalledWith(Invoke.answerCloseRequest, { requestId: 9, proceed: false });
  });

  it('reports failures of fire-and-forget calls in the console', async () => {
    const api = await host();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    bridge.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'invalid-argument', message: 'bad menu' } });
    api.setMenu({ items: [] });
    await flush();
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
