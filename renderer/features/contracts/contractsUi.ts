// View state of the contracts view that outlives its mounting: the selected contract and
// operation (so a link from the dictionary's "where used" or an interaction can open them) and
// an import in progress.

import { create } from 'zustand';
import type { PendingFolder } from './contractImport';

export interface ContractImportProgress {
  fileName: string;
  /** Bytes of text being parsed, for the progress message. */
  size: number;
}

interface ContractsUiState {
  selectedContractId: string | null;
  /** "METHOD path" of the operation to show open. */
  selectedOperation: string | null;
  importing: ContractImportProgress | null;
  /** A picked folder whose entry documents the user chooses from. */
  pendingFolder: PendingFolder | null;
  set(patch: Partial<Omit<ContractsUiState, 'set'>>): void;
}

export const useContractsUi = create<ContractsUiState>()((set) => ({
  selectedContractId: null,
  selectedOperation: null,
  importing: null,
  pendingFolder: null,
  set(patch) {
    set(patch);
  },
}));

export const operationKey = (method: string, path: string): string => `${method.toUpperCase()} ${path}`;
