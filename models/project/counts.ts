import { stepsOfProcess } from '../process/steps';
import { ENTITY_KINDS, type EntityKind, type Project } from './types';

export function countEntities(project: Project): Record<EntityKind, number> {
  const counts = {} as Record<EntityKind, number>;
  for (const kind of ENTITY_KINDS) counts[kind] = project[kind].length;
  return counts;
}

/**
 * Flow nodes (tasks, events, gateways, sub-processes) over all processes. Needs the BPMN parsed,
 * hence async; a process whose BPMN cannot be parsed counts 0 and is listed in `unreadable`.
 */
export async function countProcessSteps(project: Project): Promise<{ steps: number; unreadable: string[] }> {
  let steps = 0;
  const unreadable: string[] = [];
  for (const process of project.processes) {
    try {
      steps += (await stepsOfProcess(process)).steps.length;
    } catch {
      unreadable.push(process.id);
    }
  }
  return { steps, unreadable };
}
