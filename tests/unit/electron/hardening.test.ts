import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fakes = vi.hoisted(() => ({
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  showMessageBox: vi.fn(),
  openExternal: vi.fn(),
}));

vi.mock('electron', () => ({
  app: { on: (event: string, listener: (...args: unknown[]) => void) => fakes.appListeners.set(event, listener) },
  dialog: { showMessageBox: fakes.showMessageBox },
  shell: { openExternal: fakes.openExternal },
}));

const { hardenSession, hardenWebContents } = await import('../../../electron/security/hardening');
const { CONTENT_SECURITY_POLICY } = await import('../../../electron/security/csp');

type Callback = (result: Record<string, unknown>) => void;

function fakeSession() {
  const handlers: Record<string, (...args: never[]) => void> = {};
  const session = {
    setPermissionRequestHandler: (handler: (...args: never[]) => void) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: (...args: never[]) => void) => (handlers.check = handler),
    webRequest: {
      onBeforeRequest: (handler: (...args: never[]) => void) => (handlers.before = handler),
      onHeadersReceived: (handler: (...args: never[]) => void) => (handlers.headers = handler),
    },
  };
  hardenSession(session as never);
  return handlers as unknown as {
    request: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    check: (...args: unknown[]) => boolean;
    before: (details: { url: string }, callback: Callback) => void;
    headers: (details: { url: string; responseHeaders: Record<string, string[]> }, callback: Callback) => void;
  };
}

function answer<T>(run: (callback: (value: T) => void) => void): T {
  let result: T | undefined;
  run((value) => (result = value));
  return result as T;
}

beforeEach(() => {
  fakes.showMessageBox.mockReset();
  fakes.openExternal.mockReset();
});

describe('hardenSession', () => {
  it('denies every permission', () => {
    const handlers = fakeSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen']) {
      expect(answer<boolean>((callback) => handlers.request({}, permission, callback))).toBe(false);
    }
    expect(handlers.check({}, 'media', 'app://convergence', {})).toBe(false);
  });

  it('lets through only app, data and blob requests', () => {
    const handlers = fakeSession();
    const cancelled = (url: string) => answer<Record<string, unknown>>((callback) => handlers.before({ url }, callback)).cancel;
    expect(cancelled('app://convergence/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('blob:app://convergence/1234')).toBe(false);
    for (const url of ['https://example.org/track.js', 'http://localhost:5173/', 'file:///etc/passwd', 'ws://evil/']) {
      expect(cancelled(url)).toBe(true);
    }
  });

  it('adds the content security policy to app responses only', () => {
    const handlers = fakeSession();
    const app = answer<Record<string, unknown>>((callback) => handlers.headers({ url: 'app://convergence/index.html', responseHeaders: {} }, callback));
    expect(app.responseHeaders).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    const devtools = answer<Record<string, unknown>>((callback) => handlers.headers({ url: 'devtools://devtools/x.html', responseHeaders: {} }, callback));
    expect(devtools).toEqual({});
  });
});

describe('hardenWebContents', () => {
  function fakeContents() {
    const contents = Object.assign(new EventEmitter(), {
      openHandler: undefined as undefined | ((details: { url: string }) => { action: string }),
      setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
        contents.openHandler = handler;
      },
    });
    hardenWebContents(() => null);
    fakes.appListeners.get('web-contents-created')?.({}, contents);
    return contents;
  }

  it('blocks navigation, redirects and webviews', () => {
    const contents = fakeContents();
    for (const [event, url] of [
      ['will-navigate', 'app://convergence/other.html'],
      ['will-navigate', 'file:///etc/passwd'],
      ['will-redirect', 'https://example.org/'],
      ['will-attach-webview', ''],
    ] as const) {
      const preventDefault = vi.fn();
      contents.emit(event, { preventDefault }, url);
      expect(preventDefault, `${event} ${url}`).toHaveBeenCalled();
    }
    expect(fakes.showMessageBox).not.toHaveBeenCalled();
  });

  it('denies new windows and offers https links to the browser after confirmation', async () => {
    const contents = fakeContents();
    fakes.showMessageBox.mockResolvedValue({ response: 0 });
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'https://spdci.org/' })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fakes.showMessageBox).toHaveBeenCalledTimes(1);
    expect(fakes.openExternal).toHaveBeenCalledWith('https://spdci.org/');
  });
});
