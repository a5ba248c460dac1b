// Browser figures of the landscape editor on the issue's generated landscape (300 components,
// 1,000 interactions, laid out by elkjs), in headless Chromium on the built web app (dist/):
// - first render: from choosing the file to every card and edge on the canvas;
// - frames per second while panning and while zooming (requestAnimationFrame frame times);
// - the longest main-thread task while auto-layout runs in the worker (PerformanceObserver).
// Run: npm run build:renderer && npx tsx bench/landscapeBrowser.ts [--runs N] [--profile]
//   --runs N     repeat the whole measurement N times and print each run and the medians
//                (the machine is shared: single runs are noisy);
//   --profile    also record main-thread CPU profiles (Chrome DevTools Protocol) of the first
//                render and of applying the auto-layout, and print where their time went by
//                function (self time). Build with `vite build --minify false` for readable names;
//   --trace      also record a Chromium trace of the same two phases and break each main-thread
//                task over 50 ms into what ran inside it (events, script, style, layout, paint).

import ELK from 'elkjs/lib/elk.bundled.js';
import type { CDPSession, Page } from 'playwright-core';
import { buildElkGraph, runElkLayout } from '../models/landscape/elkGraph';
import { applyPositions } from '../models/landscape/operations';
import { serializeProject } from '../models/project/serialize';
import { launchBrowser, openApp, screenshot, serveDist } from '../tests/e2e/harness';
import { landscapeProject } from './cases/landscapeLayout';

const TARGET = { firstRenderMs: 1500, fps: 30, longTaskMs: 100 };

const args = process.argv.slice(2);
const RUNS = Math.max(1, Number(args[args.indexOf('--runs') + 1] ?? 1) || 1);
const PROFILE = args.includes('--profile');
const TRACE = args.includes('--trace');

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  startTime: number;
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { functionName?: string; url?: string; type?: string } };
}

async function startTrace(cdp: CDPSession | null): Promise<void> {
  if (!cdp) return;
  await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] } });
}

/**
 * The main thread's tasks over 50 ms from a Chromium trace, each broken down into what ran
 * inside it (script by event type, style, layout, paint), so a long task can be attributed.
 */
async function stopTrace(cdp: CDPSession | null, title: string): Promise<void> {
  if (!cdp) return;
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream! })) as { data: string; eof: boolean; base64Encoded?: boolean };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream! });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain');
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50000).sort((a, b) => b.dur! - a.dur!);
  process.stdout.write(`\n${title}: ${tasks.length} main-thread tasks over 50 ms\n`);
  for (const task of tasks.slice(0, 6)) {
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur!);
    const parts = new Map<string, number>();
    for (const e of inside) {
      // Top-level pieces only: events not nested in another piece of the same task.
      const nested = inside.some((o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && (o.dur ?? 0) > (e.dur ?? 0));
      if (nested) continue;
      const what =
        e.name === 'EventDispatch' || e.name === 'FunctionCall'
          ? `${e.name} ${e.args?.data?.type ?? e.args?.data?.functionName ?? ''}${e.args?.data?.url ? `@${e.args.data.url.split('/').pop()}` : ''}`.trim()
          : e.name;
      parts.set(what, (parts.get(what) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const summary = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([what, ms]) => `${what} ${ms.toFixed(0)}`).join(', ');
    process.stdout.write(`  ${(task.dur! / 1000).toFixed(0).padStart(5)} ms: ${summary}\n`);
    if (lastProfile && task === tasks[0]) process.stdout.write(`    script inside (inclusive):\n${scriptInside(lastProfile, task.ts, task.ts + task.dur!).join('\n')}\n`);
  }
}

let lastProfile: CpuProfile | null = null;

/** Inclusive script time per function in the samples between two trace timestamps (µs). */
function scriptInside(profile: CpuProfile, from: number, to: number): string[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const inclusive = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0;
    if (at < from || at > to) return;
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const frame = byId.get(node)!.callFrame;
      if (!frame.url) continue;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
    }
  });
  return [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([key, ms]) => `      ${ms.toFixed(1).padStart(7)} ms  ${key}`);
}

