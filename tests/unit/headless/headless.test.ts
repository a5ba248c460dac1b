// The command line's headless browser: BPMN → SVG with bpmn-js, HTML → PDF, SVG → PNG, and the
// message when no browser is installed. Launches Debian's Chromium; skipped (visibly) without it.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHeadlessSession, findChromium, startHeadless, type HeadlessRenderer } from '../../../electron/cli/headless';
import { pinPdfDates } from '../../../models/export/pdfDates';
import { openProjectText } from '../../../models/project/open';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const search = findChromium();
const sample = (() => {
  const opened = openProjectText(readFileSync(path.join(repoRoot, 'assets', 'sample', 'child-grant.convergence'), 'utf8'));
  if (!opened.ok) throw new Error('sample does not open');
  return opened.project;
})();

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const pngSize = (png: Uint8Array): { width: number; height: number } => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe.skipIf(search.found === undefined)(`headless rendering with ${search.found ?? 'no browser (skipped: install chromium)'}`, () => {
  let renderer: HeadlessRenderer;
  beforeAll(async () => {
    renderer = await startHeadless(search);
  }, 60000);
  afterAll(async () => {
    await renderer?.close();
  });

  it('renders every sample process as SVG with its task names', async () => {
    for (const process of sample.processes) {
      const svg = await renderer.renderBpmnSvg(process.bpmn);
      expect(svg.startsWith('<?xml') || svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain('<svg');
      expect(svg).toContain('djs-visual');
      // A task name from the process shows up as text in the drawing.
      const taskName = /<bpmn:\w*[tT]ask\b[^>]*\bname="([^"]+)"/.exec(process.bpmn)?.[1];
      expect(taskName).toBeDefined();
      const firstWord = (taskName ?? '').split(/\s+/)[0] ?? '';
      expect(svg).toContain(firstWord.replace(/&/g, '&amp;'));
    }
  });

  it('keeps a hostile name as text in the SVG, never as markup', async () => {
    const xml = sample.processes[0]!.bpmn.replace(/(<bpmn:\w*[tT]ask\b[^>]*\bname=")[^"]*"/, '$1&lt;img src=x onerror=alert(1)&gt;"');
    expect(xml).not.toBe(sample.processes[0]!.bpmn);
    const svg = await renderer.renderBpmnSvg(xml);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img');
  });

  it('rejects XML that is not BPMN', async () => {
    await expect(renderer.renderBpmnSvg('<not-bpmn/>')).rejects.toThrow();
    // The renderer is still usable afterwards.
    const svg = await renderer.renderBpmnSvg(sample.processes[0]!.bpmn);
    expect(svg).toContain('<svg');
  });

  it('prints HTML to a PDF without fetching anything the document refers to', async () => {
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const html =
        '<!doctype html><html><head><title>T</title>' +
        `<link rel="stylesheet" href="http://127.0.0.1:${port}/style.css"></head><body><h1>Specification</h1>` +
        `<img src="http://127.0.0.1:${port}/tracker.png" alt="">` +
        `<script>fetch("http://127.0.0.1:${port}/script-ran")</script></body></html>`;
      const pdf = await renderer.htmlToPdf(html);
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(pdf.byteLength).toBeGreaterThan(500);
      expect(requests).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('prints the same document to the same bytes once its dates are pinned', async () => {
    const html = '<!doctype html><html><head><title>Same</title></head><body><h1>Specification</h1><p>Text</p></body></html>';
    const first = await renderer.htmlToPdf(html);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await renderer.htmlToPdf(html);
    // Chromium dates each print: they differ to the second, and agree once pinned.
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
    const iso = '2025-06-02T14:30:00Z';
    expect(Buffer.from(pinPdfDates(first, iso)).equals(Buffer.from(pinPdfDates(second, iso)))).toBe(true);
  });

  it('rasterises SVG to PNG at twice its size', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="#c00"/></svg>';
    const png = await renderer.svgToPng(svg);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 240, height: 160 });
  });

  it('rasterises a BPMN diagram to PNG at its viewBox size', async () => {
    const svg = await renderer.renderBpmnSvg(sample.processes[0]!.bpmn);
    const png = await renderer.svgToPng(svg, 1);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png).width).toBeGreaterThan(100);
  });
});

describe('without a browser', () => {
  it('says where it looked and how to install one', async () => {
    const session = createHeadlessSession(() => startHeadless({ lookedAt: ['CONVERGENCE_CHROMIUM (not set)', '/usr/bin/chromium'] }));
    const result = await session.get();
    expect('unavailable' in result).toBe(true);
    const message = 'unavailable' in result ? result.unavailable : '';
    expect(message).toContain('/usr/bin/chromium');
    expect(message).toContain('CONVERGENCE_CHROMIUM');
    expect(message).toMatch(/install/i);
    // Remembered: a second request gives the same answer without trying again.
    expect(await session.get()).toBe(result);
    await session.close();
  });

  it('reports a browser that does not start', async () => {
    const session = createHeadlessSession(() => startHeadless({ found: '/nonexistent/chrome', lookedAt: ['/nonexistent/chrome'] }));
    const result = await session.get();
    expect('unavailable' in result && result.unavailable).toContain('/nonexistent/chrome');
  });
});
