// Browser figures of the Processes editor on the 1,500-element BPMN (750 flow nodes and
// their sequence flows, bench/cases/processImport.ts), in headless Chromium on the built web app:
// - opening the diagram in the app's editor (click in the process list → every shape drawn, and
//   → its link badges drawn) vs a bare bpmn-js Modeler importing the same XML into a container of
//   the same size and place in the same page; alternating runs, medians and their ratio (issue:
//   ≤ 1.2). Each editor run comes from a small diagram, and the bare runs happen while the editor
//   shows that small one, so both import into the same page;
// - frame times, long tasks and lint runs while the mouse drags a task (down, 60 moves a frame
//   apart, up) right after two short drags, so the work those edits put off (lint, badges, the
//   write to the document) falls due during the measured drag; with the canvas's linting on and off.
// Run: npx vite build --outDir /tmp/x-dist --emptyOutDir && CS_DIST_DIR=/tmp/x-dist npx tsx bench/processBrowser.ts [runs=5]
// BENCH_PROFILE=1 adds CPU profiles (self and total time per function) of one import and the drags;
// BENCH_IMPORT_ONLY=1 skips the drags.

import { build } from 'esbuild';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { createEmptyProject } from '../models/project/create';
import { serializeProject } from '../models/project/serialize';
import type { Project } from '../models/project/types';
import { launchBrowser, screenshot, serveDist } from '../tests/e2e/harness';
import { largeProcessXml } from './cases/processImport';
import { buildSyntheticProcess } from './syntheticBpmn';
import { median } from './stats';

const here = path.dirname(fileURLToPath(import.meta.url));
const TARGET = { importRatio: 1.2 };
const runs = Math.max(1, Number(process.argv[2] ?? 5));
const WARM_UP = 'Warm-up process';
const LARGE = 'Large process';

function benchProject(): Project {
  const project = createEmptyProject({ name: 'Process bench', now: '2026-01-01T00:00:00.000Z' });
  // The editor opens the large diagram coming from a small one, so the figure is the import of
  // the large diagram and not the tear-down of the one before.
  const small = buildSyntheticProcess({
    bpmnProcessId: 'WarmUp',
    name: WARM_UP,
    flowNodeCount: 6,
    describeTask: (index) => ({
      name: `Step ${index + 1}`,
      kind: 'userTask',
      links: { chainStep: 'intake_registration', agency: 'Ministry', dataRefs: [{ elementId: 'person.identifier', usage: 'reads' }], interactionRefs: [], operationRefs: [] },
    }),
    wantsDecision: () => false,
  }).xml;
  project.processes.push(
    { id: 'warm_up', name: WARM_UP, phase: 'assess', bpmn: small },
    { id: 'large', name: LARGE, phase: 'assess', bpmn: largeProcessXml('M') },
  );
  return project;
}

async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(here, 'browser', 'processEditorPage.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no bundle for the process editor page');
  return output.text;
}

const settle = (page: Page, ms: number) => page.waitForTimeout(ms);

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}

interface DragFigures {
  medianFrame: number;
  p95Frame: number;
  frames: number;
  longTasks: number;
  longTaskMs: number;
  lintRuns: number;
  ms: number;
}

