import { useEffect, useState } from 'react';
import type { Process } from '../../../models/project/types';
import { readProcessSteps, type StepInfo } from '../../../models/process/steps';

export type ProcessStepsState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; steps: StepInfo[]; warnings: string[] }
  | { status: 'error'; message: string };

type Settled = Extract<ProcessStepsState, { status: 'ready' | 'error' }>;

// Reading steps parses the whole BPMN, so results are kept per (process, XML) for the views
// that ask again (list, detail, scenarios). A handful of entries is enough: the XML changes
// on every edit and old entries are never asked for again.
const CACHE_LIMIT = 24;
const cache = new Map<string, Promise<Settled>>();

function cacheKey(process: Process): string {
  return `${process.id}\u0000${process.bpmn}`;
}

function warningText(warning: unknown): string {
  if (typeof warning === 'string') return warning;
  if (warning && typeof warning === 'object' && 'message' in warning) return String((warning as { message: unknown }).message);
  return String(warning);
}

/** The steps of a process, read from its BPMN (cached while the XML is unchanged). */
export function loadProcessSteps(process: Process): Promise<Settled> {
  const key = cacheKey(process);
  const cached = cache.get(key);
  if (cached) return cached;
  const pending: Promise<Settled> = readProcessSteps(process.id, process.bpmn).then(
    (result): Settled => ({ status: 'ready', steps: result.steps, warnings: result.warnings.map(warningText) }),
    (error: unknown): Settled => ({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
  cache.set(key, pending);
  if (cache.size > CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return pending;
}

export function useProcessSteps(process: Process | undefined): ProcessStepsState {
  const [state, setState] = useState<ProcessStepsState>({ status: process ? 'loading' : 'none' });
  useEffect(() => {
    if (!process) {
      setState({ status: 'none' });
      return;
    }
    let current = true;
    setState({ status: 'loading' });
    void loadProcessSteps(process).then((result) => {
      if (current) setState(result);
    });
    return () => {
      current = false;
    };
  }, [process]);
  return state;
}

/** Steps of every process, for lists that show a count per process. */
export function useAllProcessSteps(processes: readonly Process[]): ReadonlyMap<string, ProcessStepsState> {
  const [states, setStates] = useState<ReadonlyMap<string, ProcessStepsState>>(new Map());
  useEffect(() => {
    let current = true;
    setStates(new Map(processes.map((p) => [p.id, { status: 'loading' } as ProcessStepsState])));
    for (const process of processes) {
      void loadProcessSteps(process).then((result) => {
        if (!current) return;
        setStates((previous) => new Map(previous).set(process.id, result));
      });
    }
    return () => {
      current = false;
    };
  }, [processes]);
  return states;
}
