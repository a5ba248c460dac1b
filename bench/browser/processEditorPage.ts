// Runs inside the built web app (bundled and injected by bench/processBrowser.ts): times the
// Processes editor opening a diagram against a bare bpmn-js Modeler importing the same XML in a
// container of the same size and place in the same page, and records frames, long tasks and lint
// runs while the bench drags a shape with the mouse.

import Modeler from 'bpmn-js/lib/Modeler';

declare global {
  interface Window {
    benchOpenInEditor(processName: string, expectedShapes: number): Promise<{ shown: number; badges: number }>;
    benchBareImport(xml: string): Promise<{ ms: number; shapes: number }>;
    benchStartRecording(): void;
    benchStopRecording(): { frames: number[]; longTasks: number[]; lintRuns: number };
    benchNextFrame(): Promise<void>;
    benchBareOpen(xml: string, viewport: string): Promise<void>;
    benchBareClose(): void;
  }
}

const CANVAS = '.cs-process__canvas';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

window.benchNextFrame = nextFrame;

/**
 * Clicks the process in the list and resolves, in ms from the click, with one frame after the
 * editor shows every shape (`shown`) and one frame after it shows a link badge too (`badges`; the
 * editor draws them once the diagram is on screen).
 */
window.benchOpenInEditor = (processName, expectedShapes) =>
  new Promise<{ shown: number; badges: number }>((resolve, reject) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('.cs-process__list button')].find((candidate) =>
      candidate.textContent?.includes(processName),
    );
    if (!button) {
      reject(new Error(`no process "${processName}" in the list`));
      return;
    }
    const started = performance.now();
    let shownAt: number | null = null;
    let badgesAt: number | null = null;
    const poll = () => {
      const now = performance.now();
      if (shownAt !== null && shownAt >= 0 && badgesAt !== null && badgesAt >= 0) {
        resolve({ shown: shownAt, badges: badgesAt });
        return;
      }
      // A frame after the one in which the state was first seen: that state has been painted.
      if (shownAt === null && document.querySelectorAll(`${CANVAS} .djs-shape`).length >= expectedShapes) {
        shownAt = -1;
      } else if (shownAt === -1) {
        shownAt = now - started;
      }
      if (shownAt !== null && badgesAt === null && document.querySelector(`${CANVAS} .cs-process__badge`)) {
        badgesAt = -1;
      } else if (badgesAt === -1) {
        badgesAt = now - started;
      }
      if (now - started > 120_000) reject(new Error(`editor not ready after 120 s`));
      else requestAnimationFrame(poll);
    };
    button.click();
    requestAnimationFrame(poll);
  });

/** A bare Modeler over the editor's canvas (same size and place), importing the same XML. */
window.benchBareImport = async (xml) => {
  const canvas = document.querySelector(CANVAS);
  if (!canvas) throw new Error('the process editor is not open');
  const rect = canvas.getBoundingClientRect();
  const container = document.createElement('div');
  Object.assign(container.style, {
    position: 'fixed',
    left: `${rect.left}px`,
    top: `${rect.top}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
    background: '#fff',
    zIndex: '1000',
  });
  document.body.append(container);
  const started = performance.now();
  const modeler = new Modeler({ container });
  await modeler.importXML(xml);
  await nextFrame();
  await nextFrame();
  const ms = performance.now() - started;
  const shapes = container.querySelectorAll('.djs-shape').length;
  modeler.destroy();
  container.remove();
  return { ms, shapes };
};

let bare: { modeler: Modeler; container: HTMLElement } | null = null;

/**
 * Keeps a bare Modeler with the XML open over the editor's canvas, showing the same part of the
 * diagram at the same scale (`viewport`: the transform of the editor's viewport layer), so the
 * bench can drag the same task in it.
 */
window.benchBareOpen = async (xml, viewport) => {
  const canvas = document.querySelector(CANVAS);
  if (!canvas) throw new Error('the process editor is not open');
  const rect = canvas.getBoundingClientRect();
  const container = document.createElement('div');
  container.className = 'bench-bare';
  Object.assign(container.style, {
    position: 'fixed',
    left: `${rect.left}px`,
    top: `${rect.top}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
    background: '#fff',
    zIndex: '1000',
  });
  document.body.append(container);
  const modeler = new Modeler({ container });
  await modeler.importXML(xml);
  const [a, , , , e, f] = (viewport.match(/-?[\d.e+-]+/g) ?? []).map(Number);
  if (a && e !== undefined && f !== undefined) {
    (modeler.get('canvas') as { viewbox(box: { x: number; y: number; width: number; height: number }): void }).viewbox({
      x: -e / a,
      y: -f / a,
      width: rect.width / a,
      height: rect.height / a,
    });
  }
  bare = { modeler, container };
};

window.benchBareClose = () => {
  bare?.modeler.destroy();
  bare?.container.remove();
  bare = null;
};

interface Recording {
  frames: number[];
  longTasks: number[];
  lintRuns: number;
  active: boolean;
  observers: { disconnect(): void }[];
}

let recording: Recording | null = null;

/**
 * Frame times (requestAnimationFrame deltas), long tasks (PerformanceObserver) and lint runs:
 * bpmn-js-bpmnlint rewrites its toggle button after every completed lint, so each rewrite is one run.
 */
window.benchStartRecording = () => {
  const state: Recording = { frames: [], longTasks: [], lintRuns: 0, active: true, observers: [] };
  const longTasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
  });
  longTasks.observe({ type: 'longtask', buffered: false });
  state.observers.push(longTasks);
  const button = document.querySelector(`${CANVAS} .bjsl-button`);
  if (button) {
    const lint = new MutationObserver((records) => {
      if (records.some((record) => record.type === 'childList' && record.addedNodes.length > 0)) state.lintRuns += 1;
    });
    lint.observe(button, { childList: true });
    state.observers.push(lint);
  }
  let last = performance.now();
  const tick = (now: number) => {
    if (!state.active) return;
    state.frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  recording = state;
};

window.benchStopRecording = () => {
  const state = recording;
  if (!state) throw new Error('not recording');
  state.active = false;
  for (const observer of state.observers) observer.disconnect();
  recording = null;
  // The first delta spans from the start call to the first frame, not a frame.
  return { frames: state.frames.slice(1), longTasks: state.longTasks, lintRuns: state.lintRuns };
};
