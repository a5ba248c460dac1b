// The contract of one benchmark case. A case runs in a fresh child process (bench/child.ts) so
// that its peak memory is its own; `prepare` is not timed, `subject` and `baseline` are.

import type { SizeName } from '../generate';

export interface CaseInput {
  /** The serialized project of this size (a `.convergence` file). */
  file: string;
  /** A private folder the case may write into (removed with the whole bench folder). */
  workDir: string;
  size: SizeName;
}

export type Variant = 'subject' | 'baseline';

export interface BenchCase<State = unknown> {
  /** Short name used on the command line (`npm run bench -- open`) and in result files. */
  name: string;
  description: string;
  /** Column label of the measured work, e.g. "open". */
  subjectLabel: string;
  /** Column label of the reference work, e.g. "JSON.parse"; absent when nothing compares. */
  baselineLabel?: string;
  /** Untimed preparation inside the child, before warm-up, for the given variant. */
  prepare(input: CaseInput, variant: Variant): Promise<State>;
  /** The timed work; its result is kept alive until the heap is measured. */
  subject(state: State): Promise<unknown>;
  baseline?(state: State): Promise<unknown>;
  /** Timed repetitions per size when the defaults (5 for S and M, 3 for L) do not suit. */
  repetitions?: Partial<Record<SizeName, number>>;
}

/** Lets the registry hold cases of different state types. */
export function defineCase<State>(benchCase: BenchCase<State>): BenchCase<unknown> {
  return benchCase as unknown as BenchCase<unknown>;
}
