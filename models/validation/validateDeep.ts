// Checks that need each process's BPMN parsed: it must be readable, and the cs: links of its
// steps must point at existing data elements, interactions, contracts and catalogue steps.

import { getDeliveryChainStep } from '../catalog';
import { DATA_USAGES } from '../process/csModdle';
import { stepsOfProcess, type StepInfo } from '../process/steps';
import type { Project } from '../project/types';
import { bpmnlintProblems } from './bpmnlint';
import type { Problem } from './problem';
import { applyRuleOverrides } from './rules';
import { brokenReference, collectDocumentProblems, ids, unknownCatalogId } from './validateProject';

const usages = new Set<string>(DATA_USAGES);

function describeStep(step: StepInfo): string {
  return step.name === '' ? `step ${step.elementId}` : `step '${step.name}' (${step.elementId})`;
}

function checkStepLinks(project: Project, processIndex: number, steps: readonly StepInfo[], problems: Problem[]): void {
  const process = project.processes[processIndex];
  if (process === undefined) return;
  const elementIds = ids(project.dataElements);
  const interactionIds = ids(project.interactions);
  const contractIds = ids(project.apiContracts);
  const target = { kind: 'processes' as const, id: process.id };
  for (const step of steps) {
    const path = `processes[${processIndex}].bpmn#${step.elementId}`;
    const what = describeStep(step);
    if (step.chainStep !== undefined && getDeliveryChainStep(step.chainStep) === undefined) {
      problems.push(unknownCatalogId(path, `${what} names unknown delivery-chain step '${step.chainStep}'`, target));
    }
    for (const ref of step.dataRefs) {
      if (!elementIds.has(ref.elementId)) {
        problems.push(brokenReference(path, `${what} links unknown data element '${ref.elementId}'`, target));
      }
      if (!usages.has(ref.usage)) {
        const expected = DATA_USAGES.join(', ');
        problems.push(unknownCatalogId(path, `${what} uses data element '${ref.elementId}' with unknown usage '${ref.usage}' (expected one of ${expected})`, target));
      }
    }
    for (const interactionId of step.interactionIds) {
      if (!interactionIds.has(interactionId)) {
        problems.push(brokenReference(path, `${what} links unknown interaction '${interactionId}'`, target));
      }
    }
    for (const ref of step.operationRefs) {
      if (!contractIds.has(ref.contractId)) {
        problems.push(brokenReference(path, `${what} links an operation of unknown API contract '${ref.contractId}'`, target));
      }
    }
  }
}

function checkScenarioElements(project: Project, stepsByProcess: ReadonlyMap<string, readonly StepInfo[]>, problems: Problem[]): void {
  project.scenarios.forEach((scenario, i) => {
    if (scenario.processId === undefined) return;
    const steps = stepsByProcess.get(scenario.processId);
    if (steps === undefined) return;
    const elementIds = new Set(steps.map((step) => step.elementId));
    scenario.steps.forEach((step, j) => {
      if (step.bpmnElementId !== undefined && !elementIds.has(step.bpmnElementId)) {
        problems.push(
          brokenReference(
            `scenarios[${i}].steps[${j}].bpmnElementId`,
            `unknown BPMN element '${step.bpmnElementId}' in process '${scenario.processId}'`,
            { kind: 'scenarios', id: scenario.id },
          ),
        );
      }
    });
  });
}

export interface DeepValidationOptions {
  /**
   * Awaited between processes. A user interface passes a macrotask (setTimeout 0) so that the
   * page keeps painting while a large project's BPMN is parsed; the command line needs none.
   */
  pause?: () => Promise<void>;
  /**
   * Adds bpmnlint's recommended-rule findings as `bpmnlint/<rule>` problems. Opt-in: the Problems
   * view asks for them; integrity checks (the command line's exit code) do not depend on
   * modelling style unless the caller wants it.
   */
  bpmnlint?: boolean;
}

/** validateProject plus the BPMN checks, in a deterministic order, with rule overrides applied. */
export async function validateProjectDeep(project: Project, options: DeepValidationOptions = {}): Promise<Problem[]> {
  const problems = collectDocumentProblems(project);
  const stepsByProcess = new Map<string, readonly StepInfo[]>();
  for (const [index, process] of project.processes.entries()) {
    if (options.pause && index > 0) await options.pause();
    const path = `processes[${index}].bpmn`;
    const target = { kind: 'processes' as const, id: process.id };
    try {
      const { steps, warnings } = await stepsOfProcess(process);
      for (const warning of warnings) {
        problems.push({ ruleId: 'bpmn-warning', severity: 'warning', message: `${path}: ${warning}`, path, target });
      }
      checkStepLinks(project, index, steps, problems);
      if (options.bpmnlint === true) problems.push(...(await bpmnlintProblems(process, index)));
      if (!stepsByProcess.has(process.id)) stepsByProcess.set(process.id, steps);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push({ ruleId: 'bpmn-parse-error', severity: 'error', message: `${path}: ${reason}`, path, target });
    }
  }
  checkScenarioElements(project, stepsByProcess, problems);
  return applyRuleOverrides(problems, project.settings.rules);
}
