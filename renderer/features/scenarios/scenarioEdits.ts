// Document updates of the scenario editor. Each call is one undo step of the project store.

import type { Project, Scenario, ScenarioStep } from '../../../models/project/types';
import { useProjectStore } from '../../store/projectStore';

/** Replaces one scenario through `recipe`; no undo step when the recipe changes nothing. */
export function updateScenario(id: string, recipe: (scenario: Scenario) => Scenario): void {
  useProjectStore.getState().updateProject((project) => {
    let changed = false;
    const scenarios = project.scenarios.map((scenario) => {
      if (scenario.id !== id) return scenario;
      const next = recipe(scenario);
      if (next !== scenario) changed = true;
      return next;
    });
    return changed ? { ...project, scenarios } : project;
  });
}

/** Sets (or, for an empty text, removes) an optional text field of a scenario. */
export function setScenarioText(
  id: string,
  field: 'objective' | 'trigger' | 'prerequisites' | 'inputs' | 'outputs' | 'controlPoints',
  value: string,
): void {
  updateScenario(id, (scenario) => {
    if ((scenario[field] ?? '') === value) return scenario;
    const next = { ...scenario };
    if (value.trim() === '') delete next[field];
    else next[field] = value;
    return next;
  });
}

export function updateStep(scenarioId: string, stepId: string, recipe: (step: ScenarioStep) => ScenarioStep): void {
  updateScenario(scenarioId, (scenario) => {
    let changed = false;
    const steps = scenario.steps.map((step) => {
      if (step.id !== stepId) return step;
      const next = recipe(step);
      if (next !== step) changed = true;
      return next;
    });
    return changed ? { ...scenario, steps } : scenario;
  });
}

export function setStepText(
  scenarioId: string,
  stepId: string,
  field: 'notes' | 'preconditions' | 'postconditions' | 'errorHandling',
  value: string,
): void {
  updateStep(scenarioId, stepId, (step) => {
    if ((step[field] ?? '') === value) return step;
    const next = { ...step };
    if (value.trim() === '') delete next[field];
    else next[field] = value;
    return next;
  });
}

export function addScenario(scenario: Scenario): void {
  useProjectStore.getState().updateProject((project: Project) => ({ ...project, scenarios: [...project.scenarios, scenario] }));
}

export function deleteScenario(id: string): void {
  useProjectStore.getState().updateProject((project) => ({ ...project, scenarios: project.scenarios.filter((s) => s.id !== id) }));
}
