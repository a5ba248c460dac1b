// A headless Chromium for the command line: BPMN XML → SVG with bpmn-js, HTML → PDF, SVG → PNG.
// The browser starts once per command and is shared by every artifact; pages never reach the
// network (every request but the page itself is aborted) and only the BPMN page runs script.

import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { withPrintFit } from '../../../models/export/docx/printFit';
import { CHROMIUM_ARGS, findChromium, installAdvice, type ChromiumSearch } from './findChromium';
import { fittingScale, svgSize } from './svgSize';

/** Thrown (and reported, never as a stack trace) when no browser can be started. */
export class HeadlessUnavailableError extends Error {
  constructor(
    message: string,
    readonly lookedAt: readonly string[],
  ) {
    super(message);
    this.name = 'HeadlessUnavailableError';
  }
}

export interface PdfOptions {
  /** Paper size; A4 unless told (the specification's readers are mostly outside North America). */
  format?: 'A4' | 'Letter';
}

export interface HeadlessRenderer {
  /** The browser executable in use, for messages. */
  readonly executable: string;
  /** BPMN 2.0 XML (with DI) → the diagram as a self-contained SVG document. */
  renderBpmnSvg(xml: string): Promise<string>;
  /** A complete HTML document → PDF bytes, with its print CSS and backgrounds. */
  htmlToPdf(html: string, options?: PdfOptions): Promise<Uint8Array>;
  /** An SVG document → PNG bytes at `scale` device pixels per SVG pixel (2 unless told). */
  svgToPng(svg: string, scale?: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** The made-up origin pages are served from; nothing else is ever fetched. */
const PAGE_URL = 'https://convergence.invalid/page.html';
const BPMN_PAGE = '<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><div id="canvas" style="width:1600px;height:1200px"></div></body></html>';

function viewerScriptPath(): string {
  const require = createRequire(import.meta.url);
  return require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
}

function unavailableMessage(search: ChromiumSearch, reason?: string): string {
  // A browser that was found but cannot be used needs no list of places; a missing one does.
  const where = search.found === undefined ? ['Looked for:', ...search.lookedAt.map((place) => `  ${place}`)] : [];
  const lines = [reason ?? 'No Chromium-based browser was found for PDF, PNG and BPMN diagram output.', ...where, installAdvice(process.platform)];
  return lines.join('\n');
}

async function loadPlaywright(search: ChromiumSearch): Promise<typeof import('playwright-core')> {
  try {
    return await import('playwright-core');
  } catch {
    throw new HeadlessUnavailableError(
      unavailableMessage(search, `A browser was found at ${search.found}, but the playwright-core package that drives it is not installed; run npm install in the checkout.`),
      search.lookedAt,
    );
  }
}

/** A context whose pages see only the one document we hand them. */
async function isolatedContext(browser: Browser, options: { javaScript: boolean; deviceScaleFactor?: number }): Promise<BrowserContext> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript,
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    serviceWorkers: 'block',
  });
  await context.route('**/*', (route) => (route.request().url() === PAGE_URL ? route.fallback() : route.abort('blockedbyclient')));
  return context;
}

async function showDocument(page: Page, html: string): Promise<void> {
  await page.route(PAGE_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(PAGE_URL, { waitUntil: 'load' });
}

/** Runs tasks one at a time: the BPMN page holds one viewer, and order keeps output deterministic. */
function serial(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export async function startHeadless(search: ChromiumSearch = findChromium()): Promise<HeadlessRenderer> {
  const executable = search.found;
  if (executable === undefined) throw new HeadlessUnavailableError(unavailableMessage(search), search.lookedAt);
  const { chromium } = await loadPlaywright(search);
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: executable, args: [...CHROMIUM_ARGS], headless: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new HeadlessUnavailableError(unavailableMessage(search, `The browser at ${executable} did not start: ${reason}`), search.lookedAt);
  }

  const queue = serial();
  let bpmnPage: Page | undefined;

  const openBpmnPage = async (): Promise<Page> => {
    if (bpmnPage) return bpmnPage;
    const context = await isolatedContext(browser, { javaScript: true });
    const page = await context.newPage();
    await showDocument(page, BPMN_PAGE);
    await page.addScriptTag({ path: viewerScriptPath() });
    bpmnPage = page;
    return page;
  };

  return {
    executable,
    renderBpmnSvg: (xml) =>
      queue(async () => {
        const page = await openBpmnPage();
        return page.evaluate(async (text: string) => {
          type Viewer = {
            importXML(xml: string): Promise<{ warnings: unknown[] }>;
            saveSVG(): Promise<{ svg: string }>;
            destroy(): void;
          };
          const BpmnJS = (window as unknown as { BpmnJS: new (options: { container: Element }) => Viewer }).BpmnJS;
          const container = document.getElementById('canvas');
          if (!container) throw new Error('The diagram page has no canvas');
          const viewer = new BpmnJS({ container });
          try {
            await viewer.importXML(text);
            return (await viewer.saveSVG()).svg;
          } finally {
            viewer.destroy();
          }
        }, xml);
      }),
    htmlToPdf: (html, options = {}) =>
      queue(async () => {
        const context = await isolatedContext(browser, { javaScript: false });
        try {
          const page = await context.newPage();
          await showDocument(page, withPrintFit(html));
          const pdf = await page.pdf({
            format: options.format ?? 'A4',
            printBackground: true,
            preferCSSPageSize: true,
            margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
          });
          return new Uint8Array(pdf);
        } finally {
          await context.close();
        }
      }),
    svgToPng: (svg, scale = 2) =>
      queue(async () => {
        const size = svgSize(svg);
        const width = Math.max(1, Math.ceil(size.width));
        const height = Math.max(1, Math.ceil(size.height));
        // An <img> shows the SVG without running its script or loading what it refers to.
        const source = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
        const html = `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#fff"><img alt="" src="${source}" width="${width}" height="${height}" style="display:block"></body></html>`;
        const context = await isolatedContext(browser, { javaScript: false, deviceScaleFactor: fittingScale(size, scale) });
        try {
          const page = await context.newPage();
          await page.setViewportSize({ width, height });
          await page.route(/^data:/, (route) => route.fallback());
          await showDocument(page, html);
          const png = await page.screenshot({ clip: { x: 0, y: 0, width, height }, type: 'png' });
          return new Uint8Array(png);
        } finally {
          await context.close();
        }
      }),
    close: async () => {
      await browser.close();
    },
  };
}

/**
 * Starts the browser on first use and only then, so commands that never need it never pay for
 * it; remembers a failure so the "no browser" message is given once per command.
 */
export interface HeadlessSession {
  /** The renderer, or the reason there is none (a user-facing message). */
  get(): Promise<{ renderer: HeadlessRenderer } | { unavailable: string }>;
  close(): Promise<void>;
}

export function createHeadlessSession(start: () => Promise<HeadlessRenderer> = () => startHeadless()): HeadlessSession {
  let started: Promise<{ renderer: HeadlessRenderer } | { unavailable: string }> | undefined;
  return {
    get: () => {
      started ??= start().then(
        (renderer) => ({ renderer }),
        (error: unknown) => ({
          unavailable: error instanceof HeadlessUnavailableError ? error.message : `The headless browser failed: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
      return started;
    },
    close: async () => {
      if (started === undefined) return;
      const result = await started;
      if ('renderer' in result) await result.renderer.close();
    },
  };
}
