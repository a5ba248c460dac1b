// The Problems view's filter outlives the view: a user follows a problem to its element and comes
// back to the same filtered list. Another document starts unfiltered.

import { create } from 'zustand';
import { NO_FILTER, type ProblemFilter } from './problemFilters';

interface ProblemsUiState {
  filter: ProblemFilter;
  /** The document the filter belongs to. */
  documentKey: string | null;
  setFilter(filter: ProblemFilter): void;
  enterDocument(key: string): void;
}

export const useProblemsUi = create<ProblemsUiState>()((set, get) => ({
  filter: NO_FILTER,
  documentKey: null,
  setFilter: (filter) => set({ filter }),
  enterDocument(key) {
    if (get().documentKey !== key) set({ documentKey: key, filter: NO_FILTER });
  },
}));
