// One walk over the document for the two reference rules, `broken-reference` and
// `unknown-catalog-id`: both look at the same fields, and reporting them together keeps the
// problems of one entity in document order. Done once per context.

import { CUSTOM_COMPONENT_TYPE, getComponentType, getDeliveryChainPhase, getDeliveryChainStep, getInteractionPattern, getLegalBasis } from '../catalog';
import { DATA_USAGES } from '../process/csModdle';
import type { StepInfo } from '../process/steps';
import { findContractOperation, describeOperationRef } from './contractOperations';
import { describeStep, stepPath, targetOf, type ValidationContext } from './context';
import { carriedData } from './dataFlows';
import type { Problem } from './problem';
import { report } from './rule';

export const BROKEN_REFERENCE = { id: 'broken-reference', defaultSeverity: 'error' } as const;
export const UNKNOWN_CATALOG_ID = { id: 'unknown-catalog-id', defaultSeverity: 'warning' } as const;

const usages = new Set<string>(DATA_USAGES);

export const brokenReference = (path: string, detail: string, target?: Problem['target'], bpmnElementId?: string): Problem =>
  report(BROKEN_REFERENCE, path, detail, target, bpmnElementId);

export const unknownCatalogId = (path: string, detail: string, target?: Problem['target'], bpmnElementId?: string): Problem =>
  report(UNKNOWN_CATALOG_ID, path, detail, target, bpmnElementId);

function checkComponents(context: ValidationContext, out: Problem[]): void {
  context.project.components.forEach((component, i) => {
    if (component.type !== CUSTOM_COMPONENT_TYPE && getComponentType(component.type) === undefined) {
      out.push(unknownCatalogId(`components[${i}].type`, `unknown component type '${component.type}'`, targetOf('components', component.id)));
    }
  });
}

function checkInteractions(context: ValidationContext, out: Problem[]): void {
  // What the interactions carry is looked up once for every rule: an interaction carrying as
  // many known elements as it lists has no unknown one.
  const carriedByIndex = carriedData(context);
  context.project.interactions.forEach((interaction, i) => {
    const at = `interactions[${i}]`;
    const self = targetOf('interactions', interaction.id);
    // An empty end is `interaction-endpoint`'s business: there is no reference to break.
    if (interaction.from !== '' && !context.componentsById.has(interaction.from)) {
      out.push(brokenReference(`${at}.from`, `unknown component '${interaction.from}'`, self));
    }
    if (interaction.to !== '' && !context.componentsById.has(interaction.to)) {
      out.push(brokenReference(`${at}.to`, `unknown component '${interaction.to}'`, self));
    }
    if (getInteractionPattern(interaction.pattern) === undefined) {
      out.push(unknownCatalogId(`${at}.pattern`, `unknown interaction pattern '${interaction.pattern}'`, self));
    }
    if (carriedByIndex[i]!.all.length < interaction.dataElements.length) {
      interaction.dataElements.forEach((carried, j) => {
        if (!context.dataElementsById.has(carried.elementId)) {
          out.push(brokenReference(`${at}.dataElements[${j}].elementId`, `unknown data element '${carried.elementId}'`, self));
        }
      });
    }
    if (interaction.apiOperation !== undefined && !context.contractsById.has(interaction.apiOperation.contractId)) {
      out.push(brokenReference(`${at}.apiOperation.contractId`, `unknown API contract '${interaction.apiOperation.contractId}'`, self));
    }
    if (interaction.legalBasis !== undefined && getLegalBasis(interaction.legalBasis) === undefined) {
      out.push(unknownCatalogId(`${at}.legalBasis`, `unknown legal basis '${interaction.legalBasis}'`, self));
    }
  });
}

function checkProcessPhases(context: ValidationContext, out: Problem[]): void {
  context.project.processes.forEach((process, i) => {
    if (getDeliveryChainPhase(process.phase) !== undefined) return;
    const step = getDeliveryChainStep(process.phase);
    const hint = step === undefined ? '' : ` ('${process.phase}' is a delivery-chain step; its phase is '${step.phase}')`;
    out.push(unknownCatalogId(`processes[${i}].phase`, `unknown delivery-chain phase '${process.phase}'${hint}`, targetOf('processes', process.id)));
  });
}

/**
 * True when any link of the step needs a report (checked first, cheaply: plain loops, no
 * closures). `elementsKnown`: every data element its process links exists.
 */
function problemsOfStep(context: ValidationContext, step: StepInfo, elementsKnown: boolean): boolean {
  if (step.chainStep !== undefined && getDeliveryChainStep(step.chainStep) === undefined) return true;
  for (const ref of step.dataRefs) if (!usages.has(ref.usage) || (!elementsKnown && !context.dataElementsById.has(ref.elementId))) return true;
  for (const id of step.interactionIds) if (!context.interactionsById.has(id)) return true;
  for (const ref of step.operationRefs) if (!context.contractsById.has(ref.contractId)) return true;
  return false;
}

