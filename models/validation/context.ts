// What every rule reads, built once per validation run: indexes of the document by id, the steps
// of each process (when the BPMN has been read) and which steps link which interaction. Rules
// never re-scan the document for a lookup.

import type { StepInfo } from '../process/steps';
import type { ApiContract, Component, DataElement, EntityKind, Interaction, Process, Project } from '../project/types';
import { operationsOfContract, type ContractOperations } from './contractOperations';
import type { StepsOutcome } from './processCache';

export interface StepRef {
  processIndex: number;
  process: Process;
  step: StepInfo;
}

/** What the steps of one process link in the dictionary. */
export interface ProcessDataUse {
  /** The known data elements its steps link, with any usage (as they are in dataElementsById). */
  elements: ReadonlySet<DataElement>;
  /** True when some step links a data element id the dictionary does not have. */
  linksUnknownElement: boolean;
}

export interface ValidationContext {
  project: Project;
  /**
   * True when every process's BPMN has been read (processSteps is complete). The quick pass
   * leaves it false: rules then skip what needs steps instead of reporting a guess.
   */
  deep: boolean;
  componentsById: ReadonlyMap<string, Component>;
  interactionsById: ReadonlyMap<string, Interaction>;
  dataElementsById: ReadonlyMap<string, DataElement>;
  processesById: ReadonlyMap<string, Process>;
  contractsById: ReadonlyMap<string, ApiContract>;
  codeListIds: ReadonlySet<string>;
  /** How many interactions start or end at each component id. */
  interactionCountByComponent: ReadonlyMap<string, number>;
  /** Per process index: its steps or why they cannot be read; undefined in the quick pass. */
  processSteps: ReadonlyArray<StepsOutcome | undefined>;
  /** Steps whose cs:interactionRef names the interaction id. */
  stepsLinkingInteraction: ReadonlyMap<string, readonly StepRef[]>;
  /** Steps with cs:operationRef links, in process and step order. */
  stepsLinkingOperations: readonly StepRef[];
  /**
   * The operations of a contract of the project, read once per run (and cached per contract
   * text). Undefined for an unknown contract, and in the quick pass: reading a large contract is
   * deep work, like reading BPMN, and the quick pass runs on the renderer's main thread.
   */
  contractOperations(contractId: string): ContractOperations | undefined;
  /**
   * The data the steps of process `processIndex` link, worked out once per run on first use
   * (each link looked up once, then compared by object); nothing when its BPMN was not read.
   */
  dataUseOfProcess(processIndex: number): ProcessDataUse;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  // The first entity with an id wins, like the rest of the app resolves references.
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

export function buildValidationContext(project: Project, processSteps?: ReadonlyArray<StepsOutcome | undefined>): ValidationContext {
  const steps = processSteps ?? project.processes.map(() => undefined);
  const interactionCountByComponent = new Map<string, number>();
  const count = (end: string): void => {
    interactionCountByComponent.set(end, (interactionCountByComponent.get(end) ?? 0) + 1);
  };
  for (const interaction of project.interactions) {
    // An interaction from a component to itself counts once for it.
    count(interaction.from);
    if (interaction.to !== interaction.from) count(interaction.to);
  }
  const stepsLinkingInteraction = new Map<string, StepRef[]>();
  const stepsLinkingOperations: StepRef[] = [];
  // One walk over every step for both link indexes: a large project has tens of thousands.
  steps.forEach((outcome, processIndex) => {
    const process = project.processes[processIndex];
    if (!outcome?.ok || process === undefined) return;
    for (const step of outcome.steps) {
      if (step.operationRefs.length > 0) stepsLinkingOperations.push({ processIndex, process, step });
      const ids = step.interactionIds;
      for (let k = 0; k < ids.length; k++) {
        const interactionId = ids[k]!;
        // A step that names an interaction twice links it once.
        if (k > 0 && ids.indexOf(interactionId) < k) continue;
        const list = stepsLinkingInteraction.get(interactionId);
        const ref = { processIndex, process, step };
        if (list) list.push(ref);
        else stepsLinkingInteraction.set(interactionId, [ref]);
      }
    }
  });
  const contractsById = byId(project.apiContracts);
  const operations = new Map<string, ContractOperations>();
  const dataElementsById = byId(project.dataElements);
  const dataUse: Array<ProcessDataUse | undefined> = [];
  const deep = processSteps !== undefined && steps.every((outcome) => outcome !== undefined);
  return {
    project,
    deep,
    componentsById: byId(project.components),
    interactionsById: byId(project.interactions),
    dataElementsById,
    processesById: byId(project.processes),
    contractsById,
    codeListIds: new Set(project.codeLists.map((list) => list.id)),
    interactionCountByComponent,
    processSteps: steps,
    stepsLinkingInteraction,
    stepsLinkingOperations,
    contractOperations(contractId) {
      const known = operations.get(contractId);
      if (known) return known;
      const contract = contractsById.get(contractId);
      if (!contract || !deep) return undefined;
      const read = operationsOfContract(contract);
      operations.set(contractId, read);
      return read;
    },
    dataUseOfProcess(processIndex) {
      let use = dataUse[processIndex];
      if (!use) {
        const elements = new Set<DataElement>();
        let linksUnknownElement = false;
        const outcome = steps[processIndex];
        if (outcome?.ok) {
          for (const step of outcome.steps) {
            for (const ref of step.dataRefs) {
              const element = dataElementsById.get(ref.elementId);
              if (element === undefined) linksUnknownElement = true;
              else elements.add(element);
            }
          }
        }
        dataUse[processIndex] = use = { elements, linksUnknownElement };
      }
      return use;
    },
  };
}

export const targetOf = (kind: EntityKind, id: string): { kind: EntityKind; id: string } => ({ kind, id });

export const stepPath = (processIndex: number, elementId: string): string => `processes[${processIndex}].bpmn#${elementId}`;

/** "step 'Search household' (Task_search)", or "step Task_search" for an unnamed one. */
export function describeStep(step: Pick<StepInfo, 'name' | 'elementId'>): string {
  return step.name === '' ? `step ${step.elementId}` : `step '${step.name}' (${step.elementId})`;
}

/** "'Search household' (mis-searches-sr)". */
export const describeEntity = (entity: { id: string; name: string }): string => `'${entity.name}' (${entity.id})`;
