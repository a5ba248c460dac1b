// Session- and page-level defences for every web page the app creates: no permissions, no
// navigation, no new windows, no webviews, and no network requests outside the app protocol.
import { app, type BrowserWindow, dialog, type Session, shell, type WebContents } from 'electron';
import { APP_SCHEME } from '../protocol/appFiles';
import { requireExternalUrl } from '../ipc/validate';
import { CONTENT_SECURITY_POLICY } from './csp';

/** Schemes a page may request: the app itself and in-memory data bpmn-js and exports create. */
const ALLOWED_REQUEST_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

function schemeOf(url: string): string {
  const colon = url.indexOf(':');
  return colon < 0 ? '' : url.slice(0, colon + 1).toLowerCase();
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !ALLOWED_REQUEST_SCHEMES.has(schemeOf(details.url)) });
  });
  // The app protocol already sends the policy; this covers any response path that bypasses it.
  // DevTools pages (devtools:) keep their own policy, which ours would break.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (schemeOf(details.url) !== `${APP_SCHEME}:`) {
      callback({});
      return;
    }
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

/**
 * Opens an https or mailto link in the system browser after the user confirms. Anything else
 * is ignored: the renderer cannot make the app launch programs or open local files.
 */
export async function confirmAndOpenExternal(owner: BrowserWindow | null, rawUrl: unknown): Promise<void> {
  const url = requireExternalUrl(rawUrl);
  const target = url.protocol === 'mailto:' ? 'your e-mail program' : 'your web browser';
  const options: Electron.MessageBoxOptions = {
    type: 'question',
    buttons: ['Open', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
    message: `Open this link in ${target}?`,
    detail: url.href,
  };
  const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
  if (response === 0) await shell.openExternal(url.href);
}

/** Applies page-level rules to every web contents the app creates, including any future ones. */
export function hardenWebContents(findWindow: (contents: WebContents) => BrowserWindow | null): void {
  app.on('web-contents-created', (_event, contents) => {
    const offerExternal = (url: string): void => {
      if (schemeOf(url) !== 'https:' && schemeOf(url) !== 'mailto:') return;
      confirmAndOpenExternal(findWindow(contents), url).catch(() => undefined);
    };
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      offerExternal(url);
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      offerExternal(url);
      return { action: 'deny' };
    });
  });
}