async function startProfile(cdp: CDPSession | null): Promise<void> {
  if (!cdp) return;
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

/** Self time per function of a CPU profile, the largest first. */
async function stopProfile(cdp: CDPSession | null, title: string): Promise<void> {
  if (!cdp) return;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  lastProfile = profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() || '';
    const key = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((sum, ms) => sum + ms, 0);
  process.stdout.write(`\n${title}: ${total.toFixed(0)} ms sampled\n`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) process.stdout.write(`  ${ms.toFixed(1).padStart(8)} ms  ${key}\n`);
}

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

interface Figures {
  firstRender: number;
  completeRender: number;
  nodes: number;
  edges: number;
  pan: { fps: number; p95: number; frames: number };
  zoom: { fps: number; p95: number; frames: number };
  layoutMs: number;
  longest: number;
  longTasks: number;
  errors: string[];
}

async function measureOnce(browser: Awaited<ReturnType<typeof launchBrowser>>, url: string, text: string, shot: boolean): Promise<Figures> {
  const app = await openApp(browser, url);
  const { page } = app;
  const cdp = PROFILE || TRACE ? await page.context().newCDPSession(page) : null;
  const profiling = PROFILE ? cdp : null;
  const tracing = TRACE ? cdp : null;
  try {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    await startProfile(profiling);
    await startTrace(tracing);
    const started = Date.now();
    await (await chooser).setFiles({ name: 'landscape-300.convergence', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
    await page.locator('.react-flow__node').first().waitFor({ timeout: 60000 });
    await page.locator('.react-flow__edge').first().waitFor({ timeout: 60000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const firstRender = Date.now() - started;
    // The editor draws a large landscape over a few frames (data-drawing while it does).
    await page.locator('.cs-leditor__canvas:not([data-drawing])').waitFor({ timeout: 60000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const completeRender = Date.now() - started;
    await stopProfile(profiling, 'first render, main thread');
    await stopTrace(tracing, 'first render');
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
    await startTrace(tracing);
    const zoom = await frameStats(page, async () => {
      for (let i = 0; i < 30; i++) {
        await page.mouse.wheel(0, i < 15 ? 120 : -120);
        await page.waitForTimeout(16);
      }
    });
    await stopTrace(tracing, 'zooming');
    if (shot) await screenshot(page, 'bench-landscape-300');

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
    await startProfile(profiling);
    await startTrace(tracing);
    const layoutStarted = Date.now();
    await page.getByRole('button', { name: 'Auto-layout', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Laying out' }).waitFor({ timeout: 10000 }).catch(() => undefined);
    await page.getByRole('status').filter({ hasText: 'Laying out' }).waitFor({ state: 'detached', timeout: 120000 });
    const layoutMs = Date.now() - layoutStarted;
    await page.waitForTimeout(500);
    await stopProfile(profiling, 'auto-layout (worker time not included), main thread');
    await stopTrace(tracing, 'auto-layout');
    const longTasks = await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __tasks: number };
      return { longest: w.__longest, count: w.__tasks };
    });
    return { firstRender, completeRender, nodes: drawn.nodes, edges: drawn.edges, pan, zoom, layoutMs, longest: longTasks.longest, longTasks: longTasks.count, errors: [...app.errors] };
  } finally {
    await app.context.close();
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function printFigures(f: Figures): void {
  const rows = [
    ['first render (file chosen → cards and edges drawn)', `${f.firstRender} ms`, `≤ ${TARGET.firstRenderMs} ms`],
    ['complete picture (file chosen → every stage drawn)', `${f.completeRender} ms`, `≤ ${TARGET.firstRenderMs} ms`],
    ['cards / edges in the DOM when complete', `${f.nodes} / ${f.edges}`, ''],
    ['panning', `${f.pan.fps.toFixed(1)} fps (p95 frame ${f.pan.p95.toFixed(1)} ms, ${f.pan.frames} frames)`, `≥ ${TARGET.fps} fps`],
    ['zooming', `${f.zoom.fps.toFixed(1)} fps (p95 frame ${f.zoom.p95.toFixed(1)} ms, ${f.zoom.frames} frames)`, `≥ ${TARGET.fps} fps`],
    ['auto-layout in the worker (click → positions drawn)', `${f.layoutMs} ms`, ''],
    ['longest main-thread task during auto-layout', `${f.longest.toFixed(0)} ms (${f.longTasks} tasks over 50 ms)`, `≤ ${TARGET.longTaskMs} ms`],
  ];
  for (const [what, value, target] of rows) process.stdout.write(`${what!.padEnd(58)} ${value!.padEnd(46)} ${target}\n`);
  if (f.errors.length > 0) process.stdout.write(`page errors: ${f.errors.join('; ')}\n`);
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
    const runs: Figures[] = [];
    for (let run = 1; run <= RUNS; run++) {
      if (RUNS > 1) process.stdout.write(`\nrun ${run} of ${RUNS}\n`);
      const figures = await measureOnce(browser, server.url, text, run === RUNS);
      printFigures(figures);
      runs.push(figures);
    }
    if (RUNS > 1) {
      process.stdout.write(`\nmedian of ${RUNS} runs\n`);
      printFigures({
        firstRender: median(runs.map((r) => r.firstRender)),
        completeRender: median(runs.map((r) => r.completeRender)),
        nodes: median(runs.map((r) => r.nodes)),
        edges: median(runs.map((r) => r.edges)),
        pan: { fps: median(runs.map((r) => r.pan.fps)), p95: median(runs.map((r) => r.pan.p95)), frames: median(runs.map((r) => r.pan.frames)) },
        zoom: { fps: median(runs.map((r) => r.zoom.fps)), p95: median(runs.map((r) => r.zoom.p95)), frames: median(runs.map((r) => r.zoom.frames)) },
        layoutMs: median(runs.map((r) => r.layoutMs)),
        longest: median(runs.map((r) => r.longest)),
        longTasks: median(runs.map((r) => r.longTasks)),
        errors: runs.flatMap((r) => r.errors),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
