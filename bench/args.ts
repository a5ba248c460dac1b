// Command line of `npm run bench -- [CASE...] [--sizes S,M,L] [--repeat N] [--seed N]`.

import { DEFAULT_SEED, SIZE_NAMES, type SizeName } from './generate';

export interface BenchOptions {
  /** Substrings of case names; empty means every case. */
  filters: string[];
  sizes: SizeName[];
  /** Timed repetitions for every size, overriding the per-size defaults. */
  repeat?: number;
  seed: number;
  help: boolean;
}

export const USAGE = `usage: npm run bench -- [CASE...] [--sizes S,M,L] [--repeat N] [--seed N]
  CASE        run only the cases whose name contains CASE (e.g. "open")
  --sizes     comma-separated project sizes to run (default S,M,L)
  --repeat    timed repetitions per measurement (default 5 for S and M, 3 for L)
  --seed      seed of the project generator (default ${DEFAULT_SEED})`;

function positiveInteger(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive integer, got '${value ?? ''}'`);
  return n;
}

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { filters: [], sizes: [...SIZE_NAMES], seed: DEFAULT_SEED, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--sizes': {
        const text = value() ?? '';
        const sizes = text.split(',').map((s) => s.trim().toUpperCase()).filter((s) => s.length > 0);
        const unknown = sizes.filter((s) => !SIZE_NAMES.includes(s as SizeName));
        if (sizes.length === 0 || unknown.length > 0) throw new Error(`--sizes takes a list of ${SIZE_NAMES.join(', ')}, got '${text}'`);
        options.sizes = SIZE_NAMES.filter((s) => sizes.includes(s));
        break;
      }
      case '--repeat':
        options.repeat = positiveInteger('--repeat', value());
        break;
      case '--seed':
        options.seed = positiveInteger('--seed', value());
        break;
      default:
        if (flag.startsWith('-')) throw new Error(`unknown option '${flag}'`);
        options.filters.push(flag);
    }
  }
  return options;
}

export const DEFAULT_REPETITIONS: Readonly<Record<SizeName, number>> = { S: 5, M: 5, L: 3 };
