// Browser figures of the landscape editor on the generated landscape (300 components,
// 1,000 interactions, laid out by elkjs), in headless Chromium on the built web app (dist/):
// - first render: from choosing the file to every card and edge on the canvas;
// - frames per second while panning and while zooming (requestAnimationFrame frame times);
// - the longest main-thread task while auto-layout runs in the worker (PerformanceObserver).
// Run: npm run build:renderer && npx tsx bench/landscapeBrowser.ts

import ELK from 'elkjs/lib/elk.bundled.js';
import type { Page } from 'playwright-core';
import { buildElkGraph, runElkLayout } from '../models/landscape/elkGraph';
import { applyPositions } from '../models/landscape/operations';
import { serializeProject } from '../models/project/serialize';
import { launchBrowser, openApp, screenshot, serveDist } from '../tests/e2e/harness';
import { landscapeProject } from './cases/landscapeLayout';

const TARGET = { firstRenderMs: 1500, fps: 30, longTaskMs: 100 };

async function frameStats(page: Page, action: () => Promise<void>): Promise<{ fps: number; p95: number; frames: number }> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__measuring = true;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__measuring) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const started = Date.now();
  await action();
  const seconds = (Date.now() - started) / 1000;
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __measuring: boolean };
    w.__measuring = false;
    return w.__frames.slice(1);
  });
  const sorted = [...frames].sort((a, b) => a - b);
  return { fps: frames.length / seconds, p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0, frames: frames.length };
}

async function main(): Promise<void> {
  const base = landscapeProject('S');
  const positions = await runElkLayout(new ELK(), { graph: buildElkGraph(base) });
  const project = applyPositions(base, positions);
  const text = serializeProject(project);
  process.stderr.write(`[bench] landscape: ${project.components.length} components, ${project.interactions.length} interactions\n`);

  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    const app = await openApp(browser, server.url);
    const { page } = app;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    const started = Date.now();
    await (await chooser).setFiles({ name: 'landscape-300.convergence', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
    await page.locator('.react-flow__node').first().waitFor({ timeout: 60000 });
    await page.locator('.react-flow__edge').first().waitFor({ timeout: 60000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const firstRender = Date.now() - started;
    const drawn = await page.evaluate(() => ({ nodes: document.querySelectorAll('.react-flow__node').length, edges: document.querySelectorAll('.react-flow__edge').length }));

    const pane = page.locator('.react-flow__pane');
    const box = (await pane.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    // Zoom in to working scale first so panning moves through the drawing.
    for (let i = 0; i < 6; i++) {
      await page.mouse.move(cx, cy);
      await page.mouse.wheel(0, -240);
    }
    await page.waitForTimeout(300);
    const pan = await frameStats(page, async () => {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let i = 0; i < 60; i++) await page.mouse.move(cx - i * 8, cy - i * 4);
      for (let i = 60; i >= 0; i--) await page.mouse.move(cx - i * 8, cy - i * 4);
      await page.mouse.up();
    });
    const zoom = await frameStats(page, async () => {
      for (let i = 0; i < 30; i++) {
        await page.mouse.wheel(0, i < 15 ? 120 : -120);
        await page.waitForTimeout(16);
      }
    });
    await screenshot(page, 'bench-landscape-300');

    await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __tasks: number };
      w.__longest = 0;
      w.__tasks = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          w.__tasks += 1;
          w.__longest = Math.max(w.__longest, entry.duration);
        }
      }).observe({ type: 'longtask', buffered: false });
    });
    const layoutStarted = Date.now();
    await page.getByRole('button', { name: 'Auto-layout', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Laying out' }).waitFor({ timeout: 10000 }).catch(() => undefined);
    await page.getByRole('status').filter({ hasText: 'Laying out' }).waitFor({ state: 'detached', timeout: 120000 });
    const layoutMs = Date.now() - layoutStarted;
    await page.waitForTimeout(500);
    const longTasks = await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __tasks: number };
      return { longest: w.__longest, count: w.__tasks };
    });
    const errors = app.errors;
    await app.context.close();

    const rows = [
      ['first render (file chosen → cards and edges drawn)', `${firstRender} ms`, `≤ ${TARGET.firstRenderMs} ms`],
      ['cards / edges in the DOM after first render', `${drawn.nodes} / ${drawn.edges}`, ''],
      ['panning', `${pan.fps.toFixed(1)} fps (p95 frame ${pan.p95.toFixed(1)} ms, ${pan.frames} frames)`, `≥ ${TARGET.fps} fps`],
      ['zooming', `${zoom.fps.toFixed(1)} fps (p95 frame ${zoom.p95.toFixed(1)} ms, ${zoom.frames} frames)`, `≥ ${TARGET.fps} fps`],
      ['auto-layout in the worker (click → positions drawn)', `${layoutMs} ms`, ''],
      ['longest main-thread task during auto-layout', `${longTasks.longest.toFixed(0)} ms (${longTasks.count} tasks over 50 ms)`, `≤ ${TARGET.longTaskMs} ms`],
    ];
    for (const [what, value, target] of rows) process.stdout.write(`${what!.padEnd(58)} ${value!.padEnd(46)} ${target}\n`);
    if (errors.length > 0) process.stdout.write(`page errors: ${errors.join('; ')}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
