import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { buildElkGraph, readElkPositions, readElkRoutes, runElkLayout, runElkLayoutWithRoutes } from '../../../models/landscape/elkGraph';
import { polylineMidpoint, polylinePath, routeCallbackPath, routeStillFits } from '../../../models/landscape/routes';
import { applyPositions } from '../../../models/landscape/operations';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../models/landscape/geometry';
import { smallProject } from '../models/fixtures';

describe('buildElkGraph', () => {
  it('has one node per component and one edge per interaction between two present components', () => {
    const project = smallProject();
    project.interactions.push({ ...project.interactions[0]!, id: 'self', from: 'mis', to: 'mis' });
    const graph = buildElkGraph(project);
    expect(graph.children.map((c) => c.id)).toEqual(['mis', 'sr', 'crvs']);
    expect(graph.children[0]).toMatchObject({ width: NODE_WIDTH, height: NODE_HEIGHT });
    expect(graph.edges.map((e) => e.id)).toEqual(['mis-searches-sr', 'crvs-notifies-mis', 'mis-reports']);
    expect(graph.layoutOptions['elk.algorithm']).toBe('layered');
    expect(graph.layoutOptions['elk.edgeRouting']).toBe('ORTHOGONAL');
    const selection = buildElkGraph(project, new Set(['mis', 'crvs']));
    expect(selection.edges.map((e) => e.id)).toEqual(['crvs-notifies-mis']);
  });
});

describe('readElkPositions', () => {
  it('rounds and moves a laid-out selection to its anchor', () => {
    const result = { children: [{ id: 'a', x: 12.4, y: 20 }, { id: 'b', x: 300, y: 40.6 }] };
    expect(readElkPositions(result)).toEqual(new Map([['a', { x: 12, y: 20 }], ['b', { x: 300, y: 41 }]]));
    expect(readElkPositions(result, { x: 0, y: 0 })).toEqual(new Map([['a', { x: 0, y: 0 }], ['b', { x: 288, y: 21 }]]));
  });
});

describe('runElkLayout with elkjs', () => {
  it('lays out the graph without overlaps and the positions apply to the document', async () => {
    const project = smallProject();
    const positions = await runElkLayout(new ELK(), { graph: buildElkGraph(project) });
    expect([...positions.keys()].sort()).toEqual(['crvs', 'mis', 'sr']);
    const boxes = [...positions.values()];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const overlapX = Math.abs(boxes[i]!.x - boxes[j]!.x) < NODE_WIDTH;
        const overlapY = Math.abs(boxes[i]!.y - boxes[j]!.y) < NODE_HEIGHT;
        expect(overlapX && overlapY).toBe(false);
      }
    const laidOut = applyPositions(project, positions);
    expect(laidOut.components.every((c) => c.position !== undefined)).toBe(true);
  });
});

describe('edge routes from elkjs', () => {
  it('gives every interaction between two laid-out cards an orthogonal route from border to border', async () => {
    const project = smallProject();
    const graph = buildElkGraph(project);
    const { positions, routes } = await runElkLayoutWithRoutes(new ELK(), { graph });
    expect([...routes.keys()].sort()).toEqual(graph.edges.map((e) => e.id).sort());
    for (const route of routes.values()) {
      expect(route.from).toEqual(positions.get(route.source));
      expect(route.to).toEqual(positions.get(route.target));
      // Orthogonal: each run is horizontal or vertical.
      for (let i = 1; i < route.points.length; i++) {
        const a = route.points[i - 1]!;
        const b = route.points[i]!;
        expect(Math.abs(a.x - b.x) <= 1 || Math.abs(a.y - b.y) <= 1).toBe(true);
      }
      // The ends touch the two cards' borders.
      const onBorder = (p: { x: number; y: number }, box: { x: number; y: number }) =>
        p.x >= box.x - 1 && p.x <= box.x + NODE_WIDTH + 1 && p.y >= box.y - 1 && p.y <= box.y + NODE_HEIGHT + 1;
      expect(onBorder(route.points[0]!, route.from)).toBe(true);
      expect(onBorder(route.points.at(-1)!, route.to)).toBe(true);
    }
  });

  it('moves routes with the anchor like the positions, and skips edges without a single section', () => {
    const graph = { id: 'g', layoutOptions: {}, children: [], edges: [{ id: 'e', sources: ['a'], targets: ['b'] }, { id: 'split', sources: ['a'], targets: ['b'] }] };
    const result = {
      children: [{ id: 'a', x: 10, y: 10 }, { id: 'b', x: 400, y: 10 }],
      edges: [
        { id: 'e', sections: [{ startPoint: { x: 246, y: 50 }, bendPoints: [{ x: 300, y: 50 }, { x: 300, y: 60 }], endPoint: { x: 400, y: 60 } }] },
        { id: 'split', sections: [] },
      ],
    };
    const routes = readElkRoutes(result, graph, { x: 0, y: 0 });
    expect([...routes.keys()]).toEqual(['e']);
    expect(routes.get('e')).toEqual({
      source: 'a',
      target: 'b',
      from: { x: 0, y: 0 },
      to: { x: 390, y: 0 },
      points: [{ x: 236, y: 40 }, { x: 290, y: 40 }, { x: 290, y: 50 }, { x: 390, y: 50 }],
    });
  });
});

describe('drawing a route', () => {
  const points = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 50 }];
  it('draws the polyline, puts the label halfway by length and the callback beside it, reversed', () => {
    expect(polylinePath(points)).toBe('M 0 0 L 100 0 L 100 50');
    expect(polylineMidpoint(points)).toEqual({ x: 75, y: 0 });
    expect(polylineMidpoint([{ x: 5, y: 5 }])).toEqual({ x: 5, y: 5 });
    expect(routeCallbackPath(points, 5)).toBe('M 105 55 L 105 5 L 5 5');
  });
  it('fits only while both cards are where the layout put them', () => {
    const route = { from: { x: 0, y: 0 }, to: { x: 390, y: 0 } };
    expect(routeStillFits(route, { x: 0, y: 0 }, { x: 390, y: 0.2 })).toBe(true);
    expect(routeStillFits(route, { x: 0, y: 0 }, { x: 391, y: 0 })).toBe(false);
    expect(routeStillFits(route, { x: 20, y: 0 }, { x: 390, y: 0 })).toBe(false);
  });
});
