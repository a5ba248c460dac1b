import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MIN_GAP_X,
  MIN_GAP_Y,
  NODE_HEIGHT,
  NODE_WIDTH,
  borderPoint,
  diagramBounds,
  estimateTextWidth,
  fitText,
  layoutNodes,
  parallelOffsets,
  placeLabels,
  quadraticPoint,
  routeEdges,
  spreadFactors,
  type NodeBox,
} from '../../../models/landscape/geometry';

const box = (id: string, x: number, y: number): NodeBox => ({ id, x, y, width: NODE_WIDTH, height: NODE_HEIGHT });

describe('layoutNodes', () => {
  it('keeps stored positions of a roomy layout as the top-left corner of each card', () => {
    const nodes = layoutNodes([
      { id: 'a', position: { x: 10, y: 20 } },
      { id: 'b', position: { x: 600, y: -30 } },
    ]);
    expect(nodes).toEqual([box('a', 10, 20), box('b', 600, -30)]);
  });

  it('puts components without a position on a grid below the positioned ones', () => {
    const nodes = layoutNodes([
      { id: 'placed', position: { x: 50, y: 100 } },
      { id: 'u1' },
      { id: 'u2' },
      { id: 'u3' },
    ]);
    const unplaced = nodes.slice(1);
    for (const n of unplaced) expect(n.y).toBeGreaterThan(100 + NODE_HEIGHT);
    // three cards: two columns, so the third starts a new row under the first
    expect(unplaced[0]!.x).toBe(50);
    expect(unplaced[1]!.x).toBeGreaterThan(50 + NODE_WIDTH);
    expect(unplaced[2]!.x).toBe(50);
    expect(unplaced[2]!.y).toBeGreaterThan(unplaced[0]!.y + NODE_HEIGHT);
  });

  it('never lets two grid cards overlap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (count) => {
        const nodes = layoutNodes(Array.from({ length: count }, (_, i) => ({ id: `c${i}` })));
        for (let i = 0; i < nodes.length; i++)
          for (let j = i + 1; j < nodes.length; j++) {
            const a = nodes[i]!;
            const b = nodes[j]!;
            const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
            expect(apart).toBe(true);
          }
      }),
    );
  });
});

describe('parallelOffsets', () => {
  it('leaves a single edge on the straight line', () => {
    expect(parallelOffsets([{ id: 'e', from: 'a', to: 'b' }])).toEqual(new Map([['e', 0]]));
  });

  it('spreads edges of one pair symmetrically, whichever way they run', () => {
    const offsets = parallelOffsets(
      [
        { id: 'ab1', from: 'a', to: 'b' },
        { id: 'ba', from: 'b', to: 'a' },
        { id: 'ab2', from: 'a', to: 'b' },
        { id: 'other', from: 'a', to: 'c' },
      ],
      10,
    );
    expect(offsets.get('ab1')).toBe(-10);
    // b→a is measured in the reversed frame: its middle slot (0) stays 0 in either frame
    expect(offsets.get('ba')).toBeCloseTo(0);
    expect(offsets.get('ab2')).toBe(10);
    expect(offsets.get('other')).toBe(0);
  });

  it('negates the offset of an edge running against the canonical direction', () => {
    const offsets = parallelOffsets(
      [
        { id: 'ab', from: 'a', to: 'b' },
        { id: 'ba', from: 'b', to: 'a' },
      ],
      10,
    );
    expect(offsets.get('ab')).toBe(-5);
    expect(offsets.get('ba')).toBe(-5);
  });
});

