import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { buildElkGraph, readElkPositions, runElkLayout } from '../../../models/landscape/elkGraph';
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
