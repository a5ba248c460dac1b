// Draws a large landscape over a few frames after a change that would otherwise move and mount
// all of it in one main-thread task: an auto-layout (which moves every card and then fits the
// view). Each frame reveals NODES_PER_STAGE more cards and up to
// EDGES_PER_STAGE more edges between revealed cards; the rest are passed to React Flow hidden
// meanwhile (an edge with a hidden card would not be drawn anyway). Elements already
// revealed keep their object identity, so React Flow leaves what it has drawn alone.
// Measured with `npx tsx bench/landscapeBrowser.ts --trace`: mounting 300 cards and 1,000 edges
// at once was one task of 150–300 ms; a stage is about 20–40 ms.

import { useEffect, useMemo, useState } from 'react';
import type { ComponentFlowNode, InteractionFlowEdge } from './flowModel';
import { useLandscapeUi } from './landscapeUi';

export const NODES_PER_STAGE = 40;
export const EDGES_PER_STAGE = 100;

/** The first `limit` elements as they are; the rest hidden. Pure, for the tests. */
export function revealFirst<E extends { hidden?: boolean }>(elements: readonly E[], limit: number): E[] {
  if (limit >= elements.length) return elements as E[];
  return elements.map((element, index) => (index < limit || element.hidden ? element : { ...element, hidden: true }));
}

/**
 * The edges shown at a step: the first `step × EDGES_PER_STAGE` of those whose both cards are
 * among the first `nodeLimit` cards, in document order; the others hidden. Pure, for the tests.
 */
export function revealEdges<N extends { id: string }, E extends { source: string; target: string; hidden?: boolean }>(
  nodes: readonly N[],
  edges: readonly E[],
  nodeLimit: number,
  edgeLimit: number,
): E[] {
  if (nodeLimit >= nodes.length && edgeLimit >= edges.length) return edges as E[];
  const revealed = new Set(nodes.slice(0, nodeLimit).map((n) => n.id));
  let shown = 0;
  return edges.map((edge) => {
    if (edge.hidden) return edge;
    if (shown < edgeLimit && revealed.has(edge.source) && revealed.has(edge.target)) {
      shown += 1;
      return edge;
    }
    return { ...edge, hidden: true };
  });
}

export function useStagedFlow(
  nodes: readonly ComponentFlowNode[],
  edges: readonly InteractionFlowEdge[],
): { nodes: ComponentFlowNode[]; edges: InteractionFlowEdge[]; staging: boolean; large: boolean } {
  const stage = useLandscapeUi((s) => s.edgeStage);
  // Small landscapes draw in one go, as they always did.
  const large = nodes.length > NODES_PER_STAGE || edges.length > EDGES_PER_STAGE;
  // The step belongs to one stage: a new stage (read in the same render as the moved cards) starts
  // again. Opening draws at once: only what is in view mounts then (onlyRenderVisibleElements),
  // and the edges' own mount budget (useMountBudget) spreads those over frames.
  const [progress, setProgress] = useState(() => ({ stage, step: Infinity }));
  const step = progress.stage === stage ? progress.step : large ? 1 : Infinity;
  const limits = { nodes: step * NODES_PER_STAGE, edges: step * EDGES_PER_STAGE };
  const staging = limits.nodes < nodes.length || limits.edges < edges.length;
  useEffect(() => {
    if (!staging) return;
    const frame = requestAnimationFrame(() => setProgress({ stage, step: step + 1 }));
    return () => cancelAnimationFrame(frame);
  }, [staging, stage, step]);
  const stagedNodes = useMemo(() => revealFirst(nodes, limits.nodes), [nodes, limits.nodes]);
  const stagedEdges = useMemo(() => revealEdges(nodes, edges, limits.nodes, limits.edges), [nodes, edges, limits.nodes, limits.edges]);
  return { nodes: stagedNodes, edges: stagedEdges, staging, large };
}