/** Zooms the canvas in with Ctrl+wheel over the task nearest its middle until tasks are `minWidth` px wide. */
async function zoomToWorkingScale(page: Page, minWidth: number): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const task = await page.evaluate(() => {
      const canvas = document.querySelector('.cs-process__canvas')!.getBoundingClientRect();
      const mid = { x: canvas.left + canvas.width / 2, y: canvas.top + Math.min(canvas.height, window.innerHeight - canvas.top) / 2 };
      const boxes = [...document.querySelectorAll('.cs-process__canvas .djs-shape[data-element-id*="_Task_"]')].map((shape) => shape.getBoundingClientRect());
      boxes.sort((a, b) => Math.hypot(a.x - mid.x, a.y - mid.y) - Math.hypot(b.x - mid.x, b.y - mid.y));
      const box = boxes[0];
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2, width: box.width } : null;
    });
    if (!task) throw new Error('no task on the canvas');
    if (task.width >= minWidth) break;
    await page.keyboard.down('Control');
    await page.mouse.move(task.x, task.y);
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await settle(page, 60);
  }
  // The diagram is tall and narrow and hugs the palette: scroll it towards the middle.
  for (let i = 0; i < 20; i++) {
    const gap = await page.evaluate(() => {
      const canvas = document.querySelector('.cs-process__canvas')!.getBoundingClientRect();
      const lefts = [...document.querySelectorAll('.cs-process__canvas .djs-shape[data-element-id*="_Task_"]')]
        .map((shape) => shape.getBoundingClientRect())
        .filter((box) => box.bottom > canvas.top && box.top < window.innerHeight)
        .map((box) => box.left);
      return canvas.left + 250 - Math.min(...lefts);
    });
    if (gap <= 0) break;
    const canvas = (await page.locator('.cs-process__canvas').boundingBox())!;
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + 200);
    await page.mouse.wheel(-Math.min(gap, 200), 0);
    await settle(page, 60);
  }
  await settle(page, 300);
}

/** The centre of the task nearest the middle of the canvas. */
async function taskNearMiddle(page: Page, skip: number, within: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(([skipped, selector]) => {
    const canvas = document.querySelector(selector)!.getBoundingClientRect();
    const mid = { x: canvas.left + canvas.width / 2, y: canvas.top + Math.min(canvas.height, window.innerHeight - canvas.top) / 2 };
    const centres = [...document.querySelectorAll(`${selector} .djs-shape[data-element-id*="_Task_"]`)]
      .map((shape) => shape.getBoundingClientRect())
      .filter((box) => box.left > canvas.left + 120 && box.right < canvas.right - 40 && box.top > canvas.top + 40 && box.bottom < Math.min(canvas.bottom, window.innerHeight) - 40)
      .map((box) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 }))
      .sort((a, b) => Math.hypot(a.x - mid.x, a.y - mid.y) - Math.hypot(b.x - mid.x, b.y - mid.y));
    return centres[skipped] ?? centres[0] ?? null;
  }, [skip, within] as [number, string]);
  if (!point) throw new Error('no task visible on the canvas');
  return point;
}

async function drag(page: Page, from: { x: number; y: number }, moves: number, dx: number, dy: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) {
    await page.mouse.move(from.x + (dx * i) / moves, from.y + (dy * i) / moves);
    await page.evaluate(() => window.benchNextFrame());
  }
  await page.mouse.up();
}

/** BENCH_PROFILE=1 prints where the main thread spent the measured drags (CPU profile, self time). */
const PROFILE = process.env.BENCH_PROFILE === '1';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

