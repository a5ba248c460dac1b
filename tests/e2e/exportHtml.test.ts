// The HTML export opened in Chromium: it loads without a console error (the strict CSP would
// report anything the page tried to fetch or run), every diagram is drawn with a size, every
// table-of-contents link lands on a heading, and it prints. The golden file has the landscape and
// sequence diagrams; the second document adds the BPMN diagrams drawn by the headless browser.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHeadless, type HeadlessRenderer } from '../../electron/cli/headless';
import { exportProject } from '../../models/export';
import { openProjectText } from '../../models/project/open';
import { launchBrowser, repoRoot, screenshot } from './harness';

const golden = path.join(repoRoot, 'tests', 'golden', 'project', 'html', 'child-grant-registration-eligibility-and-payment.html');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(load: (page: Page) => Promise<unknown>): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await load(page);
  return { page, errors };
}

async function diagramSizes(page: Page) {
  return page.$$eval('figure.diagram', (figures) =>
    figures.map((figure) => {
      const svg = figure.querySelector('svg');
      const box = svg?.getBoundingClientRect();
      return { id: figure.id, kind: figure.className, width: box?.width ?? 0, height: box?.height ?? 0, texts: svg?.querySelectorAll('text').length ?? 0 };
    }),
  );
}

describe('HTML export in Chromium', () => {
  it('the golden export shows every diagram, links its contents, and has no console error', async () => {
    const { page, errors } = await open((p) => p.goto(pathToFileURL(golden).href));
    const diagrams = await diagramSizes(page);
    expect(diagrams.map((d) => d.id)).toEqual(['diagram-sequence-register-child', 'diagram-sequence-monthly-payroll', 'diagram-landscape']);
    for (const d of diagrams) {
      expect(d.width, d.id).toBeGreaterThan(200);
      expect(d.height, d.id).toBeGreaterThan(100);
      expect(d.texts, d.id).toBeGreaterThan(5);
    }
    // Without a browser at export time, each process says where its diagram is.
    expect(await page.locator('section.process p.note').count()).toBe(3);
    const targets = await page.$$eval('nav.toc a', (links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    expect(targets.length).toBeGreaterThan(8);
    for (const id of targets) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    expect(await page.locator('script').count()).toBe(0);
    await screenshot(page, 'export-html-top');
    await page.locator('#diagram-sequence-register-child').scrollIntoViewIfNeeded();
    await screenshot(page, 'export-html-sequence');
    await page.locator('#scenario-register-child table.interop').scrollIntoViewIfNeeded();
    await screenshot(page, 'export-html-interop');
    await page.locator('#diagram-landscape').scrollIntoViewIfNeeded();
    await screenshot(page, 'export-html-landscape');
    await page.locator('#api-operations').scrollIntoViewIfNeeded();
    await screenshot(page, 'export-html-operations');
    // The data-protection annex of models/privacy sits last, listed in the contents.
    expect(targets).toContain('data-protection-annex');
    await page.locator('#data-protection-annex').scrollIntoViewIfNeeded();
    await screenshot(page, 'export-html-annex');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.toc').evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('with BPMN diagrams from the headless browser, all six diagrams are drawn', async () => {
    let renderer: HeadlessRenderer | undefined;
    try {
      renderer = await startHeadless();
      const opened = openProjectText(readFileSync(path.join(repoRoot, 'assets', 'sample', 'child-grant.convergence'), 'utf8'));
      if (!opened.ok) throw new Error('sample does not open');
      const project = opened.project;
      const [file] = await exportProject(project, 'html', {
        bpmnSvg: (id) => renderer!.renderBpmnSvg(project.processes.find((p) => p.id === id)!.bpmn),
      });
      const { page, errors } = await open((p) => p.setContent(file!.text!, { waitUntil: 'load' }));
      const diagrams = await diagramSizes(page);
      expect(diagrams).toHaveLength(6);
      for (const d of diagrams) {
        expect(d.width, d.id).toBeGreaterThan(200);
        expect(d.texts, d.id).toBeGreaterThan(3);
      }
      expect(await page.locator('section.process p.note').count()).toBe(0);
      await page.locator('#diagram-bpmn-intake-registration').scrollIntoViewIfNeeded();
      await screenshot(page, 'export-html-bpmn');
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await renderer?.close();
    }
  });
});
