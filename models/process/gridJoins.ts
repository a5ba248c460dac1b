// BPMN reads several sequence flows into one task as "start the task once per token", which is
// rarely what a modeller means and what bpmnlint's fake-join rule flags. This inserts an explicit
// exclusive (merge) gateway in front of every node of a grid process that has more than one
// incoming flow, shifting the columns from there on so the layout keeps its order.

import type { GridFlow, GridNode, GridProcess, GridStepLinks } from './gridBpmn';

const GATEWAY_TYPES = new Set<GridNode['type']>(['exclusiveGateway', 'parallelGateway', 'inclusiveGateway', 'eventBasedGateway']);

function pickStepOwnership(links: GridStepLinks): GridStepLinks {
  return {
    ...(links.chainStep !== undefined ? { chainStep: links.chainStep } : {}),
    ...(links.agency !== undefined ? { agency: links.agency } : {}),
  };
}

function incomingCounts(flows: readonly GridFlow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const flow of flows) counts.set(flow.to, (counts.get(flow.to) ?? 0) + 1);
  return counts;
}

/** The same process with a merge gateway before each non-gateway node that several flows enter. */
export function withExplicitJoins(spec: GridProcess): GridProcess {
  const incoming = incomingCounts(spec.flows);
  const targets = spec.nodes.filter((node) => !GATEWAY_TYPES.has(node.type) && (incoming.get(node.id) ?? 0) > 1);
  let nodes = spec.nodes.map((node) => ({ ...node }));
  let flows = spec.flows.map((flow) => ({ ...flow }));
  // Right to left, so each shift leaves the columns of the targets still to come unchanged.
  for (const target of [...targets].sort((a, b) => b.column - a.column)) {
    const joinId = `Gateway_join_${target.id}`;
    const column = target.column;
    nodes = nodes.map((node) => (node.column >= column ? { ...node, column: node.column + 1 } : node));
    const join: GridNode = {
      id: joinId,
      type: 'exclusiveGateway',
      lane: target.lane,
      column,
      ...(target.row !== undefined ? { row: target.row } : {}),
      // The merge belongs to the step it leads into: same delivery-chain step and agency, no data.
      ...(target.links ? { links: pickStepOwnership(target.links) } : {}),
    };
    nodes.push(join);
    flows = flows.map((flow) => (flow.to === target.id ? { ...flow, to: joinId } : flow));
    flows.push({ id: `Flow_join_${target.id}`, from: joinId, to: target.id });
  }
  return { ...spec, nodes, flows };
}
