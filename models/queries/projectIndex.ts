// An index over a project and its parsed BPMN: which steps use a data element, which perform an
// interaction, and entities by id. Built once per document version; rebuilding is the caller's job.

import { stepsOfProcess, type StepInfo } from '../process/steps';
import type { Component, DataElement, Interaction, Process, Project } from '../project/types';

export interface ProjectIndex {
  /** Every step of every process, processes in document order. */
  steps: StepInfo[];
  stepsOfProcess(processId: string): StepInfo[];
  stepsUsingDataElement(dataElementId: string): StepInfo[];
  stepsPerformingInteraction(interactionId: string): StepInfo[];
  dataElementById: ReadonlyMap<string, DataElement>;
  componentById: ReadonlyMap<string, Component>;
  interactionById: ReadonlyMap<string, Interaction>;
  processById: ReadonlyMap<string, Process>;
  /** Processes whose BPMN could not be read, with the reason; their steps are missing. */
  unreadableProcesses: { processId: string; message: string }[];
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const existing = map.get(key);
  if (existing === undefined) map.set(key, [value]);
  else if (existing[existing.length - 1] !== value) existing.push(value);
}

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
};

export async function buildProjectIndex(project: Project): Promise<ProjectIndex> {
  const steps: StepInfo[] = [];
  const unreadableProcesses: ProjectIndex['unreadableProcesses'] = [];
  const byProcess = new Map<string, StepInfo[]>();
  const byDataElement = new Map<string, StepInfo[]>();
  const byInteraction = new Map<string, StepInfo[]>();

  for (const process of project.processes) {
    let processSteps: StepInfo[];
    try {
      processSteps = (await stepsOfProcess(process)).steps;
    } catch (error) {
      unreadableProcesses.push({ processId: process.id, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    for (const step of processSteps) {
      steps.push(step);
      addTo(byProcess, process.id, step);
      for (const ref of step.dataRefs) addTo(byDataElement, ref.elementId, step);
      for (const interactionId of step.interactionIds) addTo(byInteraction, interactionId, step);
    }
  }

  return {
    steps,
    stepsOfProcess: (processId) => [...(byProcess.get(processId) ?? [])],
    stepsUsingDataElement: (dataElementId) => [...(byDataElement.get(dataElementId) ?? [])],
    stepsPerformingInteraction: (interactionId) => [...(byInteraction.get(interactionId) ?? [])],
    dataElementById: byId(project.dataElements),
    componentById: byId(project.components),
    interactionById: byId(project.interactions),
    processById: byId(project.processes),
    unreadableProcesses,
  };
}
