// Auto-layout of a generated landscape as the editor does it: the document → ELK graph
// (models/landscape/elkGraph), the message copy to and from the worker (structuredClone, as
// postMessage does), elkjs layered layout with orthogonal routing, the positions read back and
// stored in the document. Baseline: elkjs alone on the same graph, built untimed. The ratio is
// our overhead. S is the figure (300 components, 1,000 interactions); M and L grow it.

import ELK from 'elkjs/lib/elk.bundled.js';
import { buildElkGraph, runElkLayoutWithRoutes, type ElkGraphInput, type ElkLike } from '../../models/landscape/elkGraph';
import { applyPositions } from '../../models/landscape/operations';
import type { Project } from '../../models/project/types';
import { generateProject, SIZES, type SizeName } from '../generate';
import { defineCase } from './types';

export const LANDSCAPE_SIZES: Readonly<Record<SizeName, { components: number; interactions: number }>> = {
  S: { components: 300, interactions: 1000 },
  M: { components: 600, interactions: 2000 },
  L: { components: 1000, interactions: 3300 },
};

/** A project whose landscape has the given size (the rest kept small: layout ignores it). */
export function landscapeProject(size: SizeName, seed?: number): Project {
  return generateProject({ ...SIZES.S, ...LANDSCAPE_SIZES[size] }, seed);
}

interface LayoutState {
  elk: ElkLike;
  project: Project;
  /** The same graph for the baseline, built before timing. */
  graph: ElkGraphInput;
}

export const landscapeLayoutCase = defineCase<LayoutState>({
  name: 'landscape-layout',
  description:
    'auto-layout of a generated landscape (S: 300 components / 1,000 interactions; M: 600/2,000; L: 1,000/3,300): ' +
    'document → ELK graph → worker message copy → elkjs layered/orthogonal → positions and edge routes back → positions into the document, vs elkjs.layout alone on the same graph',
  subjectLabel: 'auto-layout',
  baselineLabel: 'elkjs.layout',
  repetitions: { S: 5, M: 3, L: 2 },
  async prepare(input) {
    const project = landscapeProject(input.size);
    return { elk: new ELK(), project, graph: buildElkGraph(project) };
  },
  async subject({ elk, project }) {
    // The worker receives a structured clone of the request and sends back a clone of the answer.
    const request = structuredClone({ graph: buildElkGraph(project) });
    // As the app's worker does: positions and the orthogonal edge routes travel back.
    const { positions, routes } = await runElkLayoutWithRoutes(elk, request);
    const answer = structuredClone({ positions: [...positions], routes: [...routes] });
    return applyPositions(project, new Map(answer.positions));
  },
  async baseline({ elk, graph }) {
    return elk.layout(structuredClone(graph));
  },
});