describe('routeEdges', () => {
  const nodes = [box('a', 0, 0), box('b', 600, 0)];

  it('draws a single edge straight between the card borders', () => {
    const [edge] = routeEdges(nodes, [{ id: 'e', from: 'a', to: 'b' }], 40, 4);
    expect(edge!.start).toEqual({ x: NODE_WIDTH + 4, y: NODE_HEIGHT / 2 });
    expect(edge!.end).toEqual({ x: 600 - 4, y: NODE_HEIGHT / 2 });
    expect(edge!.labelAt.y).toBeCloseTo(NODE_HEIGHT / 2);
    expect(edge!.path.startsWith('M ')).toBe(true);
  });

  it('separates the middles of edges between the same pair in both directions', () => {
    const edges = routeEdges(
      nodes,
      [
        { id: 'ab', from: 'a', to: 'b' },
        { id: 'ba', from: 'b', to: 'a' },
        { id: 'ab2', from: 'a', to: 'b' },
      ],
      40,
    );
    const middles = edges.map((e) => e.labelAt.y).sort((x, y) => x - y);
    expect(middles[1]! - middles[0]!).toBeCloseTo(40, 0);
    expect(middles[2]! - middles[1]!).toBeCloseTo(40, 0);
  });

  it('skips edges whose components are unknown and loops an edge to itself above its card', () => {
    const edges = routeEdges(nodes, [
      { id: 'dangling', from: 'a', to: 'zzz' },
      { id: 'self', from: 'a', to: 'a' },
    ]);
    expect(edges.map((e) => e.id)).toEqual(['self']);
    expect(edges[0]!.labelAt.y).toBeLessThan(0);
  });

  it('starts every edge on the border of its source card, never inside it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: 1, max: 5 }),
        (x, y, count) => {
          const target = box('t', x, y);
          const source = box('s', 0, 0);
          const overlapping = Math.abs(x) < NODE_WIDTH && Math.abs(y) < NODE_HEIGHT;
          fc.pre(!overlapping);
          const input = Array.from({ length: count }, (_, i) => ({ id: `e${i}`, from: 's', to: 't' }));
          for (const edge of routeEdges([source, target], input, 30, 4)) {
            const inside =
              edge.start.x > source.x && edge.start.x < source.x + NODE_WIDTH && edge.start.y > source.y && edge.start.y < source.y + NODE_HEIGHT;
            expect(inside).toBe(false);
          }
        },
      ),
    );
  });
});

describe('borderPoint and quadraticPoint', () => {
  it('finds the border point in each direction', () => {
    const r = { x: 0, y: 0, width: 100, height: 50 };
    expect(borderPoint(r, { x: 500, y: 25 })).toEqual({ x: 100, y: 25 });
    expect(borderPoint(r, { x: 50, y: -500 })).toEqual({ x: 50, y: 0 });
    expect(borderPoint(r, { x: 50, y: 25 })).toEqual({ x: 50, y: 25 });
    expect(borderPoint(r, { x: 500, y: 25 }, 5)).toEqual({ x: 105, y: 25 });
  });

  it('evaluates the curve at its ends and its middle', () => {
    const p0 = { x: 0, y: 0 };
    const c = { x: 50, y: 100 };
    const p1 = { x: 100, y: 0 };
    expect(quadraticPoint(p0, c, p1, 0)).toEqual(p0);
    expect(quadraticPoint(p0, c, p1, 1)).toEqual(p1);
    expect(quadraticPoint(p0, c, p1, 0.5)).toEqual({ x: 50, y: 50 });
  });
});

describe('diagramBounds', () => {
  it('holds every card, label and edge with padding', () => {
    const nodes = [box('a', 0, 0), box('b', 600, 300)];
    const edges = routeEdges(nodes, [{ id: 'e', from: 'a', to: 'b' }]);
    const label = { x: -50, y: 500, width: 40, height: 18 };
    const bounds = diagramBounds([...nodes, label], edges, 20);
    expect(bounds.x).toBe(-70);
    expect(bounds.y).toBe(-20);
    expect(bounds.x + bounds.width).toBe(600 + NODE_WIDTH + 20);
    expect(bounds.y + bounds.height).toBe(518 + 20);
  });

  it('grows to hold a self loop above the card', () => {
    const nodes = [box('a', 0, 0)];
    const bounds = diagramBounds(nodes, routeEdges(nodes, [{ id: 's', from: 'a', to: 'a' }]), 0);
    expect(bounds.y).toBeLessThan(-40);
  });

  it('gives an empty picture a usable box', () => {
    const bounds = diagramBounds([], []);
    expect(bounds.width).toBeGreaterThan(0);
    expect(bounds.height).toBeGreaterThan(0);
  });
});

describe('estimateTextWidth and fitText', () => {
  it('measures wide letters wider than narrow ones, and bold wider than regular', () => {
    expect(estimateTextWidth('WWWW', 12)).toBeGreaterThan(estimateTextWidth('iiii', 12));
    expect(estimateTextWidth('Registry', 12, true)).toBeGreaterThan(estimateTextWidth('Registry', 12));
    expect(estimateTextWidth('', 12)).toBe(0);
  });

  it('keeps text that fits and ellipsises text that does not', () => {
    expect(fitText('CRVS', 100, 12)).toBe('CRVS');
    const cut = fitText('Integrated Beneficiary Registry', 120, 13, true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.startsWith('Integrated')).toBe(true);
    expect(estimateTextWidth(cut, 13, true)).toBeLessThanOrEqual(120);
  });

  it('never returns text wider than the box, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 10, max: 300 }), fc.boolean(), (text, width, bold) => {
        const out = fitText(text, width, 12, bold);
        if (estimateTextWidth(text, 12, bold) <= width) expect(out).toBe(text);
        else {
          expect(out.endsWith('…')).toBe(true);
          expect(estimateTextWidth(out, 12, bold)).toBeLessThanOrEqual(width);
        }
      }),
    );
  });
});

