// "Show me this element": a request any part of the app (the Problems view, a link) makes and
// the view that owns the element honours: it selects the element and scrolls it into view. The
// request outlives the switch of views, because the target view mounts only after it is made;
// each request is handled once (by serial), so going back to a view later does not jump again.

import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import type { EntityKind } from '../../models/project/types';
import { useProjectStore } from './projectStore';
import type { MainViewId } from './views';

export type RevealKind = 'component' | 'interaction' | 'process' | 'dataElement' | 'codeList' | 'contract' | 'scenario';

export interface RevealRequest {
  kind: RevealKind;
  /** The entity's id. */
  id: string;
  /** For a process: the BPMN element to select in the diagram. */
  bpmnElementId?: string;
  /** For a contract: the operation, as "METHOD /path" (contractsUi operationKey). */
  operation?: string;
  /** For a scenario: the step to select. */
  stepId?: string;
  serial: number;
}

export const VIEW_OF_KIND: Record<RevealKind, MainViewId> = {
  component: 'landscape',
  interaction: 'landscape',
  process: 'processes',
  dataElement: 'dictionary',
  codeList: 'dictionary',
  contract: 'contracts',
  scenario: 'scenarios',
};

const KIND_OF_ENTITY: Record<EntityKind, RevealKind> = {
  components: 'component',
  interactions: 'interaction',
  processes: 'process',
  dataElements: 'dataElement',
  codeLists: 'codeList',
  apiContracts: 'contract',
  scenarios: 'scenario',
};

export function revealKindOf(entityKind: EntityKind): RevealKind {
  return KIND_OF_ENTITY[entityKind];
}

interface RevealState {
  request: RevealRequest | null;
  /** The serial of the last request a view has handled. */
  handled: number;
  markHandled(serial: number): void;
}

export const useRevealStore = create<RevealState>()((set, get) => ({
  request: null,
  handled: 0,
  markHandled(serial) {
    if (serial > get().handled) set({ handled: serial });
  },
}));

/** Switches to the view that owns the element and asks it to select and show the element. */
export function reveal(target: Omit<RevealRequest, 'serial'>): void {
  const serial = (useRevealStore.getState().request?.serial ?? 0) + 1;
  useRevealStore.setState({ request: { ...target, serial } });
  useProjectStore.getState().setView(VIEW_OF_KIND[target.kind]);
}

/**
 * Calls `onReveal` once for each new request of the given kind(s) while the calling view is
 * mounted, including a request made just before the view mounted. The view selects the element
 * and brings it into view; it may keep the request to finish once its content has loaded.
 */
export function useRevealRequest(kinds: RevealKind | readonly RevealKind[], onReveal: (request: RevealRequest) => void): void {
  const request = useRevealStore((state) => state.request);
  const handled = useRevealStore((state) => state.handled);
  const callback = useRef(onReveal);
  callback.current = onReveal;
  const wanted = typeof kinds === 'string' ? kinds : kinds.join(' ');
  useEffect(() => {
    if (!request || request.serial <= handled) return;
    if (!wanted.split(' ').includes(request.kind)) return;
    useRevealStore.getState().markHandled(request.serial);
    callback.current(request);
  }, [request, handled, wanted]);
}

/**
 * Scrolls the first element matching `selector` into view once it exists: a view that has just
 * mounted, or loads its content in a worker, draws the revealed element a moment later. Gives up
 * after `timeoutMs`. `block: 'start'` for elements that may be taller than the view.
 */
export function scrollIntoViewWhenDrawn(selector: string, block: ScrollLogicalPosition = 'center', timeoutMs = 3000): void {
  const started = Date.now();
  const attempt = () => {
    const element = document.querySelector(selector);
    if (element) element.scrollIntoView({ block });
    else if (Date.now() - started < timeoutMs) setTimeout(attempt, 50);
  };
  // After the state change that selects the element has rendered.
  setTimeout(attempt, 50);
}
