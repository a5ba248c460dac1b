// State of the Processes view that outlives a visit to it: the selected process, an import
// waiting for the user's choice of name and phase, and the open editor (so commands can flush
// its pending changes and export its diagram).

import { create } from 'zustand';

export interface PendingImport {
  fileName: string;
  xml: string;
  suggestedName: string;
  suggestedPhase: string;
  warnings: string[];
}

/** What the open editor offers to commands. */
export interface ActiveEditor {
  processId: string;
  /** Writes pending diagram changes to the document now. */
  flush(): Promise<void>;
  saveSvg(): Promise<string>;
}

/** A BPMN element to select and scroll to once its process is open (a followed problem). */
export interface RevealElement {
  processId: string;
  elementId: string;
}

interface ProcessUiState {
  selectedId: string | null;
  revealElement: RevealElement | null;
  pendingImport: PendingImport | null;
  editor: ActiveEditor | null;
  select(id: string | null): void;
  setPendingImport(pending: PendingImport | null): void;
  setEditor(editor: ActiveEditor | null): void;
  setRevealElement(reveal: RevealElement | null): void;
}

export const useProcessUi = create<ProcessUiState>()((set) => ({
  selectedId: null,
  pendingImport: null,
  editor: null,
  select: (selectedId) => set({ selectedId }),
  setPendingImport: (pendingImport) => set({ pendingImport }),
  setEditor: (editor) => set({ editor }),
  revealElement: null,
  setRevealElement: (revealElement) => set({ revealElement }),
}));
