import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArgs } from '../../../bench/args';
import { selectCases } from '../../../bench/cases/index';
import { defineCase, type BenchCase } from '../../../bench/cases/types';
import { measureCase } from '../../../bench/measure';
import { RESULT_PREFIX } from '../../../bench/protocol';
import { SeededRandom } from '../../../bench/random';
import { caseSizeResult, formatMs, renderTable, resultsFileName, resultsTable, type BenchResults } from '../../../bench/report';
import { median, ratio, summarize } from '../../../bench/stats';
import { generateProject } from '../../../bench/generate';
import { parseChildOutput, runInChild } from '../../../bench/spawnChild';
import { serializeProject } from '../../../models/project/serialize';

function fakeCase(name: string): BenchCase {
  return defineCase<{ calls: number }>({
    name,
    description: name,
    subjectLabel: name,
    baselineLabel: 'base',
    async prepare() {
      return { calls: 0 };
    },
    async subject(state) {
      state.calls += 1;
      return new Array(1000).fill(state.calls);
    },
    async baseline() {
      return undefined;
    },
  });
}

describe('SeededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const draw = (seed: number) => {
      const rng = new SeededRandom(seed);
      return Array.from({ length: 20 }, () => rng.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps every draw in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 1000 }), (seed, bound) => {
        const rng = new SeededRandom(seed);
        for (let i = 0; i < 50; i++) {
          const f = rng.next();
          expect(f).toBeGreaterThanOrEqual(0);
          expect(f).toBeLessThan(1);
          const n = rng.int(bound);
          expect(Number.isInteger(n) && n >= 0 && n < bound).toBe(true);
        }
      }),
    );
  });

  it('samples distinct items', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 30 }), (seed, count) => {
        const items = Array.from({ length: 20 }, (_, i) => i);
        const picked = new SeededRandom(seed).sample(items, count);
        expect(picked).toHaveLength(Math.min(count, 20));
        expect(new Set(picked).size).toBe(picked.length);
      }),
    );
  });

  it('refuses to pick from an empty list or a non-positive bound', () => {
    const rng = new SeededRandom(1);
    expect(() => rng.pick([])).toThrow(RangeError);
    expect(() => rng.int(0)).toThrow(RangeError);
  });
});

describe('stats', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(summarize([3, 1, 2])).toEqual({ runs: 3, medianMs: 2, minMs: 1, maxMs: 3 });
    expect(() => median([])).toThrow(RangeError);
  });

  it('gives no ratio without a positive baseline', () => {
    expect(ratio(10, 4)).toBe(2.5);
    expect(ratio(10, 0)).toBeUndefined();
    expect(ratio(10, undefined)).toBeUndefined();
  });
});

describe('parseArgs', () => {
  it('defaults to every case and every size', () => {
    expect(parseArgs([])).toMatchObject({ filters: [], sizes: ['S', 'M', 'L'], help: false });
  });

  it('reads case filters, sizes, repetitions and seed', () => {
    const options = parseArgs(['open', '--sizes', 'm,s', '--repeat=2', '--seed', '9']);
    expect(options).toMatchObject({ filters: ['open'], sizes: ['S', 'M'], repeat: 2, seed: 9 });
  });

  it('rejects unknown sizes, bad numbers and unknown options', () => {
    expect(() => parseArgs(['--sizes', 'XL'])).toThrow(/--sizes/);
    expect(() => parseArgs(['--repeat', '0'])).toThrow(/--repeat/);
    expect(() => parseArgs(['--repeat'])).toThrow(/--repeat/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option/);
  });
});

describe('selectCases', () => {
  const cases = [fakeCase('open'), fakeCase('save'), fakeCase('export-html')];
  it('selects by name substring, case-insensitively, and everything without filters', () => {
    expect(selectCases(['OP'], cases).map((c) => c.name)).toEqual(['open']);
    expect(selectCases(['e'], cases).map((c) => c.name)).toEqual(['open', 'save', 'export-html']);
    expect(selectCases(['nothing'], cases)).toEqual([]);
    expect(selectCases([], cases)).toHaveLength(3);
  });
});

