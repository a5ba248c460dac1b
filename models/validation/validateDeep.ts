// The full validation: each process's BPMN read into steps (and linted with bpmnlint's
// recommended rules on request), then every rule over the whole document. Per-process results
// come from a ProcessResultCache, so re-validating after an edit re-reads only changed processes.

import type { Process, Project } from '../project/types';
import type { BpmnlintFinding } from './bpmnlint';
import { buildValidationContext } from './context';
import { runRules } from './engine';
import type { Problem } from './problem';
import { sharedProcessCache, type ProcessResultCache, type StepsOutcome } from './processCache';
import { bpmnlintRuleId } from './bpmnlintConfig';

export interface DeepValidationOptions {
  /**
   * Awaited between processes. A user interface on the main thread passes a macrotask
   * (setTimeout 0) so that the page keeps painting while a large project's BPMN is parsed.
   */
  pause?: () => Promise<void>;
  /**
   * Adds bpmnlint's recommended-rule findings as `bpmnlint/<rule>` problems. The command line
   * and the Problems view ask for them (FULL_VALIDATION); callers that only want the integrity
   * of the model leave them out.
   */
  bpmnlint?: boolean;
  /** Where parsed steps and lint findings are kept between runs; the shared cache by default. */
  cache?: ProcessResultCache;
  /**
   * Reads and lints the processes elsewhere, e.g. on worker threads (the command line's pool):
   * one outcome per process, in order, each what readProcessOutcome gives. Used for a cold
   * run; `cache` is then not consulted.
   */
  reader?: ProcessReader;
}

/** One process's share of the deep validation: its steps (or why its BPMN is unreadable) and bpmnlint's findings. */
export interface ProcessOutcome {
  steps: StepsOutcome;
  /** Empty when bpmnlint was not asked for or the BPMN is unreadable. */
  lint: BpmnlintFinding[];
}

export type ProcessReader = (processes: readonly Process[], options: { bpmnlint: boolean }) => Promise<ProcessOutcome[]>;

/** What a worker computes for one process: plain data, so it crosses a thread boundary as is. */
export async function readProcessOutcome(process: Process, bpmnlint: boolean, cache: ProcessResultCache = sharedProcessCache): Promise<ProcessOutcome> {
  const steps = await cache.steps(process);
  return { steps, lint: bpmnlint && steps.ok ? await cache.lint(process) : [] };
}

/** What `convergence validate` and the Problems view run: every rule, bpmnlint included. */
export const FULL_VALIDATION: Readonly<DeepValidationOptions> = { bpmnlint: true };

export function lintProblems(process: Process, processIndex: number, findings: readonly BpmnlintFinding[]): Problem[] {
  return findings.map((finding) => {
    const path = finding.elementId === undefined ? `processes[${processIndex}].bpmn` : `processes[${processIndex}].bpmn#${finding.elementId}`;
    const problem: Problem = {
      ruleId: bpmnlintRuleId(finding.rule),
      severity: finding.severity,
      message: `${path}: ${finding.message}`,
      path,
      target: { kind: 'processes', id: process.id },
    };
    if (finding.elementId !== undefined) problem.bpmnElementId = finding.elementId;
    return problem;
  });
}

/** validateProject plus everything that needs the BPMN, in a deterministic order, with rule overrides applied. */
export async function validateProjectDeep(project: Project, options: DeepValidationOptions = {}): Promise<Problem[]> {
  const cache = options.cache ?? sharedProcessCache;
  const bpmnlint = options.bpmnlint === true;
  let outcomes: ProcessOutcome[];
  if (options.reader) {
    outcomes = await options.reader(project.processes, { bpmnlint });
    if (outcomes.length !== project.processes.length) {
      throw new Error(`the process reader gave ${outcomes.length} outcomes for ${project.processes.length} processes`);
    }
  } else {
    outcomes = [];
    for (const [index, process] of project.processes.entries()) {
      if (options.pause && index > 0) await options.pause();
      outcomes.push(await readProcessOutcome(process, bpmnlint, cache));
    }
  }
  const lint = outcomes.flatMap((outcome, index) => lintProblems(project.processes[index]!, index, outcome.lint));
  return runRules(
    buildValidationContext(
      project,
      outcomes.map((outcome) => outcome.steps),
    ),
    lint,
  );
}
