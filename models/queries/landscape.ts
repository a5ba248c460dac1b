// Questions the landscape and privacy views ask of a project.

import { sensitivityRank } from '../catalog';
import type { Component, DataElement, Interaction, Project, Sensitivity } from '../project/types';

/** Components grouped by type id, groups and members in document order. */
export function componentsByType(project: Project): Map<string, Component[]> {
  const groups = new Map<string, Component[]>();
  for (const component of project.components) {
    const group = groups.get(component.type);
    if (group === undefined) groups.set(component.type, [component]);
    else group.push(component);
  }
  return groups;
}

/** Interactions the component initiates (outgoing) and serves (incoming), in document order. */
export function interactionsOfComponent(project: Project, componentId: string): { outgoing: Interaction[]; incoming: Interaction[] } {
  return {
    outgoing: project.interactions.filter((interaction) => interaction.from === componentId),
    incoming: project.interactions.filter((interaction) => interaction.to === componentId),
  };
}

const SENSITIVITY_BY_RANK: readonly Sensitivity[] = ['none', 'personal', 'sensitive'];

function highestSensitivity(interaction: Interaction, elementsById: ReadonlyMap<string, DataElement>): Sensitivity {
  let highest = 0;
  for (const carried of interaction.dataElements) {
    const element = elementsById.get(carried.elementId);
    if (element !== undefined) highest = Math.max(highest, sensitivityRank(element.sensitivity));
  }
  return SENSITIVITY_BY_RANK[highest] ?? 'none';
}

const elementMap = (project: Project): Map<string, DataElement> =>
  new Map(project.dataElements.map((element) => [element.id, element]));

/** The highest sensitivity among the data elements an interaction carries (unknown ids ignored). */
export function interactionSensitivity(project: Project, interaction: Interaction): Sensitivity {
  return highestSensitivity(interaction, elementMap(project));
}

/** Interactions carrying at least one element of sensitivity `min` or higher. */
export function interactionsCarrying(project: Project, min: 'personal' | 'sensitive'): Interaction[] {
  const elementsById = elementMap(project);
  const threshold = sensitivityRank(min);
  return project.interactions.filter(
    (interaction) => sensitivityRank(highestSensitivity(interaction, elementsById)) >= threshold,
  );
}
