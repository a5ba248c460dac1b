import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { HostApi } from '../../models/host/HostApi';
import { useHostLists } from '../store/hostLists';
import { isDirty, useProjectStore } from '../store/projectStore';
import type { CommandState } from './types';

/** The command state right now, read straight from the stores (for running a command). */
export function currentCommandState(host: HostApi): CommandState {
  const project = useProjectStore.getState();
  return {
    hasProject: project.project !== null,
    dirty: isDirty(project),
    canUndo: project.canUndo,
    canRedo: project.canRedo,
    view: project.view,
    hostKind: host.kind,
    recent: useHostLists.getState().recent,
  };
}

/** The same state as a React subscription, for menus and buttons that show enabled-states. */
export function useCommandState(host: HostApi): CommandState {
  const project = useProjectStore(
    useShallow((state) => ({
      hasProject: state.project !== null,
      dirty: isDirty(state),
      canUndo: state.canUndo,
      canRedo: state.canRedo,
      view: state.view,
    })),
  );
  const recent = useHostLists((state) => state.recent);
  const { hasProject, dirty, canUndo, canRedo, view } = project;
  return useMemo(
    () => ({ hasProject, dirty, canUndo, canRedo, view, hostKind: host.kind, recent }),
    [hasProject, dirty, canUndo, canRedo, view, host.kind, recent],
  );
}
