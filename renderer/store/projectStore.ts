import { create } from 'zustand';
import { temporal } from 'zundo';
import type { Project } from '../../models/project/types';
import { serializeProject } from '../../models/project/serialize';
import type { ViewId } from './views';

export interface DocumentFile {
  /** Host handle; absent until the document has been saved once (a new or recovered project). */
  handle?: string;
  name: string;
}

export interface OpenOptions {
  /**
   * The serialized form to compare against for the dirty mark. Defaults to the project's own
   * serialization (a clean document). Pass null for a document that must be saved to be kept
   * (migrated from an older format, recovered from an autosave).
   */
  savedText?: string | null;
  /** The schemaVersion the file was migrated from, shown as a notice until the next save. */
  migratedFrom?: number;
}

export interface ProjectState {
  project: Project | null;
  file: DocumentFile | null;
  /** Serialized form at the last save or open; see isDirty(). */
  savedText: string | null;
  view: ViewId;
  migratedFrom: number | null;
  canUndo: boolean;
  canRedo: boolean;

  openDocument(project: Project, file: DocumentFile, options?: OpenOptions): void;
  /** Immutable update of the open document; every call that returns a new object is one undo step. */
  updateProject(recipe: (draft: Project) => Project): void;
  /** Replaces the document without an undo step (e.g. the `updated` stamp written on save). */
  replaceProjectQuietly(project: Project): void;
  closeDocument(): void;
  markSaved(file: DocumentFile, text: string): void;
  setView(view: ViewId): void;
  undo(): void;
  redo(): void;
}

/** Only the document is tracked by undo/redo; the view, file and flags are not. */
type Tracked = Pick<ProjectState, 'project'>;

const HISTORY_LIMIT = 200;

export const useProjectStore = create<ProjectState>()(
  temporal<ProjectState, [], [], Tracked>(
    (set, get) => {
      // The history store exists once create() has run; these helpers only run after that.
      const history = () => useProjectStore.temporal.getState();
      const untracked = (apply: () => void) => {
        const temporalState = history();
        temporalState.pause();
        try {
          apply();
        } finally {
          temporalState.resume();
        }
      };
      const resetHistory = () => history().clear();

      return {
        project: null,
        file: null,
        savedText: null,
        view: 'start',
        migratedFrom: null,
        canUndo: false,
        canRedo: false,

        openDocument(project, file, options = {}) {
          untracked(() =>
            set({
              project,
              file,
              savedText: options.savedText === undefined ? serializedText(project) : options.savedText,
              migratedFrom: options.migratedFrom ?? null,
              view: 'landscape',
            }),
          );
          resetHistory();
        },

        updateProject(recipe) {
          const current = get().project;
          if (!current) return;
          const next = recipe(current);
          if (next === current) return;
          set({ project: next });
        },

        replaceProjectQuietly(project) {
          untracked(() => set({ project }));
        },

        closeDocument() {
          untracked(() =>
            set({ project: null, file: null, savedText: null, migratedFrom: null, view: 'start' }),
          );
          resetHistory();
        },

        markSaved(file, text) {
          set({ file, savedText: text, migratedFrom: null });
        },

        setView(view) {
          set({ view });
        },

        undo() {
          history().undo();
        },

        redo() {
          history().redo();
        },
      };
    },
    {
      partialize: (state): Tracked => ({ project: state.project }),
      equality: (past, current) => past.project === current.project,
      limit: HISTORY_LIMIT,
    },
  ),
);

// canUndo/canRedo mirror the history so components and commands can read them like any state.
useProjectStore.temporal.subscribe((history) => {
  const canUndo = history.pastStates.length > 0;
  const canRedo = history.futureStates.length > 0;
  const state = useProjectStore.getState();
  if (state.canUndo !== canUndo || state.canRedo !== canRedo) useProjectStore.setState({ canUndo, canRedo });
});

const serializedCache = new WeakMap<Project, string>();

/** serializeProject, computed once per project object (documents are immutable). */
export function serializedText(project: Project): string {
  const cached = serializedCache.get(project);
  if (cached !== undefined) return cached;
  const text: string = serializeProject(project);
  serializedCache.set(project, text);
  return text;
}

/** A document is dirty when its serialized form differs from what was last saved or opened. */
export function isDirty(state: Pick<ProjectState, 'project' | 'savedText'>): boolean {
  if (!state.project) return false;
  if (state.savedText === null) return true;
  return serializedText(state.project) !== state.savedText;
}

export function useIsDirty(): boolean {
  return useProjectStore(isDirty);
}

export function useProject(): Project | null {
  return useProjectStore((state) => state.project);
}
