// Which part of the project an annex covers: everything, or the interactions and process of one
// scenario.

import type { Interaction, Project, Scenario } from '../project/types';
import type { StepInfo } from '../process/steps';
import { stepsOfProcess } from '../process/steps';
import type { PrivacyOptions } from './types';

export interface PrivacyScope {
  scenario?: Scenario;
  /** In project order. */
  interactions: Interaction[];
  /** The steps to screen (all processes, or the scenario's process); undefined when not parsed. */
  steps?: readonly StepInfo[];
}

export function resolveScope(project: Project, options: PrivacyOptions = {}): PrivacyScope {
  if (options.scenarioId === undefined) {
    return { interactions: project.interactions, ...(options.steps ? { steps: options.steps } : {}) };
  }
  const scenario = project.scenarios.find((candidate) => candidate.id === options.scenarioId);
  if (!scenario) return { interactions: [], ...(options.steps ? { steps: [] } : {}) };
  const used = new Set(scenario.steps.flatMap((step) => step.interactionIds));
  const interactions = project.interactions.filter((interaction) => used.has(interaction.id));
  const steps = options.steps
    ? options.steps.filter((step) => scenario.processId !== undefined && step.processId === scenario.processId)
    : undefined;
  return { scenario, interactions, ...(steps ? { steps } : {}) };
}

/**
 * The steps of every process of the project, for PrivacyOptions.steps, through the per-process
 * parse cache the validator and the views share. A process whose BPMN cannot be read contributes
 * no steps (the validator reports it).
 */
export async function collectProcessSteps(project: Project): Promise<StepInfo[]> {
  const perProcess = await Promise.all(
    project.processes.map((process) =>
      stepsOfProcess(process).then(
        (result) => result.steps,
        () => [] as StepInfo[],
      ),
    ),
  );
  return perProcess.flat();
}
