import { create } from 'zustand';

/**
 * Dialogs as promises: commands `await dialogs.askSaveChanges(name)` and the shell's DialogHost
 * renders whatever is pending. Keeps the document logic free of React and easy to test.
 */

export type SaveChoice = 'save' | 'discard' | 'cancel';

export interface PromptRequest {
  kind: 'prompt';
  title: string;
  label: string;
  initialValue: string;
  confirmLabel: string;
  /** Returns an error message for the value, or null when it is acceptable. */
  validate?: (value: string) => string | null;
  resolve: (value: string | null) => void;
}

export interface SaveChangesRequest {
  kind: 'saveChanges';
  documentName: string;
  resolve: (choice: SaveChoice) => void;
}

export interface ProblemListRequest {
  kind: 'problemList';
  title: string;
  intro: string;
  /** Where (a JSON path, or line and column) and what, one entry per problem. */
  items: Array<{ location: string; message: string }>;
  /** The same list as plain text for the clipboard, one problem a line with the file name. */
  copyText: string;
  resolve: () => void;
}

export interface MessageRequest {
  kind: 'message';
  title: string;
  body: string;
  tone: 'info' | 'danger';
  resolve: () => void;
}

export type DialogRequest = PromptRequest | SaveChangesRequest | ProblemListRequest | MessageRequest;

type WithoutResolve<T> = T extends unknown ? Omit<T, 'resolve' | 'kind'> : never;

/** Panels are non-blocking dialogs the user opens from a command. */
export type PanelId = 'about' | 'properties' | null;

interface DialogState {
  requests: Array<DialogRequest & { key: number }>;
  panel: PanelId;
  openPanel(panel: PanelId): void;
  /** Removes a request once its dialog resolved it. */
  settle(key: number): void;
}

let nextKey = 1;

export const useDialogStore = create<DialogState>()((set) => ({
  requests: [],
  panel: null,
  openPanel(panel) {
    set({ panel });
  },
  settle(key) {
    set((state) => ({ requests: state.requests.filter((request) => request.key !== key) }));
  },
}));

function enqueue<R>(build: (resolve: (value: R) => void) => DialogRequest): Promise<R> {
  return new Promise<R>((resolve) => {
    const key = nextKey++;
    const request = build((value) => {
      useDialogStore.getState().settle(key);
      resolve(value);
    });
    useDialogStore.setState((state) => ({ requests: [...state.requests, { ...request, key }] }));
  });
}

export interface DialogService {
  prompt(options: WithoutResolve<PromptRequest>): Promise<string | null>;
  askSaveChanges(documentName: string): Promise<SaveChoice>;
  showProblems(options: WithoutResolve<ProblemListRequest>): Promise<void>;
  showMessage(options: WithoutResolve<MessageRequest>): Promise<void>;
  openPanel(panel: Exclude<PanelId, null>): void;
}

export const dialogs: DialogService = {
  prompt: (options) => enqueue<string | null>((resolve) => ({ kind: 'prompt', ...options, resolve })),
  askSaveChanges: (documentName) => enqueue<SaveChoice>((resolve) => ({ kind: 'saveChanges', documentName, resolve })),
  showProblems: (options) => enqueue<void>((resolve) => ({ kind: 'problemList', ...options, resolve })),
  showMessage: (options) => enqueue<void>((resolve) => ({ kind: 'message', ...options, resolve })),
  openPanel: (panel) => useDialogStore.getState().openPanel(panel),
};
