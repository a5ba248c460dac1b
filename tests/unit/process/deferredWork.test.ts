import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce, trackDragging } from '../../../renderer/features/process/deferredWork';

/** The part of diagram-js's event bus the editor uses, enough to fire drag events by hand. */
function fakeEventBus() {
  const listeners = new Map<string, (() => void)[]>();
  return {
    on(event: string, callback: () => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), callback]);
    },
    fire(event: string) {
      for (const callback of listeners.get(event) ?? []) callback();
    },
  };
}

describe('deferred editor work', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, a delay after the last of a burst of calls', () => {
    const run = vi.fn();
    const later = debounce(run, 600);
    later();
    vi.advanceTimersByTime(500);
    later();
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not run once cancelled', () => {
    const run = vi.fn();
    const later = debounce(run, 600);
    later();
    later.cancel();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
  });

  it('waits while a drag is in progress and runs after it ends', () => {
    const bus = fakeEventBus();
    const isDragging = trackDragging(bus);
    const run = vi.fn();
    const later = debounce(run, 600, isDragging);
    later();
    bus.fire('drag.start');
    expect(isDragging()).toBe(true);
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
    bus.fire('drag.cleanup');
    expect(isDragging()).toBe(false);
    vi.advanceTimersByTime(600);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a cancelled drag ends the wait too', () => {
    const bus = fakeEventBus();
    const isDragging = trackDragging(bus);
    bus.fire('drag.start');
    // diagram-js fires drag.cleanup after drag.end and after drag.cancel alike.
    bus.fire('drag.cancel');
    expect(isDragging()).toBe(true);
    bus.fire('drag.cleanup');
    expect(isDragging()).toBe(false);
  });
});
