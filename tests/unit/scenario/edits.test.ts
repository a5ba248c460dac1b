// The scenario editor's document updates: each is one undo step, and a change that changes
// nothing makes none.
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmptyProject } from '../../../models/project/create';
import { createScenario, createStep } from '../../../models/scenario';
import { addScenario, deleteScenario, setScenarioText, setStepText, updateScenario } from '../../../renderer/features/scenarios/scenarioEdits';
import { useProjectStore } from '../../../renderer/store/projectStore';

const state = () => useProjectStore.getState();
const history = () => useProjectStore.temporal.getState();
const scenario = () => state().project!.scenarios[0]!;

describe('scenario edits', () => {
  beforeEach(() => {
    state().closeDocument();
    state().openDocument(createEmptyProject({ name: 'P', now: '2025-01-01T00:00:00.000Z' }), { name: 'p.convergence' });
    addScenario(createScenario(state().project!, 'Register a child'));
  });

  it('adds, edits and deletes a scenario, one undo step each', () => {
    expect(scenario().id).toBe('register-a-child');
    setScenarioText('register-a-child', 'objective', 'Pay the grant');
    expect(scenario().objective).toBe('Pay the grant');
    setScenarioText('register-a-child', 'objective', '');
    expect('objective' in scenario()).toBe(false);
    deleteScenario('register-a-child');
    expect(state().project!.scenarios).toEqual([]);
    state().undo();
    state().undo();
    expect(scenario().objective).toBe('Pay the grant');
    state().undo();
    state().undo();
    expect(state().project!.scenarios).toEqual([]);
  });

  it('makes no undo step for a change that changes nothing', () => {
    const before = history().pastStates.length;
    setScenarioText('register-a-child', 'trigger', '');
    updateScenario('register-a-child', (s) => s);
    updateScenario('no-such-scenario', (s) => ({ ...s, title: 'x' }));
    expect(history().pastStates.length).toBe(before);
  });

  it('replaces all steps in one undo step (fill from process) and edits a step text', () => {
    const steps = ['A', 'B', 'C'].map((title, i) => ({ ...createStep(scenario(), title), id: `s${i}` }));
    updateScenario('register-a-child', (s) => ({ ...s, steps }));
    setStepText('register-a-child', 's1', 'errorHandling', 'Retry once on timeout.');
    expect(scenario().steps[1]!.errorHandling).toBe('Retry once on timeout.');
    state().undo();
    expect(scenario().steps.map((s) => s.title)).toEqual(['A', 'B', 'C']);
    state().undo();
    expect(scenario().steps).toEqual([]);
  });
});
