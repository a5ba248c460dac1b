// View state of the data dictionary that outlives the view's mounting: the selected entry (so a
// "where used" link from elsewhere can open it), the tab, the filters, and an import waiting for
// its mapping dialog (a File › Import command reads the file, then switches to this view).

import { create } from 'zustand';
import type { SheetTable } from '../../../models/dictionary/xlsx';
import { NO_FILTERS, type DictionaryFilters, type DictionarySort } from './dictionaryTable';

export type DictionaryTab = 'elements' | 'codeLists';

export interface PendingImport {
  fileName: string;
  /** One table for CSV, one per worksheet for XLSX. */
  tables: SheetTable[];
  /** Set when the file could not be read as a table at all. */
  error?: string;
  /** What the rows become: data elements (the default) or code values. */
  target?: ImportTarget;
}

export type ImportTarget = 'elements' | 'codeLists';

interface DictionaryUiState {
  tab: DictionaryTab;
  selectedElementId: string | null;
  selectedCodeListId: string | null;
  filters: DictionaryFilters;
  sort: DictionarySort;
  groupByCategory: boolean;
  pendingImport: PendingImport | null;
  catalogOpen: boolean;
  set(patch: Partial<Omit<DictionaryUiState, 'set'>>): void;
}

export const useDictionaryUi = create<DictionaryUiState>()((set) => ({
  tab: 'elements',
  selectedElementId: null,
  selectedCodeListId: null,
  filters: NO_FILTERS,
  sort: { column: 'name', direction: 'ascending' },
  groupByCategory: false,
  pendingImport: null,
  catalogOpen: false,
  set(patch) {
    set(patch);
  },
}));