describe('placeLabels', () => {
  it('puts a lone label in the middle of its edge', () => {
    const nodes = [box('a', 0, 0), box('b', 800, 0)];
    const edges = routeEdges(nodes, [{ id: 'e', from: 'a', to: 'b' }]);
    const placed = placeLabels(edges, nodes, new Map([['e', { width: 100, height: 18 }]]));
    expect(placed.get('e')!.at.x).toBeCloseTo(edges[0]!.labelAt.x);
  });

  it('moves a label off a card that covers the middle of its edge', () => {
    const nodes = [box('a', 0, 0), box('b', 800, 0), box('blocker', 400, 0)];
    const edges = routeEdges(nodes, [{ id: 'e', from: 'a', to: 'b' }]);
    const placed = placeLabels(edges, nodes, new Map([['e', { width: 60, height: 18 }]]));
    const label = placed.get('e')!;
    const blocker = nodes[2]!;
    const overlaps = label.x < blocker.x + blocker.width && label.x + label.width > blocker.x;
    expect(overlaps).toBe(false);
  });

  it('keeps the labels of two crossing edges apart when there is room', () => {
    const nodes = [box('a', 0, 0), box('b', 800, 400), box('c', 0, 400), box('d', 800, 0)];
    const edges = routeEdges(nodes, [
      { id: 'ab', from: 'a', to: 'b' },
      { id: 'cd', from: 'c', to: 'd' },
    ]);
    const size = { width: 120, height: 18 };
    const placed = placeLabels(edges, nodes, new Map([['ab', size], ['cd', size]]));
    const p = placed.get('ab')!;
    const q = placed.get('cd')!;
    const apart = p.x + p.width <= q.x || q.x + q.width <= p.x || p.y + p.height <= q.y || q.y + q.height <= p.y;
    expect(apart).toBe(true);
  });

  it('skips edges without a size', () => {
    const nodes = [box('a', 0, 0), box('b', 800, 0)];
    const edges = routeEdges(nodes, [{ id: 'e', from: 'a', to: 'b' }]);
    expect(placeLabels(edges, nodes, new Map()).size).toBe(0);
  });
});

describe('spreadFactors', () => {
  it('leaves a roomy layout alone', () => {
    expect(spreadFactors([{ x: 0, y: 0 }, { x: 1000, y: 0 }, { x: 0, y: 600 }])).toEqual({ sx: 1, sy: 1 });
  });

  it('stretches a tight grid just enough along each axis', () => {
    const grid = [0, 320, 640].flatMap((x) => [0, 150].map((y) => ({ x, y })));
    const { sx, sy } = spreadFactors(grid);
    expect(sx).toBeCloseTo((NODE_WIDTH + MIN_GAP_X) / 320);
    expect(sy).toBeCloseTo((NODE_HEIGHT + MIN_GAP_Y) / 150);
  });

  it('caps the stretch for cards stacked on the same spot', () => {
    const { sx, sy } = spreadFactors([{ x: 5, y: 5 }, { x: 5, y: 5 }]);
    expect(Math.max(sx, sy)).toBe(2);
  });

  it('gives every pair of spread cards its gap on at least one axis, up to the cap', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.integer({ min: 0, max: 3000 }), y: fc.integer({ min: 0, max: 2000 }) }), { maxLength: 12 }), (points) => {
        const { sx, sy } = spreadFactors(points);
        expect(sx).toBeGreaterThanOrEqual(1);
        expect(sy).toBeGreaterThanOrEqual(1);
        if (sx >= 2 || sy >= 2) return;
        for (let i = 0; i < points.length; i++)
          for (let j = i + 1; j < points.length; j++) {
            const dx = Math.abs(points[i]!.x - points[j]!.x) * sx;
            const dy = Math.abs(points[i]!.y - points[j]!.y) * sy;
            expect(dx >= NODE_WIDTH + MIN_GAP_X - 1e-9 || dy >= NODE_HEIGHT + MIN_GAP_Y - 1e-9).toBe(true);
          }
      }),
    );
  });

  it('is applied by layoutNodes to stored positions', () => {
    const nodes = layoutNodes([
      { id: 'a', position: { x: 0, y: 0 } },
      { id: 'b', position: { x: 300, y: 0 } },
    ]);
    expect(nodes[1]!.x - nodes[0]!.x).toBeCloseTo(NODE_WIDTH + MIN_GAP_X);
  });
});
