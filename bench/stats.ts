// Summary statistics of repeated timings.

export interface TimingSummary {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

export function summarize(timesMs: readonly number[]): TimingSummary {
  if (timesMs.length === 0) throw new RangeError('no timings to summarize');
  return {
    runs: timesMs.length,
    medianMs: median(timesMs),
    minMs: Math.min(...timesMs),
    maxMs: Math.max(...timesMs),
  };
}

/** subject / baseline, or undefined when there is no usable baseline. */
export function ratio(subjectMs: number, baselineMs: number | undefined): number | undefined {
  if (baselineMs === undefined || !(baselineMs > 0)) return undefined;
  return subjectMs / baselineMs;
}
