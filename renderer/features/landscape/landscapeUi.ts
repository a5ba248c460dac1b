// The landscape editor's view state (selection, filter, requests from menu commands). Not part
// of the document, so not undoable; kept in a small store so the feature's commands (loaded
// with the shell) can reach the editor (loaded with the view) without importing React Flow.

import { create } from 'zustand';
import type { EdgeRoute } from '../../../models/landscape/elkGraph';
import type { LandscapeFilter } from '../../../models/landscape/filters';

export interface LandscapeSelection {
  components: readonly string[];
  interactions: readonly string[];
}

export type LayoutScope = 'all' | 'selection';

interface LandscapeUiState {
  selection: LandscapeSelection;
  filter: LandscapeFilter;
  /** Hide what the filter leaves out instead of dimming it. */
  hideFiltered: boolean;
  /** Counters the editor watches: each increment is one request. */
  searchRequest: number;
  fitRequest: number;
  layoutRequest: { scope: LayoutScope; serial: number } | null;
  /**
   * Edge routes from the last auto-layouts, by interaction id. An edge uses its route only while
   * both cards are where that layout put them (checked when drawing), so a move, an undo or a
   * later edit brings back the curve without any bookkeeping here.
   */
  routes: ReadonlyMap<string, EdgeRoute>;
  addRoutes(routes: Iterable<[string, EdgeRoute]>): void;
  /**
   * Counts changes that move (nearly) every card at once, such as an auto-layout; the editor
   * then draws the edges again over a few frames (see useStagedEdges) instead of in one task.
   */
  edgeStage: number;
  restageEdges(): void;
  /** The document the state belongs to; another document starts with a clean view. */
  documentKey: string | null;
  enterDocument(key: string): void;
  setSelection(selection: LandscapeSelection): void;
  setFilter(filter: LandscapeFilter): void;
  setHideFiltered(hide: boolean): void;
  requestSearch(): void;
  requestFit(): void;
  requestLayout(scope: LayoutScope): void;
}

export const EMPTY_SELECTION: LandscapeSelection = { components: [], interactions: [] };

export const useLandscapeUi = create<LandscapeUiState>()((set, get) => ({
  selection: EMPTY_SELECTION,
  filter: {},
  hideFiltered: false,
  searchRequest: 0,
  fitRequest: 0,
  layoutRequest: null,
  routes: new Map(),
  addRoutes(routes) {
    set((state) => ({ routes: new Map([...state.routes, ...routes]) }));
  },
  edgeStage: 0,
  restageEdges() {
    set((state) => ({ edgeStage: state.edgeStage + 1 }));
  },
  documentKey: null,
  enterDocument(key) {
    if (get().documentKey === key) return;
    set({ documentKey: key, selection: EMPTY_SELECTION, filter: {}, hideFiltered: false, routes: new Map() });
  },
  setSelection(selection) {
    const current = get().selection;
    if (sameList(current.components, selection.components) && sameList(current.interactions, selection.interactions)) return;
    set({ selection });
  },
  setFilter(filter) {
    set({ filter });
  },
  setHideFiltered(hideFiltered) {
    set({ hideFiltered });
  },
  requestSearch() {
    set((state) => ({ searchRequest: state.searchRequest + 1 }));
  },
  requestFit() {
    set((state) => ({ fitRequest: state.fitRequest + 1 }));
  },
  requestLayout(scope) {
    set((state) => ({ layoutRequest: { scope, serial: (state.layoutRequest?.serial ?? 0) + 1 } }));
  },
}));

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
