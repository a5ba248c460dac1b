import { useEffect, useState } from 'react';
import type { Process } from '../../../models/project/types';
import { stepsOfProcess, type StepInfo } from '../../../models/process/steps';

export type ProcessStepsState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; steps: StepInfo[]; warnings: string[] }
  | { status: 'error'; message: string };

type Settled = Extract<ProcessStepsState, { status: 'ready' | 'error' }>;

// Reading steps parses the whole BPMN; stepsOfProcess keeps the parse per process object, and
// this keeps the settled state per object too, so the list, the detail and the scenarios share it.
const settledByProcess = new WeakMap<Process, Promise<Settled>>();

function warningText(warning: unknown): string {
  if (typeof warning === 'string') return warning;
  if (warning && typeof warning === 'object' && 'message' in warning) return String((warning as { message: unknown }).message);
  return String(warning);
}

/** The steps of a process, read from its BPMN (cached while the process is unchanged). */
export function loadProcessSteps(process: Process): Promise<Settled> {
  const cached = settledByProcess.get(process);
  if (cached) return cached;
  const pending: Promise<Settled> = stepsOfProcess(process).then(
    (result): Settled => ({ status: 'ready', steps: result.steps, warnings: result.warnings.map(warningText) }),
    (error: unknown): Settled => ({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
  settledByProcess.set(process, pending);
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
