// The measuring loop that runs inside a child process: prepare (untimed), warm up once, then
// time `repetitions` runs. Peak RSS is the process high-water mark; the heap delta is what the
// result of one run keeps alive (heap after the last run minus heap after prepare, both after a
// full GC when the child was started with --expose-gc).

import type { BenchCase, CaseInput, Variant } from './cases/types';

export interface ChildMeasurement {
  caseName: string;
  variant: Variant;
  size: string;
  timesMs: number[];
  /** process.resourceUsage().maxRSS at the end, in bytes. */
  peakRssBytes: number;
  /** The same high-water mark right after prepare, in bytes: the part not due to the timed work. */
  preparedRssBytes: number;
  heapDeltaBytes: number;
  /** False when global.gc was unavailable, so the heap delta includes garbage. */
  heapMeasuredAfterGc: boolean;
}

/** Holds the result of the last run while the heap is measured; module scope keeps it reachable. */
let lastResult: unknown;

function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  gc();
  return true;
}

export async function measureCase(
  benchCase: BenchCase,
  variant: Variant,
  input: CaseInput,
  repetitions: number,
): Promise<ChildMeasurement> {
  const work = variant === 'subject' ? benchCase.subject : benchCase.baseline;
  if (!work) throw new Error(`case '${benchCase.name}' has no ${variant}`);
  if (!Number.isInteger(repetitions) || repetitions < 1) throw new RangeError(`repetitions must be >= 1, got ${repetitions}`);
  const state = await benchCase.prepare(input, variant);
  const preparedRssBytes = process.resourceUsage().maxRSS * 1024;
  const gcBefore = collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;

  lastResult = await work.call(benchCase, state);
  const timesMs: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    // Drop the previous result first so two results never coexist and inflate the peak.
    lastResult = undefined;
    const start = performance.now();
    lastResult = await work.call(benchCase, state);
    timesMs.push(performance.now() - start);
  }
  const gcAfter = collectGarbage();
  const heapAfter = process.memoryUsage().heapUsed;
  lastResult = undefined;

  return {
    caseName: benchCase.name,
    variant,
    size: input.size,
    timesMs,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    preparedRssBytes,
    heapDeltaBytes: heapAfter - heapBefore,
    heapMeasuredAfterGc: gcBefore && gcAfter,
  };
}
