// "Where used" for a data element: the process steps that link it (cs: extension in the BPMN),
// the interactions that carry it and the API schema properties mapped to it. References are by
// id, so renaming an entry breaks none of these; deleting one asks first, naming them.

import type { ProjectIndex } from '../queries/projectIndex';
import type { StepInfo } from '../process/steps';
import type { ApiContract, DataDirection, Interaction, Project, SchemaMapping } from '../project/types';

export interface ElementUsage {
  steps: StepInfo[];
  interactions: { interaction: Interaction; direction: DataDirection }[];
  mappings: { contract: ApiContract; mapping: SchemaMapping }[];
}

export function usageOfElement(project: Project, index: Pick<ProjectIndex, 'stepsUsingDataElement'> | null, elementId: string): ElementUsage {
  const interactions: ElementUsage['interactions'] = [];
  for (const interaction of project.interactions) {
    for (const carried of interaction.dataElements) {
      if (carried.elementId === elementId) interactions.push({ interaction, direction: carried.direction });
    }
  }
  const mappings: ElementUsage['mappings'] = [];
  for (const contract of project.apiContracts) {
    for (const mapping of contract.mappings ?? []) if (mapping.elementId === elementId) mappings.push({ contract, mapping });
  }
  return { steps: index ? index.stepsUsingDataElement(elementId) : [], interactions, mappings };
}

export function usageCount(usage: ElementUsage): number {
  return usage.steps.length + usage.interactions.length + usage.mappings.length;
}

/**
 * How many interactions and mappings refer to each element, for the table's "used" column. Steps
 * need the parsed BPMN and are counted from the index when one is at hand.
 */
export function referenceCounts(project: Project, index: Pick<ProjectIndex, 'steps'> | null): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const interaction of project.interactions) for (const carried of interaction.dataElements) bump(carried.elementId);
  for (const contract of project.apiContracts) for (const mapping of contract.mappings ?? []) bump(mapping.elementId);
  if (index) for (const step of index.steps) for (const ref of new Set(step.dataRefs.map((r) => r.elementId))) bump(ref);
  return counts;
}
