// What the landscape picture needs to know about the document, computed once per project:
// each interaction's timing class (for the edge style) and sensitivity, and the highest
// sensitivity each component takes part in. Pure; tested in tests/unit/features.

import { getInteractionPattern, sensitivityRank, type InteractionTiming } from '../catalog';
import type { DataElement, Interaction, Project, Sensitivity } from '../project/types';

export const EDGE_TIMINGS: readonly InteractionTiming[] = ['sync', 'async', 'event', 'batch', 'manual'];

/** The edge style of a pattern; an unknown pattern is drawn like a plain request. */
export function timingOf(patternId: string): InteractionTiming {
  return getInteractionPattern(patternId)?.timing ?? 'sync';
}

export function highestSensitivity(levels: Iterable<Sensitivity>): Sensitivity {
  let highest: Sensitivity = 'none';
  for (const level of levels) if (sensitivityRank(level) > sensitivityRank(highest)) highest = level;
  return highest;
}

export interface LandscapeFacts {
  /** Highest sensitivity of the data each interaction carries. */
  interactionSensitivity: ReadonlyMap<string, Sensitivity>;
  /** Highest sensitivity of any interaction a component initiates or provides. */
  componentSensitivity: ReadonlyMap<string, Sensitivity>;
  /** Number of interactions each component takes part in. */
  componentInteractionCount: ReadonlyMap<string, number>;
}

/** Like models/queries interactionSensitivity, with one element index for all interactions. */
function carriedSensitivity(interaction: Interaction, elementsById: ReadonlyMap<string, DataElement>): Sensitivity {
  return highestSensitivity(
    interaction.dataElements.flatMap((carried) => {
      const element = elementsById.get(carried.elementId);
      return element ? [element.sensitivity] : [];
    }),
  );
}

/** Documents are immutable: the facts of one document object never change, so compute them once. */
const factsCache = new WeakMap<Project, LandscapeFacts>();

export function landscapeFacts(project: Project): LandscapeFacts {
  let facts = factsCache.get(project);
  if (!facts) {
    facts = computeFacts(project);
    factsCache.set(project, facts);
  }
  return facts;
}

function computeFacts(project: Project): LandscapeFacts {
  const elementsById = new Map(project.dataElements.map((element) => [element.id, element]));
  const bySensitivity = new Map<string, Sensitivity>();
  const byComponent = new Map<string, Sensitivity>();
  const counts = new Map<string, number>();
  const raise = (componentId: string, level: Sensitivity) => {
    byComponent.set(componentId, highestSensitivity([byComponent.get(componentId) ?? 'none', level]));
  };
  for (const interaction of project.interactions) {
    const level = carriedSensitivity(interaction, elementsById);
    bySensitivity.set(interaction.id, level);
    for (const end of endsOf(interaction)) {
      raise(end, level);
      counts.set(end, (counts.get(end) ?? 0) + 1);
    }
  }
  return { interactionSensitivity: bySensitivity, componentSensitivity: byComponent, componentInteractionCount: counts };
}

/** The one or two components of an interaction (a component talking to itself counts once). */
function endsOf(interaction: Interaction): string[] {
  return interaction.from === interaction.to ? [interaction.from] : [interaction.from, interaction.to];
}
