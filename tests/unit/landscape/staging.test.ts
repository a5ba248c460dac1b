import { describe, expect, it } from 'vitest';
import { revealEdges, revealFirst } from '../../../renderer/features/landscape/useStagedFlow';
import { createMountBudget } from '../../../renderer/features/landscape/useMountBudget';

const nodes: { id: string; hidden?: boolean }[] = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
const edges = [
  { id: 'ab', source: 'a', target: 'b' },
  { id: 'cd', source: 'c', target: 'd' },
  { id: 'ba', source: 'b', target: 'a' },
  { id: 'ad', source: 'a', target: 'd', hidden: true },
];

describe('revealFirst', () => {
  it('keeps the first elements as they are and hides the rest', () => {
    const staged = revealFirst(nodes, 2);
    expect(staged[0]).toBe(nodes[0]);
    expect(staged[1]).toBe(nodes[1]);
    expect(staged.slice(2).map((n) => (n as { hidden?: boolean }).hidden)).toEqual([true, true]);
    expect(nodes[2]).not.toHaveProperty('hidden');
  });

  it('returns the very list once everything is revealed', () => {
    expect(revealFirst(nodes, 4)).toBe(nodes);
    expect(revealFirst(nodes, Infinity)).toBe(nodes);
  });
});

describe('revealEdges', () => {
  it('shows only edges between revealed cards, up to the limit, in document order', () => {
    const staged = revealEdges(nodes, edges, 2, 1);
    expect(staged.map((e) => Boolean(e.hidden))).toEqual([false, true, true, true]);
    expect(staged[0]).toBe(edges[0]);
    const more = revealEdges(nodes, edges, 2, 5);
    expect(more.map((e) => Boolean(e.hidden))).toEqual([false, true, false, true]);
  });

  it('keeps an edge the filter hides hidden, and returns the very list when all is revealed', () => {
    const staged = revealEdges(nodes, edges, 4, 2);
    expect(staged.map((e) => Boolean(e.hidden))).toEqual([false, false, true, true]);
    expect(staged[3]).toBe(edges[3]);
    expect(revealEdges(nodes, edges, 4, 4)).toBe(edges);
  });
});

describe('createMountBudget', () => {
  function frames() {
    const queue: (() => void)[] = [];
    return {
      next: (callback: () => void) => void queue.push(callback),
      step: () => queue.splice(0).forEach((callback) => callback()),
      pending: () => queue.length,
    };
  }

  it('grants a fixed number of mounts per frame and refills at the next frame', () => {
    const clock = frames();
    const budget = createMountBudget(2, clock.next);
    expect([budget.take(), budget.take(), budget.take()]).toEqual([true, true, false]);
    clock.step();
    expect(budget.take()).toBe(true);
  });

  it('wakes waiters in later frames, no more per frame than the budget', () => {
    const clock = frames();
    const budget = createMountBudget(2, clock.next);
    budget.take();
    budget.take();
    const woken: number[] = [];
    const waiter = (n: number) => {
      const wake = () => {
        if (budget.take()) woken.push(n);
        else budget.wait(wake);
      };
      return wake;
    };
    for (let n = 1; n <= 5; n++) budget.wait(waiter(n));
    clock.step();
    expect(woken).toEqual([1, 2]);
    clock.step();
    expect(woken).toEqual([1, 2, 3, 4]);
    clock.step();
    expect(woken).toEqual([1, 2, 3, 4, 5]);
  });

  it('forgets a waiter that unsubscribes', () => {
    const clock = frames();
    const budget = createMountBudget(1, clock.next);
    budget.take();
    let woken = false;
    const unsubscribe = budget.wait(() => {
      woken = true;
    });
    unsubscribe();
    clock.step();
    expect(woken).toBe(false);
  });
});
