// The Problems view's filter outlives the view: a user follows a problem to its element and comes
// back to the same filtered list. Another document starts unfiltered. Also the view's short-lived
// state that a problem's menu sets: the notice it shows ("Message copied") and where focus goes
// once the list is rebuilt after a rule change.

import { create } from 'zustand';
import { NO_FILTER, type ProblemFilter } from './problemFilters';

/**
 * After a rule change the problem's row is rendered anew (or not at all): focus goes to the row
 * of `key` if the problem is still listed, else to the row now at `index` (the one that took its
 * place), so a keyboard user keeps their place in the list.
 */
export interface FocusRequest {
  /** problemKey of the problem, null when it is known to leave the list (its rule turned off). */
  key: string | null;
  index: number;
}

export interface ProblemsNotice {
  text: string;
  /** Tells two equal notices apart, so repeating an action announces it again. */
  serial: number;
}

interface ProblemsUiState {
  filter: ProblemFilter;
  /** The document the filter belongs to. */
  documentKey: string | null;
  notice: ProblemsNotice | null;
  focusRequest: FocusRequest | null;
  setFilter(filter: ProblemFilter): void;
  enterDocument(key: string): void;
  showNotice(text: string): void;
  clearNotice(serial: number): void;
  requestFocus(request: FocusRequest | null): void;
}

export const useProblemsUi = create<ProblemsUiState>()((set, get) => ({
  filter: NO_FILTER,
  documentKey: null,
  notice: null,
  focusRequest: null,
  setFilter: (filter) => set({ filter }),
  enterDocument(key) {
    if (get().documentKey !== key) set({ documentKey: key, filter: NO_FILTER, notice: null, focusRequest: null });
  },
  showNotice: (text) => set({ notice: { text, serial: (get().notice?.serial ?? 0) + 1 } }),
  clearNotice(serial) {
    if (get().notice?.serial === serial) set({ notice: null });
  },
  requestFocus: (focusRequest) => set({ focusRequest }),
}));