function checkStepLinks(context: ValidationContext, processIndex: number, steps: readonly StepInfo[], out: Problem[]): void {
  const process = context.project.processes[processIndex];
  if (process === undefined) return;
  const target = targetOf('processes', process.id);
  const elementsKnown = !context.dataUseOfProcess(processIndex).linksUnknownElement;
  for (const step of steps) {
    // Most steps are fine: the path and the description are only built for a problem.
    if (!problemsOfStep(context, step, elementsKnown)) continue;
    const at = step.elementId;
    const path = stepPath(processIndex, step.elementId);
    const what = describeStep(step);
    if (step.chainStep !== undefined && getDeliveryChainStep(step.chainStep) === undefined) {
      out.push(unknownCatalogId(path, `${what} names unknown delivery-chain step '${step.chainStep}'`, target, at));
    }
    for (const ref of step.dataRefs) {
      if (!context.dataElementsById.has(ref.elementId)) {
        out.push(brokenReference(path, `${what} links unknown data element '${ref.elementId}'`, target, at));
      }
      if (!usages.has(ref.usage)) {
        const expected = DATA_USAGES.join(', ');
        out.push(unknownCatalogId(path, `${what} uses data element '${ref.elementId}' with unknown usage '${ref.usage}' (expected one of ${expected})`, target, at));
      }
    }
    for (const interactionId of step.interactionIds) {
      if (!context.interactionsById.has(interactionId)) {
        out.push(brokenReference(path, `${what} links unknown interaction '${interactionId}'`, target, at));
      }
    }
    for (const ref of step.operationRefs) {
      if (!context.contractsById.has(ref.contractId)) {
        out.push(brokenReference(path, `${what} links an operation of unknown API contract '${ref.contractId}'`, target, at));
      }
    }
  }
}

function checkDataElements(context: ValidationContext, out: Problem[]): void {
  context.project.dataElements.forEach((element, i) => {
    if (element.codeListId !== undefined && !context.codeListIds.has(element.codeListId)) {
      out.push(brokenReference(`dataElements[${i}].codeListId`, `unknown code list '${element.codeListId}'`, targetOf('dataElements', element.id)));
    }
  });
}

/** Schema mappings name a data element and an operation of their own contract. */
function checkMappings(context: ValidationContext, out: Problem[]): void {
  context.project.apiContracts.forEach((contract, i) => {
    const self = targetOf('apiContracts', contract.id);
    const mappings = contract.mappings ?? [];
    if (mappings.length === 0) return;
    const read = context.contractOperations(contract.id);
    mappings.forEach((mapping, j) => {
      const at = `apiContracts[${i}].mappings[${j}]`;
      if (!context.dataElementsById.has(mapping.elementId)) {
        out.push(brokenReference(`${at}.elementId`, `mapping of ${mapping.pointer} names unknown data element '${mapping.elementId}'`, self));
      }
      // An unreadable contract is reported by the contracts view; its mappings cannot be judged.
      if (read?.ok === true && findContractOperation(read, mapping) === undefined) {
        out.push(brokenReference(at, `mapping of ${mapping.pointer} names ${describeOperationRef(mapping)}, which the contract does not define`, self));
      }
    });
  });
}

/**
 * The BPMN element ids of the steps of the process with the id: the first process with that id
 * whose BPMN was read. Only the processes scenarios name are looked at, each once.
 */
function scenarioStepIds(context: ValidationContext): (processId: string) => Set<string> | undefined {
  let readIndexById: Map<string, number> | undefined;
  const known = new Map<string, Set<string>>();
  return (processId) => {
    if (!readIndexById) {
      readIndexById = new Map();
      const processes = context.project.processes;
      for (let i = 0; i < processes.length; i++) {
        const id = processes[i]!.id;
        if (context.processSteps[i]?.ok && !readIndexById.has(id)) readIndexById.set(id, i);
      }
    }
    let ids = known.get(processId);
    if (ids === undefined) {
      const index = readIndexById.get(processId);
      const outcome = index === undefined ? undefined : context.processSteps[index];
      if (!outcome?.ok) return undefined;
      ids = new Set(outcome.steps.map((step) => step.elementId));
      known.set(processId, ids);
    }
    return ids;
  };
}

function checkScenarios(context: ValidationContext, out: Problem[]): void {
  const stepIdsOf = scenarioStepIds(context);
  context.project.scenarios.forEach((scenario, i) => {
    const self = targetOf('scenarios', scenario.id);
    if (scenario.processId !== undefined && !context.processesById.has(scenario.processId)) {
      out.push(brokenReference(`scenarios[${i}].processId`, `unknown process '${scenario.processId}'`, self));
    }
    scenario.steps.forEach((step, j) => {
      step.interactionIds.forEach((interactionId, k) => {
        if (!context.interactionsById.has(interactionId)) {
          out.push(brokenReference(`scenarios[${i}].steps[${j}].interactionIds[${k}]`, `unknown interaction '${interactionId}'`, self));
        }
      });
    });
    const elementIds = scenario.processId === undefined ? undefined : stepIdsOf(scenario.processId);
    if (elementIds === undefined) return;
    scenario.steps.forEach((step, j) => {
      if (step.bpmnElementId !== undefined && !elementIds.has(step.bpmnElementId)) {
        out.push(brokenReference(`scenarios[${i}].steps[${j}].bpmnElementId`, `unknown BPMN element '${step.bpmnElementId}' in process '${scenario.processId}'`, self));
      }
    });
  });
}

const walks = new WeakMap<ValidationContext, Problem[]>();

/** Both rules' problems in document order, computed once per context. */
export function referenceProblems(context: ValidationContext): Problem[] {
  let problems = walks.get(context);
  if (problems) return problems;
  problems = [];
  checkComponents(context, problems);
  checkInteractions(context, problems);
  checkProcessPhases(context, problems);
  context.processSteps.forEach((outcome, index) => {
    if (outcome?.ok) checkStepLinks(context, index, outcome.steps, problems!);
  });
  checkDataElements(context, problems);
  checkMappings(context, problems);
  checkScenarios(context, problems);
  walks.set(context, problems);
  return problems;
}
