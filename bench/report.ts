// The results of a run: a JSON record (bench/out/results-<date>.json) for comparing runs, and
// the plain-text table printed on stdout.

import type { EntityCounts, SizeName } from './generate';
import type { ChildMeasurement } from './measure';
import { ratio, summarize, type TimingSummary } from './stats';

export interface ProjectFileInfo {
  size: SizeName;
  fileBytes: number;
  counts: EntityCounts;
}

export interface VariantResult extends TimingSummary {
  timesMs: number[];
  peakRssBytes: number;
  preparedRssBytes: number;
  heapDeltaBytes: number;
  heapMeasuredAfterGc: boolean;
}

export interface CaseSizeResult {
  size: SizeName;
  subject: VariantResult;
  baseline?: VariantResult;
  /** Median of the subject over median of the baseline. */
  ratio?: number;
}

export interface CaseResult {
  name: string;
  description: string;
  subjectLabel: string;
  baselineLabel?: string;
  sizes: CaseSizeResult[];
}

export interface BenchResults {
  startedAt: string;
  environment: { node: string; platform: string; arch: string; cpus: number; cpuModel: string; totalMemoryBytes: number };
  seed: number;
  projects: ProjectFileInfo[];
  cases: CaseResult[];
}

export function toVariantResult(m: ChildMeasurement): VariantResult {
  return {
    ...summarize(m.timesMs),
    timesMs: m.timesMs,
    peakRssBytes: m.peakRssBytes,
    preparedRssBytes: m.preparedRssBytes,
    heapDeltaBytes: m.heapDeltaBytes,
    heapMeasuredAfterGc: m.heapMeasuredAfterGc,
  };
}

export function caseSizeResult(size: SizeName, subject: ChildMeasurement, baseline?: ChildMeasurement): CaseSizeResult {
  const result: CaseSizeResult = { size, subject: toVariantResult(subject) };
  if (baseline) {
    result.baseline = toVariantResult(baseline);
    const r = ratio(result.subject.medianMs, result.baseline.medianMs);
    if (r !== undefined) result.ratio = r;
  }
  return result;
}

export function formatMs(ms: number): string {
  if (ms < 10) return ms.toFixed(2);
  if (ms < 100) return ms.toFixed(1);
  return ms.toFixed(0);
}

const MB = 1024 * 1024;

export function formatMb(bytes: number): string {
  return (bytes / MB).toFixed(1);
}

function timingCell(v: VariantResult | undefined): string {
  return v ? `${formatMs(v.medianMs)} / ${formatMs(v.minMs)}` : '-';
}

/** Renders rows as a Markdown table with right-aligned cells, so it reads in a terminal and pastes into notes. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((r) => (r[col] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, col) => c.padStart(widths[col] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => `${'-'.repeat(w + 1)}:`).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/**
 * One row per size: the project (components, interactions, processes x flow nodes, data
 * elements), then per case: time and baseline time as "median / min" in ms, their ratio, the
 * peak RSS of the child that ran the case and the heap its result keeps alive.
 */
export function resultsTable(results: BenchResults): string {
  const header = ['size', 'file MB', 'comp', 'ix', 'proc x nodes', 'data'];
  for (const c of results.cases) {
    header.push(`${c.subjectLabel} ms`);
    if (c.baselineLabel) header.push(`${c.baselineLabel} ms`, 'ratio');
    header.push(`${c.subjectLabel} RSS MB`, `${c.subjectLabel} heap MB`);
  }
  const rows = results.projects.map((p) => {
    const perNode = p.counts.processes > 0 ? Math.round(p.counts.bpmnFlowNodes / p.counts.processes) : 0;
    const row = [
      p.size,
      formatMb(p.fileBytes),
      String(p.counts.components),
      String(p.counts.interactions),
      `${p.counts.processes} x ${perNode}`,
      String(p.counts.dataElements),
    ];
    for (const c of results.cases) {
      const r = c.sizes.find((s) => s.size === p.size);
      row.push(timingCell(r?.subject));
      if (c.baselineLabel) row.push(timingCell(r?.baseline), r?.ratio !== undefined ? `${r.ratio.toFixed(1)}x` : '-');
      row.push(r ? formatMb(r.subject.peakRssBytes) : '-', r ? formatMb(r.subject.heapDeltaBytes) : '-');
    }
    return row;
  });
  return renderTable(header, rows);
}

/** A file name that sorts by time and is safe on every file system. */
export function resultsFileName(startedAt: Date): string {
  return `results-${startedAt.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`;
}