function printProfile(profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, index) => {
    const ms = (deltas[index + 1] ?? 0) / 1000;
    const name = (nodeId: number) => {
      const frame = byId.get(nodeId)!.callFrame;
      return `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
    };
    self.set(name(id), (self.get(name(id)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(at);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  const top = (map: Map<string, number>, n: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([key, ms]) => `    ${ms.toFixed(0).padStart(6)} ms  ${key}`);
  process.stdout.write(['  profile, self time:', ...top(self, 15), '  profile, total time:', ...top(total, 70), ''].join('\n'));
}

/** A short drag, then at once the measured one: the first drag's deferred work falls due during it. */
async function measuredDrag(page: Page, round: number, within = '.cs-process__canvas'): Promise<DragFigures> {
  const first = await taskNearMiddle(page, 0, within);
  await drag(page, first, 8, 16, 0);
  await drag(page, { x: first.x + 16, y: first.y }, 8, -16, 0);
  const second = await taskNearMiddle(page, 1 + (round % 4), within);
  const profiler = PROFILE ? await page.context().newCDPSession(page) : null;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.start');
  }
  await page.evaluate(() => window.benchStartRecording());
  const started = Date.now();
  await drag(page, second, 60, 120, 90);
  await page.evaluate(async () => {
    await window.benchNextFrame();
    await window.benchNextFrame();
  });
  const ms = Date.now() - started;
  if (profiler) printProfile((await profiler.send('Profiler.stop')).profile);
  await settle(page, 50);
  const { frames, longTasks, lintRuns } = await page.evaluate(() => window.benchStopRecording());
  // Put the shape back, then let the deferred work of these drags finish before the next round.
  await drag(page, { x: second.x + 120, y: second.y + 90 }, 10, -120, -90);
  await settle(page, 2500);
  return {
    medianFrame: median(frames),
    p95Frame: quantile(frames, 0.95),
    frames: frames.length,
    longTasks: longTasks.length,
    longTaskMs: longTasks.reduce((sum, duration) => sum + duration, 0),
    lintRuns,
    ms,
  };
}

async function setCanvasLinting(page: Page, on: boolean): Promise<void> {
  const button = page.locator('.cs-process__canvas .bjsl-button');
  const inactive = await button.evaluate((element) => element.classList.contains('bjsl-button-inactive'));
  if (inactive === on) await button.click();
  await settle(page, 1500);
}

function summariseDrags(label: string, figures: DragFigures[]): string[] {
  const pick = (key: keyof DragFigures) => median(figures.map((figure) => figure[key]));
  return [
    label,
    `  frame median ${pick('medianFrame').toFixed(1)} ms, p95 ${pick('p95Frame').toFixed(1)} ms, ${pick('frames').toFixed(0)} frames in ${pick('ms').toFixed(0)} ms`,
    `  long tasks ${pick('longTasks').toFixed(0)} (${pick('longTaskMs').toFixed(0)} ms in total); lint runs during the drag: ${figures.map((figure) => figure.lintRuns).join(', ')}`,
    `  per run p95: ${figures.map((figure) => figure.p95Frame.toFixed(0)).join(', ')} ms`,
  ];
}

async function main(): Promise<void> {
  const project = benchProject();
  const large = project.processes[1]!.bpmn;
  const text = serializeProject(project);
  const script = await bundlePage();
  process.stderr.write(`[bench] process editor: ${runs} runs, load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}\n`);

  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    // bypassCSP: the app's policy forbids inline scripts, and the bench injects its helpers inline.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    await context.addInitScript(() => {
      (window as unknown as { __CS_TEST_HOST__: boolean }).__CS_TEST_HOST__ = true;
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await page.goto(server.url);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    await (await chooser).setFiles({ name: 'process-bench.convergence', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Processes/ }).click();
    await page.locator('.cs-process__canvas .djs-shape').first().waitFor({ timeout: 120_000 });
    await page.addScriptTag({ content: script });
    await settle(page, 2000);

    // Warm-up: each variant once, untimed; the bare one also tells how many shapes to expect.
    const { shapes } = await page.evaluate((xml) => window.benchBareImport(xml), large);
    await page.evaluate(([name, count]) => window.benchOpenInEditor(name, count), [LARGE, shapes] as [string, number]);
    await settle(page, 1500);

    const editorTimes: number[] = [];
    const badgeTimes: number[] = [];
    const bareTimes: number[] = [];
    // Each round starts with the editor on the small diagram: the bare Modeler then imports into a
    // page like the one the editor imports into (no other large diagram drawn), and the editor
    // opens the large diagram and goes back to the small one.
    await page.evaluate(([name, count]) => window.benchOpenInEditor(name, count), [WARM_UP, 6] as [string, number]);
    await settle(page, 1500);
    for (let run = 0; run < runs; run++) {
      for (const which of run % 2 === 0 ? ['editor', 'bare'] : ['bare', 'editor']) {
        if (which === 'bare') {
          bareTimes.push((await page.evaluate((xml) => window.benchBareImport(xml), large)).ms);
          await settle(page, 1500);
          continue;
        }
        const profiler = PROFILE && run === runs - 1 ? await page.context().newCDPSession(page) : null;
        if (profiler) {
          await profiler.send('Profiler.enable');
          await profiler.send('Profiler.start');
        }
        const opened = await page.evaluate(([name, count]) => window.benchOpenInEditor(name, count), [LARGE, shapes] as [string, number]);
        editorTimes.push(opened.shown);
        badgeTimes.push(opened.badges);
        if (profiler) printProfile((await profiler.send('Profiler.stop')).profile);
        await settle(page, 1500);
        await page.evaluate(([name, count]) => window.benchOpenInEditor(name, count), [WARM_UP, 6] as [string, number]);
        await settle(page, 1500);
      }
    }
    // The drags run on the large diagram.
    await page.evaluate(([name, count]) => window.benchOpenInEditor(name, count), [LARGE, shapes] as [string, number]);
    await settle(page, 1500);

    const editor = median(editorTimes);
    const bare = median(bareTimes);
    const importLines = [
      `diagram: ${shapes} shapes (750 flow nodes and their labels; sequence flows are connections), runs: ${runs}`,
      `open in the editor (click → diagram drawn)             median ${editor.toFixed(0)} ms   [${editorTimes.map((t) => t.toFixed(0)).join(', ')}]`,
      `  … and its link badges drawn                          median ${median(badgeTimes).toFixed(0)} ms   [${badgeTimes.map((t) => t.toFixed(0)).join(', ')}]`,
      `bare bpmn-js Modeler, same XML and container           median ${bare.toFixed(0)} ms   [${bareTimes.map((t) => t.toFixed(0)).join(', ')}]`,
      `ratio editor / bare                                    ${(editor / bare).toFixed(2)}   target ≤ ${TARGET.importRatio}`,
    ];
    for (const line of importLines) process.stdout.write(`${line}\n`);

    if (process.env.BENCH_IMPORT_ONLY === '1') {
      await context.close();
      return;
    }
    await zoomToWorkingScale(page, 60);
    await screenshot(page, 'bench-process-1500');
    const lintOn: DragFigures[] = [];
    const lintOff: DragFigures[] = [];
    for (let run = 0; run < runs; run++) {
      for (const on of run % 2 === 0 ? [true, false] : [false, true]) {
        await setCanvasLinting(page, on);
        (on ? lintOn : lintOff).push(await measuredDrag(page, run));
      }
    }

    // The same drags in a bare Modeler over the same part of the same diagram, the editor showing
    // the small diagram meanwhile: what the drag costs in bpmn-js itself.
    const viewport = await page.locator('.cs-process__canvas .viewport').first().getAttribute('transform');
    await page.evaluate(([name, count]) => window.benchOpenInEditor(name, count), [WARM_UP, 6] as [string, number]);
    await page.evaluate(([xml, transform]) => window.benchBareOpen(xml, transform), [large, viewport ?? ''] as [string, string]);
    await settle(page, 1500);
    const bareDrags: DragFigures[] = [];
    for (let run = 0; run < runs; run++) bareDrags.push(await measuredDrag(page, run, '.bench-bare'));
    await page.evaluate(() => window.benchBareClose());

    const lines = [
      ...summariseDrags('drag with canvas linting on', lintOn),
      ...summariseDrags('drag with canvas linting off', lintOff),
      `drag p95 ratio on / off                                ${(median(lintOn.map((f) => f.p95Frame)) / median(lintOff.map((f) => f.p95Frame))).toFixed(2)}`,
      ...summariseDrags('drag in a bare bpmn-js Modeler (same diagram, view and drags)', bareDrags),
      `drag p95 ratio editor (linting on) / bare              ${(median(lintOn.map((f) => f.p95Frame)) / median(bareDrags.map((f) => f.p95Frame))).toFixed(2)}`,
      `load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`,
    ];
    for (const line of lines) process.stdout.write(`${line}\n`);
    if (errors.length > 0) process.stdout.write(`page errors: ${errors.join('; ')}\n`);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
