// Work the Processes editor puts off until the user pauses: linting, link badges and writing the
// diagram to the document each cost 100 ms or more on a large diagram. No bpmn-js import, so the
// timing logic is unit-tested in Node.

export interface Debounced {
  (): void;
  cancel(): void;
}

/**
 * Runs `run` once `delay` ms have passed since the last call. While `busy()` says the user is in
 * the middle of a gesture (a drag), the run waits another `delay`: a 1,500-element lint or write
 * costs 100 ms or more, which would stall the drag's frames.
 */
export function debounce(run: () => void, delay: number, busy: () => boolean = () => false): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const call = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (busy()) call();
      else run();
    }, delay);
  };
  call.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return call as Debounced;
}

export interface EventBus {
  on(event: string, callback: () => void): void;
}

/**
 * Whether a drag (moving, resizing, connecting, lasso, hand tool) is in progress: diagram-js
 * fires drag.start once the pointer has moved past its threshold and drag.cleanup when the drag
 * ends or is cancelled.
 */
export function trackDragging(eventBus: EventBus): () => boolean {
  let dragging = false;
  eventBus.on('drag.start', () => {
    dragging = true;
  });
  eventBus.on('drag.cleanup', () => {
    dragging = false;
  });
  return () => dragging;
}
