// The desktop app's PDF printing policy (electron/print/printPolicy.ts): argument validation, the
// hidden window's settings, and what the print session serves and lets through.
import { describe, expect, it } from 'vitest';
import {
  isPrintRequestAllowed,
  MAX_PRINT_HTML,
  PRINT_CONTENT_SECURITY_POLICY,
  PRINT_URL,
  PRINT_WEB_PREFERENCES,
  printResponse,
  requirePrintHtml,
} from '../../../electron/print/printPolicy';

const DOC = '<!doctype html><html><head><title>x</title></head><body><h1>Spec</h1></body></html>';

describe('requirePrintHtml', () => {
  it('accepts an HTML document', () => {
    expect(requirePrintHtml(DOC)).toBe(DOC);
    expect(requirePrintHtml('  <html><body></body></html>')).toContain('<html>');
  });

  it.each([
    ['a number', 42],
    ['an object', { html: DOC }],
    ['an empty string', ''],
    ['a fragment', '<h1>not a document</h1>'],
    ['a URL', 'https://example.org/'],
  ])('refuses %s with invalid-argument', (_what, value) => {
    expect(() => requirePrintHtml(value)).toThrow();
    try {
      requirePrintHtml(value);
    } catch (error) {
      expect((error as { code: string }).code).toBe('invalid-argument');
    }
  });

  it('refuses documents over the size limit', () => {
    const huge = `<html>${'x'.repeat(MAX_PRINT_HTML)}</html>`;
    expect(() => requirePrintHtml(huge)).toThrow(/too long/);
  });
});

describe('print window', () => {
  it('keeps the security baseline and runs no script', () => {
    expect(PRINT_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(PRINT_WEB_PREFERENCES).not.toHaveProperty('preload');
    expect(PRINT_WEB_PREFERENCES.partition.startsWith('persist:')).toBe(false);
  });

  it('serves the document only at its address, with a policy that forbids script and remote content', () => {
    const ok = printResponse(PRINT_URL, 'GET', DOC);
    expect(ok.status).toBe(200);
    expect(ok.body).toBe(DOC);
    expect(ok.headers['Content-Security-Policy']).toBe(PRINT_CONTENT_SECURITY_POLICY);
    expect(PRINT_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(PRINT_CONTENT_SECURITY_POLICY).toContain("script-src 'none'");
    expect(printResponse(`${PRINT_URL}?x`, 'GET', DOC).status).toBe(404);
    expect(printResponse('app://convergence/index.html', 'GET', DOC).body).not.toContain('Spec');
    expect(printResponse(PRINT_URL, 'POST', DOC).status).toBe(404);
  });

  it('lets through only the document and inline data', () => {
    expect(isPrintRequestAllowed(PRINT_URL)).toBe(true);
    expect(isPrintRequestAllowed('data:image/png;base64,AAAA')).toBe(true);
    expect(isPrintRequestAllowed('https://example.org/tracker.png')).toBe(false);
    expect(isPrintRequestAllowed('file:///etc/passwd')).toBe(false);
    expect(isPrintRequestAllowed('app://convergence/index.html')).toBe(false);
  });
});
