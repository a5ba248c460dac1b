// The export dialog as a user works it in the web build: open the sample, File › Export ›
// Export specification…, preview and export HTML, Markdown, JSON and Word, watch the progress
// (and stop it), see a failure and try again. Files arrive as browser downloads.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, openSample, screenshot, useAppServer } from './harness';

const env = useAppServer();
const SAMPLE_NAME = 'Child Grant: registration, eligibility and payment';

async function openExportDialog(page: Page) {
  const menubar = page.getByRole('menubar', { name: 'Application menu' });
  await menubar.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /^Export/ }).first().hover();
  await page.getByRole('menuitem', { name: /Export specification…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export specification' });
  await dialog.waitFor();
  return dialog;
}

async function waitReady(page: Page): Promise<void> {
  await page.getByRole('status').getByText(/^Ready: \d+ files?\./).waitFor({ timeout: 60000 });
}

/** Clicks Export and collects the downloads it starts (several for multi-file formats). */
async function exportAndCollect(page: Page, expected: number): Promise<Map<string, Buffer>> {
  const downloads: Download[] = [];
  const onDownload = (download: Download) => downloads.push(download);
  page.on('download', onDownload);
  try {
    await page.getByRole('dialog', { name: 'Export specification' }).getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('status').getByText(/^Saved to /).waitFor();
    await expect.poll(() => downloads.length).toBe(expected);
  } finally {
    page.off('download', onDownload);
  }
  const files = new Map<string, Buffer>();
  for (const download of downloads) files.set(download.suggestedFilename(), await readFile((await download.path())!));
  return files;
}

describe('export dialog', () => {
  it('previews and exports HTML, Markdown, JSON and Word', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await openSample(page);
    const dialog = await openExportDialog(page);

    // HTML is chosen first; its preview is the document itself, in a frame that runs no script.
    await expect(dialog.getByRole('radio', { name: /^HTML/ }).isChecked()).resolves.toBe(true);
    await waitReady(page);
    const frame = dialog.locator('iframe[title="Preview of the exported document"]');
    await expect(frame.getAttribute('sandbox')).resolves.toBe('');
    const preview = page.frameLocator('iframe[title="Preview of the exported document"]');
    await preview.getByRole('heading', { level: 1, name: SAMPLE_NAME }).waitFor();
    await expect(preview.locator('svg').count()).resolves.toBeGreaterThan(3);
    await screenshot(page, 'export-dialog-html');

    const html = await exportAndCollect(page, 1);
    const [htmlName, htmlBytes] = [...html.entries()][0]!;
    expect(htmlName).toMatch(/\.html$/);
    const htmlText = htmlBytes.toString('utf8');
    expect(htmlText).toMatch(/^<!doctype html>/i);
    expect(htmlText).toContain('Child Grant: registration, eligibility and payment');
    // The BPMN diagrams were drawn by bpmn-js in the app (task names appear as SVG text).
    expect(htmlText).toContain('Verify caregiver');
    expect(htmlText).not.toMatch(/<script/i);

    // Markdown: the preview lists the files and shows the first lines.
    await dialog.getByRole('radio', { name: /^Markdown/ }).check();
    await waitReady(page);
    await dialog.getByText(/files will be written/).waitFor();
    await dialog.getByText(/^First lines of .*\.md$/).waitFor();
    await screenshot(page, 'export-dialog-markdown');
    const markdownFileCount = await dialog.locator('.cs-export__file-table tbody tr').count();
    const md = await exportAndCollect(page, markdownFileCount);
    const mdName = [...md.keys()].find((name) => name.endsWith('.md'))!;
    const mdText = md.get(mdName)!.toString('utf8');
    expect(mdText).toContain('```mermaid');
    expect(mdText).toContain('# Child Grant');
    expect([...md.keys()].some((name) => name.endsWith('.bpmn.svg'))).toBe(true);

    // JSON bundle.
    await dialog.getByRole('radio', { name: /^JSON/ }).check();
    await waitReady(page);
    const json = await exportAndCollect(page, 1);
    const bundle = JSON.parse([...json.values()][0]!.toString('utf8')) as Record<string, unknown>;
    expect(JSON.stringify(bundle)).toContain(SAMPLE_NAME);

    // Word, one scenario: headings and tables, diagrams as pictures made on a canvas.
    await dialog.getByLabel('What to export').selectOption({ index: 1 });
    const scenarioTitle = (await dialog.getByLabel('What to export').locator('option:checked').textContent())!.replace(/^Scenario: /, '');
    await dialog.getByRole('radio', { name: /^Word/ }).check();
    await waitReady(page);
    await screenshot(page, 'export-dialog-word');
    const word = await exportAndCollect(page, 1);
    const [wordName, wordBytes] = [...word.entries()][0]!;
    expect(wordName).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(wordBytes);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(documentXml).toContain('w:val="Heading1"');
    expect(documentXml).toContain(scenarioTitle);
    expect(documentXml).toContain('Interoperability table');
    expect(Object.keys(zip.files).some((name) => name.startsWith('word/media/') && name.endsWith('.png'))).toBe(true);

    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('keeps a hostile project name as text in the preview and the Word file', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    await openSample(page);
    const hostile = '<img src=x onerror=alert(1)>';
    await page.getByRole('button', { name: /project properties$/ }).click();
    const properties = page.getByRole('dialog', { name: 'Project properties' });
    await properties.getByLabel('Name', { exact: true }).fill(hostile);
    await properties.getByRole('button', { name: 'Apply' }).click();
    await properties.waitFor({ state: 'hidden' });

    const dialog = await openExportDialog(page);
    await waitReady(page);
    const preview = page.frameLocator('iframe[title="Preview of the exported document"]');
    await expect(preview.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(hostile);
    await expect(preview.locator('img').count()).resolves.toBe(0);

    await dialog.getByRole('radio', { name: /^Word/ }).check();
    await waitReady(page);
    const [bytes] = [...(await exportAndCollect(page, 1)).values()];
    const documentXml = await (await JSZip.loadAsync(bytes!)).file('word/document.xml')!.async('string');
    expect(documentXml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(documentXml).not.toContain('<img');
    expect(alerts).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('shows progress, can stop a build, and reports a failure with a way to try again', async () => {
    const app = await openApp(env.browser, env.url);
    const { page } = app;
    await page.clock.install();
    await openSample(page);
    // Keyboard path: Alt+Shift+E in the web build.
    await page.keyboard.press('Alt+Shift+E');
    const dialog = page.getByRole('dialog', { name: 'Export specification' });
    await dialog.waitFor();
    await waitReady(page);

    // Freeze time: the build waits at its first yield to the browser, with its progress shown.
    await page.clock.pauseAt(Date.now() + 60_000);
    await dialog.getByRole('radio', { name: /^PNG/ }).check();
    const progress = dialog.getByRole('progressbar', { name: 'Export progress' });
    await progress.waitFor();
    await dialog.getByText(/Drawing diagrams… 0 %/).waitFor();
    await screenshot(page, 'export-dialog-progress');
    await dialog.getByRole('button', { name: 'Stop' }).click();
    await dialog.getByRole('status').getByText('The export was stopped.').waitFor();
    await expect(dialog.getByRole('button', { name: 'Export', exact: true }).isDisabled()).resolves.toBe(true);
    await page.clock.resume();

    // A rasterising failure: the canvas cannot make pictures.
    await page.evaluate(() => {
      const original = HTMLCanvasElement.prototype.toBlob;
      (window as unknown as { __restoreToBlob: () => void }).__restoreToBlob = () => {
        HTMLCanvasElement.prototype.toBlob = original;
      };
      HTMLCanvasElement.prototype.toBlob = function toBlob(callback: BlobCallback) {
        callback(null);
      };
    });
    await dialog.getByRole('button', { name: 'Build again' }).click();
    const alert = dialog.getByRole('alert');
    await alert.getByText(/^The export failed: /).waitFor({ timeout: 60000 });
    await screenshot(page, 'export-dialog-error');
    await page.evaluate(() => (window as unknown as { __restoreToBlob: () => void }).__restoreToBlob());
    await alert.getByRole('button', { name: 'Try again' }).click();
    await waitReady(page);
    await dialog.locator('img.cs-export__thumbnail').first().waitFor();
    await screenshot(page, 'export-dialog-png');
    const pngs = await exportAndCollect(page, await dialog.locator('.cs-export__file-table tbody tr').count());
    for (const [name, bytes] of pngs) {
      expect(name).toMatch(/\.png$/);
      expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    }

    // PDF in a browser: the print dialog opens on the HTML document.
    await dialog.getByRole('radio', { name: /^PDF/ }).check();
    await dialog.getByText('Your browser\'s print dialog opens; choose “Save as PDF” as the printer.').waitFor();
    await waitReady(page);
    await dialog.getByRole('button', { name: 'Print…' }).click();
    await dialog.getByRole('status').getByText(/print dialog opened/).waitFor();
    const printed = await page.evaluate(() => window.__CS_LAST_PRINT__?.html ?? '');
    expect(printed).toContain(SAMPLE_NAME);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // page.clock injects its own script into every frame; the sandboxed preview and print frames
    // refuse it, as they refuse all script. Those refusals are the sandbox working, not app errors.
    expect(app.errors.filter((e) => !e.includes("Blocked script execution in 'about:srcdoc'"))).toEqual([]);
    await app.context.close();
  });
});