describe('measureCase', () => {
  it('warms up once, times each repetition and reports memory', async () => {
    const benchCase = fakeCase('fake');
    const m = await measureCase(benchCase, 'subject', { file: 'unused', workDir: 'unused', size: 'S' }, 4);
    expect(m.timesMs).toHaveLength(4);
    expect(m.timesMs.every((t) => t >= 0)).toBe(true);
    expect(m.peakRssBytes).toBeGreaterThan(0);
    expect(m.peakRssBytes).toBeGreaterThanOrEqual(m.preparedRssBytes);
    expect(m).toMatchObject({ caseName: 'fake', variant: 'subject', size: 'S' });
  });

  it('refuses a variant the case does not have', async () => {
    const noBaseline = { ...fakeCase('x'), baseline: undefined } as BenchCase;
    await expect(measureCase(noBaseline, 'baseline', { file: '', workDir: '', size: 'S' }, 1)).rejects.toThrow(/no baseline/);
  });
});

describe('child protocol', () => {
  it('takes the last result line and ignores other output', () => {
    const measurement = { caseName: 'open', timesMs: [1] };
    const stdout = `noise\n${RESULT_PREFIX}{"caseName":"old"}\n${RESULT_PREFIX}${JSON.stringify(measurement)}\nmore noise\n`;
    expect(parseChildOutput(stdout)).toMatchObject(measurement);
    expect(() => parseChildOutput('nothing here')).toThrow(/no result/);
  });
});

describe('runInChild', () => {
  it('measures a registered case in a fresh Node process and reads its result back', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'convergence-bench-test-'));
    try {
      const file = path.join(dir, 'S.convergence');
      await writeFile(file, serializeProject(generateProject('S')), 'utf8');
      const m = await runInChild('open', 'subject', { file, workDir: dir, size: 'S' }, 2);
      expect(m).toMatchObject({ caseName: 'open', variant: 'subject', size: 'S', heapMeasuredAfterGc: true });
      expect(m.timesMs).toHaveLength(2);
      expect(m.heapDeltaBytes).toBeGreaterThan(0);
      await expect(runInChild('open', 'subject', { file: path.join(dir, 'missing'), workDir: dir, size: 'S' }, 1)).rejects.toThrow(
        /open\/subject\/S failed/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('report', () => {
  const measurement = (timesMs: number[]) => ({
    caseName: 'open',
    variant: 'subject' as const,
    size: 'S',
    timesMs,
    peakRssBytes: 100 * 1024 * 1024,
    preparedRssBytes: 50 * 1024 * 1024,
    heapDeltaBytes: 3 * 1024 * 1024,
    heapMeasuredAfterGc: true,
  });

  it('puts every size in a row with time, baseline, ratio and memory of every case', () => {
    const results: BenchResults = {
      startedAt: '2025-01-01T00:00:00.000Z',
      environment: { node: 'v20', platform: 'linux', arch: 'x64', cpus: 2, cpuModel: 'cpu', totalMemoryBytes: 1 },
      seed: 1,
      projects: [
        {
          size: 'S',
          fileBytes: 2 * 1024 * 1024,
          counts: { components: 20, interactions: 40, processes: 5, bpmnFlowNodes: 100, dataElements: 100 },
        },
      ],
      cases: [
        {
          name: 'open',
          description: '',
          subjectLabel: 'open',
          baselineLabel: 'JSON.parse',
          sizes: [caseSizeResult('S', measurement([30, 10, 20]), measurement([4, 5, 6]))],
        },
      ],
    };
    const table = resultsTable(results).split('\n');
    expect(table).toHaveLength(3);
    expect(table[0]).toMatch(/\| *size \| *file MB \|.*open ms \| *JSON\.parse ms \| *ratio \| *open RSS MB \| *open heap MB \|/);
    expect(table[2]).toMatch(/\| *S \| *2\.0 \| *20 \| *40 \| *5 x 20 \| *100 \| *20\.0 \/ 10\.0 \| *5\.00 \/ 4\.00 \| *4\.0x \| *100\.0 \| *3\.0 \|/);
  });

  it('aligns columns', () => {
    const lines = renderTable(['a', 'bbb'], [['1000', '2']]).split('\n');
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });

  it('formats times with a precision that suits their size', () => {
    expect(formatMs(1.234)).toBe('1.23');
    expect(formatMs(12.34)).toBe('12.3');
    expect(formatMs(1234.5)).toBe('1235');
  });

  it('names result files by their start time without colons', () => {
    expect(resultsFileName(new Date('2025-03-04T05:06:07.890Z'))).toBe('results-2025-03-04T05-06-07Z.json');
  });
});
