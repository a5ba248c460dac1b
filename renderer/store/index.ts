// The renderer's state: the open document (with undo/redo), dialogs, host lists and problems.
export {
  useProjectStore,
  useIsDirty,
  useProject,
  isDirty,
  serializedText,
  type ProjectState,
  type DocumentFile,
  type OpenOptions,
} from './projectStore';
export { MAIN_VIEWS, isMainView, type MainViewId, type ViewId } from './views';
export { useProblems, useProblemCounts, problemsOf, problemCountsOf, type ProblemCounts, type ProjectProblems } from './problems';
export { dialogs, useDialogStore, type DialogService, type SaveChoice } from './dialogs';
export { useHostLists } from './hostLists';
