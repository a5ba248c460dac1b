// How the desktop app prints an export to PDF, as plain data so it is unit-tested without
// Electron: a hidden window in its own in-memory session, script disabled, a policy that lets the
// page load nothing but its inline styles and data: images, at a fixed app:// address whose only
// response is the document itself. printToPdf.ts applies it.

import { invalidArgument, requireNonEmptyString } from '../ipc/validate';
import { APP_ORIGIN } from '../protocol/appFiles';

/** In-memory partition (no "persist:" prefix): nothing of a printed document is kept on disk. */
export const PRINT_PARTITION = 'cs-print';
export const PRINT_URL = `${APP_ORIGIN}/print/document.html`;
/** Longest HTML document accepted for printing (UTF-16 code units), as for project text. */
export const MAX_PRINT_HTML = 64 * 1024 * 1024;
/** A document that has not printed by then never will (it loads nothing from outside). */
export const PRINT_TIMEOUT_MS = 120_000;

export const PRINT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "script-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The security baseline (DESIGN.md, "Electron"), and no script at all: an export has none. */
export const PRINT_WEB_PREFERENCES = {
  partition: PRINT_PARTITION,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  javascript: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  devTools: false,
  images: true,
} as const;

/** webContents.printToPDF options: A4, backgrounds, the document's own @page rules win. */
export const PRINT_PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  margins: { marginType: 'custom', top: 0.7, bottom: 0.7, left: 0.6, right: 0.6 },
} as const;

/** The HTML to print, from the renderer: a non-empty string of bounded length that is an HTML document. */
export function requirePrintHtml(value: unknown): string {
  const html = requireNonEmptyString(value, 'Document to print', MAX_PRINT_HTML);
  if (!/^\s*(<!doctype html|<html)/i.test(html)) throw invalidArgument('Document to print must be an HTML document.');
  return html;
}

export interface PrintResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What the print session answers: the document at PRINT_URL (GET only), nothing anywhere else. */
export function printResponse(url: string, method: string, html: string): PrintResponse {
  const headers = {
    'Content-Security-Policy': PRINT_CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (method !== 'GET' || url !== PRINT_URL) return { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found' };
  return { status: 200, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' }, body: html };
}

/** Requests a printed page may make: itself and data: URLs (inline images); nothing else. */
export function isPrintRequestAllowed(url: string): boolean {
  return url === PRINT_URL || url.startsWith('data:');
}
