// HostApi.printToPdf in a browser: a web page cannot make PDF bytes, so the export is shown in an
// invisible frame and the browser's print dialog opens on it (the user picks "Save as PDF"). The
// frame is sandboxed without scripts: the parent may call its print(), the document runs nothing.

import { withPrintFit } from '../../models/export/docx/printFit';

declare global {
  interface Window {
    /** End-to-end test hook (see browser.ts): the last document sent to the print dialog. */
    __CS_LAST_PRINT__?: { html: string };
  }
}

/** How long the frame stays after print() returns; some browsers print asynchronously. */
const FRAME_LIFETIME_MS = 60_000;

export async function printHtmlInBrowser(html: string): Promise<null> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = 'print';
  // Off-screen rather than display:none, which some browsers refuse to print.
  Object.assign(frame.style, { position: 'fixed', left: '-10000px', top: '0', width: '800px', height: '600px', border: '0' });
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = withPrintFit(html);
  document.body.append(frame);
  await loaded;
  const remove = (): void => frame.remove();
  frame.contentWindow?.addEventListener('afterprint', remove, { once: true });
  setTimeout(remove, FRAME_LIFETIME_MS);
  if (window.__CS_TEST_HOST__) window.__CS_LAST_PRINT__ = { html };
  frame.contentWindow?.print();
  return null;
}
