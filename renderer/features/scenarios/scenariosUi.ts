// The Scenarios view's own state, outside the document: which scenario and tab are open and the
// walkthrough in progress. A store (not component state) so the walkthrough command of the menu
// and the reveal requests of the Problems view reach the view.

import { create } from 'zustand';

export type ScenarioTab = 'details' | 'steps' | 'sequence' | 'table';

export interface Walkthrough {
  scenarioId: string;
  stepIndex: number;
  notes: boolean;
}

interface ScenariosUiState {
  selectedId: string | null;
  tab: ScenarioTab;
  /** The step to bring into view in the Steps tab (from a reveal request or a new step). */
  focusStepId: string | null;
  walkthrough: Walkthrough | null;
  select(id: string | null): void;
  setTab(tab: ScenarioTab): void;
  focusStep(stepId: string | null): void;
  startWalkthrough(scenarioId: string, stepIndex?: number): void;
  setWalkthrough(walkthrough: Walkthrough | null): void;
}

export const useScenariosUi = create<ScenariosUiState>()((set) => ({
  selectedId: null,
  tab: 'steps',
  focusStepId: null,
  walkthrough: null,
  select: (id) => set({ selectedId: id }),
  setTab: (tab) => set({ tab }),
  focusStep: (stepId) => set({ focusStepId: stepId }),
  startWalkthrough: (scenarioId, stepIndex = 0) => set({ selectedId: scenarioId, walkthrough: { scenarioId, stepIndex, notes: false } }),
  setWalkthrough: (walkthrough) => set({ walkthrough }),
}));
