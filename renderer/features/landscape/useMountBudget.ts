// Spreads the mounting of many canvas elements over several frames. Opening a large landscape,
// fitting it after an auto-layout or zooming out past the label threshold makes hundreds of
// edges (or edge labels) appear at once; mounting them all in one React commit was a single
// main-thread task of 150–300 ms (bench/landscapeBrowser.ts --trace). With a budget, each frame
// mounts at most `perFrame` of them and the rest follow in the next frames, so no task grows
// with the size of the landscape. Small landscapes (under the budget) mount in one go as before.

import { useEffect, useState } from 'react';

export interface MountBudget {
  /** Takes one mount from this frame's budget; false when it is used up. */
  take(): boolean;
  /** Calls `wake` at the start of a later frame; returns the unsubscribe function. */
  wait(wake: () => void): () => void;
}

/**
 * A budget of `perFrame` mounts per frame. `nextFrame` is requestAnimationFrame in the browser;
 * tests pass their own to step frames by hand.
 */
export function createMountBudget(perFrame: number, nextFrame: (callback: () => void) => void): MountBudget {
  let used = 0;
  let scheduled = false;
  const waiting = new Set<() => void>();
  const newFrame = () => {
    scheduled = false;
    used = 0;
    // Each waiter retries; those that get no budget wait again for the frame after.
    for (const wake of [...waiting]) {
      if (used >= perFrame) break;
      waiting.delete(wake);
      wake();
    }
    if (waiting.size > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    nextFrame(newFrame);
  };
  return {
    take() {
      if (used >= perFrame) return false;
      used += 1;
      // The budget refills at the next frame even if nobody waits (the count is per frame).
      schedule();
      return true;
    },
    wait(wake) {
      waiting.add(wake);
      schedule();
      return () => waiting.delete(wake);
    },
  };
}

/** Edges and edge labels mounted per frame: about 25 ms of work on the bench machine. */
const EDGES_PER_FRAME = 150;

const browserFrame = (callback: () => void) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => callback());
  else setTimeout(callback, 16);
};

export const edgeMountBudget = createMountBudget(EDGES_PER_FRAME, browserFrame);

/**
 * True once this element may draw itself: at once while the frame's budget lasts, otherwise in
 * a later frame. While `wanted` is false the element asks for nothing (and keeps what it had).
 */
export function useMountBudget(budget: MountBudget, wanted = true): boolean {
  const [ready, setReady] = useState(() => wanted && budget.take());
  // Hidden again (a label below the zoom threshold): showing it later costs a mount again.
  if (ready && !wanted) setReady(false);
  useEffect(() => {
    if (ready || !wanted) return;
    if (budget.take()) {
      setReady(true);
      return;
    }
    let unsubscribe = () => {};
    const wake = () => {
      if (budget.take()) setReady(true);
      else unsubscribe = budget.wait(wake);
    };
    unsubscribe = budget.wait(wake);
    return () => unsubscribe();
  }, [budget, ready, wanted]);
  return ready && wanted;
}
