// Shared set-up of the end-to-end tests: serve the built web app (dist/) on a loopback port and
// drive it in Debian's Chromium through playwright-core, like a user would.
import { createServer, type Server } from 'node:http';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS } from '../../electron/cli/headless/findChromium';
import { SECURITY_HEADERS } from '../../electron/security/csp';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The web build to serve: dist/, or CS_DIST_DIR (absolute) so parallel work can keep separate builds. */
export const distDir = process.env.CS_DIST_DIR ? path.resolve(process.env.CS_DIST_DIR) : path.join(repoRoot, 'dist');
export const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The command line's headless flags (DESIGN.md), plus no QUIC: the tests only talk to loopback.
const BROWSER_ARGS = [...CHROMIUM_ARGS, '--disable-quic'];

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Serves dist/ on 127.0.0.1 with a free port; resolves to the base URL. Responses carry the
 * desktop app's security headers, so the tests run under the exact Content-Security-Policy the
 * Electron app sends (a violation is a console error, which the tests fail on).
 */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`No web build in ${distDir}: run "npm run build:renderer" first.`);
  }
  const server: Server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const rel = urlPath === '/' ? 'index.html' : urlPath.replace(/^\/+/, '');
    const file = path.resolve(distDir, rel);
    if (!file.startsWith(distDir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium).`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS, headless: true });
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors seen so far. */
  errors: string[];
}

/** A fresh browser profile (empty IndexedDB) with the app loaded and the test host hook on. */
export async function openApp(browser: Browser, url: string): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await context.addInitScript(() => {
    (window as unknown as { __CS_TEST_HOST__: boolean }).__CS_TEST_HOST__ = true;
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return { context, page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/**
 * Starts the web server and Chromium once for a test file and closes both after it. Read
 * `browser` and `url` inside tests (they exist once beforeAll has run).
 */
export function useAppServer(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('The browser starts in beforeAll; use it inside a test.');
      return browser;
    },
    get url(): string {
      if (!server) throw new Error('The server starts in beforeAll; use it inside a test.');
      return server.url;
    },
  };
}

/** The last file the browser host "downloaded" (saved or exported), through its test hook. */
export async function lastDownload(page: Page): Promise<{ name: string; text: string }> {
  await page.waitForFunction(() => window.__CS_LAST_DOWNLOAD__ !== undefined);
  return page.evaluate(() => window.__CS_LAST_DOWNLOAD__!);
}

const MIME_BY_EXTENSION: Record<string, string> = {
  '.yaml': 'application/yaml',
  '.yml': 'application/yaml',
  '.csv': 'text/csv',
  '.bpmn': 'application/xml',
  '.xml': 'application/xml',
};

/** Answers the file chooser that `trigger` opens with one file of the given text. */
export async function chooseFile(
  target: Page | AppPage,
  trigger: () => Promise<void>,
  name: string,
  text: string,
  mimeType = MIME_BY_EXTENSION[path.extname(name).toLowerCase()] ?? 'application/json',
): Promise<void> {
  const page = 'page' in target ? target.page : target;
  const chooser = page.waitForEvent('filechooser');
  await trigger();
  await (await chooser).setFiles({ name, mimeType, buffer: Buffer.from(text, 'utf8') });
}

/** Start page → "Open the sample project" → the workspace is shown. */
export async function openSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the sample project' }).click();
  await page.getByRole('navigation', { name: 'Views' }).waitFor();
}
