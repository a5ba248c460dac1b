// HostApi.printToPdf on the desktop: the HTML export, printed by Chromium's own PDF printer in a
// hidden window set up by printPolicy.ts. One document at a time: prints are queued, so the
// session's single document handler always answers with the document being printed.

import { BrowserWindow, session } from 'electron';
import {
  isPrintRequestAllowed,
  PRINT_PARTITION,
  PRINT_PDF_OPTIONS,
  PRINT_TIMEOUT_MS,
  PRINT_URL,
  PRINT_WEB_PREFERENCES,
  printResponse,
} from './printPolicy';
import { APP_SCHEME } from '../protocol/appFiles';
import { HostFailure } from '../fs/hostFailure';
import { withPrintFit } from '../../models/export/docx/printFit';

let current = '';
let sessionReady = false;
let queue: Promise<unknown> = Promise.resolve();

function preparePrintSession(): void {
  if (sessionReady) return;
  const printSession = session.fromPartition(PRINT_PARTITION);
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintRequestAllowed(details.url) }));
  printSession.protocol.handle(APP_SCHEME, (request) => {
    const answer = printResponse(request.url, request.method, current);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  });
  sessionReady = true;
}

async function printOnce(html: string): Promise<Uint8Array> {
  preparePrintSession();
  current = withPrintFit(html);
  const window = new BrowserWindow({ show: false, width: 1024, height: 1400, webPreferences: { ...PRINT_WEB_PREFERENCES } });
  const timer = setTimeout(() => {
    if (!window.isDestroyed()) window.destroy();
  }, PRINT_TIMEOUT_MS);
  try {
    await window.loadURL(PRINT_URL);
    const pdf = await window.webContents.printToPDF({ ...PRINT_PDF_OPTIONS, margins: { ...PRINT_PDF_OPTIONS.margins } });
    return new Uint8Array(pdf);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HostFailure('io', `The PDF could not be made: ${reason}`);
  } finally {
    clearTimeout(timer);
    current = '';
    if (!window.isDestroyed()) window.destroy();
  }
}

export function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const run = queue.then(() => printOnce(html), () => printOnce(html));
  queue = run.catch(() => undefined);
  return run;
}
