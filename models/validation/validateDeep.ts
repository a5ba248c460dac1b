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
  const steps: StepsOutcome[] = [];
  const lint: Problem[] = [];
  for (const [index, process] of project.processes.entries()) {
    if (options.pause && index > 0) await options.pause();
    const outcome = await cache.steps(process);
    steps.push(outcome);
    if (options.bpmnlint === true && outcome.ok) lint.push(...lintProblems(process, index, await cache.lint(process)));
  }
  return runRules(buildValidationContext(project, steps), lint);
}
