// Pure edits of the scenario list and of a scenario's steps, used by the scenario editor inside
// one undoable store update each. Ids are readable slugs, unique where they must be.

import { slugify, uniqueId } from '../project/ids';
import type { Project, Scenario, ScenarioStep } from '../project/types';

/** A new, empty scenario with an id derived from the title, unique in the project. */
export function createScenario(project: Project, title: string, processId?: string): Scenario {
  const id = uniqueId(slugify(title), new Set(project.scenarios.map((s) => s.id)));
  const scenario: Scenario = { id, title, actors: [], steps: [] };
  if (processId !== undefined) scenario.processId = processId;
  return scenario;
}

/** A copy of the scenario under a new id and the given title; step ids stay (they are per scenario). */
export function duplicateScenario(project: Project, scenario: Scenario, title: string): Scenario {
  const id = uniqueId(slugify(title), new Set(project.scenarios.map((s) => s.id)));
  return { ...structuredClone(scenario), id, title };
}

/** A new step with an id unique in the scenario. */
export function createStep(scenario: Scenario, title: string, bpmnElementId?: string): ScenarioStep {
  const id = uniqueId(slugify(bpmnElementId ?? title), new Set(scenario.steps.map((s) => s.id)));
  const step: ScenarioStep = { id, title, interactionIds: [] };
  if (bpmnElementId !== undefined) step.bpmnElementId = bpmnElementId;
  return step;
}

/** `items` with the item at `from` moved to index `to` (clamped); the same array when nothing moves. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(items.length - 1, to));
  if (from < 0 || from >= items.length || from === target) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item!);
  return next;
}
