// Which components and interactions a landscape filter keeps. A filter combines criteria with
// AND; each criterion names the interactions it keeps and the components are their endpoints
// (a component type criterion keeps components, and the interactions among kept components).

import { getComponentType, sensitivityRank } from '../catalog';
import type { Project, Sensitivity } from '../project/types';
import { highestSensitivity } from './facts';

export interface LandscapeFilter {
  /** Delivery-chain phase id: interactions linked from steps of that phase's processes. */
  phase?: string;
  /** Component type ids (an unknown type matches 'unknown'). */
  types?: readonly string[];
  /** Scenario id: interactions its steps perform. */
  scenario?: string;
  /** Interactions carrying data at or above this sensitivity. */
  minSensitivity?: 'personal' | 'sensitive';
}

/** Interaction ids each process's steps link, by process id (from models/process/steps). */
export type StepLinksByProcess = ReadonlyMap<string, readonly string[]>;

export interface FilterResult {
  components: Set<string>;
  interactions: Set<string>;
}

export function isFilterActive(filter: LandscapeFilter): boolean {
  return Boolean(filter.phase || filter.scenario || filter.minSensitivity || (filter.types && filter.types.length > 0));
}

/** The interactions linked from steps of processes of one delivery-chain phase. */
export function interactionsOfPhase(project: Project, phase: string, links: StepLinksByProcess): Set<string> {
  const ids = new Set<string>();
  for (const process of project.processes) {
    if (process.phase !== phase) continue;
    for (const id of links.get(process.id) ?? []) ids.add(id);
  }
  return ids;
}

export function interactionsOfScenario(project: Project, scenarioId: string): Set<string> {
  const scenario = project.scenarios.find((s) => s.id === scenarioId);
  return new Set(scenario?.steps.flatMap((step) => step.interactionIds) ?? []);
}

/** Highest sensitivity of the data each interaction carries (unknown elements ignored). */
export function sensitivityByInteraction(project: Project): Map<string, Sensitivity> {
  const elements = new Map(project.dataElements.map((d) => [d.id, d.sensitivity]));
  return new Map(
    project.interactions.map((i) => [i.id, highestSensitivity(i.dataElements.flatMap((d) => elements.get(d.elementId) ?? []))]),
  );
}

export const typeKey = (type: string): string => (getComponentType(type) ? type : 'unknown');

/** Components and interactions a filter keeps; with no criterion, everything. */
export function applyLandscapeFilter(project: Project, filter: LandscapeFilter, links: StepLinksByProcess = new Map()): FilterResult {
  const componentIds = new Set(project.components.map((c) => c.id));
  const interactionCriteria: Set<string>[] = [];
  if (filter.phase) interactionCriteria.push(interactionsOfPhase(project, filter.phase, links));
  if (filter.scenario) interactionCriteria.push(interactionsOfScenario(project, filter.scenario));
  if (filter.minSensitivity) {
    const min = sensitivityRank(filter.minSensitivity);
    const levels = sensitivityByInteraction(project);
    interactionCriteria.push(new Set([...levels].filter(([, level]) => sensitivityRank(level) >= min).map(([id]) => id)));
  }

  let components = new Set(componentIds);
  if (filter.types && filter.types.length > 0) {
    const wanted = new Set(filter.types);
    components = new Set(project.components.filter((c) => wanted.has(typeKey(c.type))).map((c) => c.id));
  }

  let interactions = new Set(
    project.interactions.filter((i) => componentIds.has(i.from) && componentIds.has(i.to) && interactionCriteria.every((set) => set.has(i.id))).map((i) => i.id),
  );
  if (interactionCriteria.length > 0) {
    const ends = new Set<string>();
    for (const i of project.interactions) if (interactions.has(i.id)) ends.add(i.from).add(i.to);
    components = new Set([...components].filter((id) => ends.has(id)));
  }
  // Interactions stay only between kept components.
  interactions = new Set(project.interactions.filter((i) => interactions.has(i.id) && components.has(i.from) && components.has(i.to)).map((i) => i.id));
  return { components, interactions };
}

/** Components and interactions whose name (or id, owner, product) contains the query. */
export function searchLandscape(project: Project, query: string): FilterResult {
  const needle = query.trim().toLowerCase();
  if (!needle) return { components: new Set(), interactions: new Set() };
  const has = (...texts: (string | undefined)[]) => texts.some((t) => t !== undefined && t.toLowerCase().includes(needle));
  return {
    components: new Set(project.components.filter((c) => has(c.name, c.id, c.ownerAgency, c.product)).map((c) => c.id)),
    interactions: new Set(project.interactions.filter((i) => has(i.name, i.id)).map((i) => i.id)),
  };
}
