// A compact way to write the template processes: a lane/column grid (gridBpmn.ts lays it out)
// where each step names its delivery-chain step and the catalogue data elements it uses.

import type { DataUsage } from '../csModdle';
import type { GridFlow, GridNode, GridNodeType, GridEventDefinition } from '../gridBpmn';

export type DataUse = Partial<Record<DataUsage, string[]>>;

export interface StepOptions {
  row?: number;
  event?: GridEventDefinition;
  data?: DataUse;
  documentation?: string;
}

/** A grid node linked to a delivery-chain step and data elements. */
export function node(
  id: string,
  type: GridNodeType,
  name: string,
  lane: string,
  column: number,
  chainStep: string,
  options: StepOptions = {},
): GridNode {
  const dataRefs = Object.entries(options.data ?? {}).flatMap(([usage, ids]) =>
    (ids ?? []).map((elementId) => ({ elementId, usage: usage as DataUsage })),
  );
  const result: GridNode = { id, type, name, lane, column, links: { chainStep, ...(dataRefs.length > 0 ? { dataRefs } : {}) } };
  if (options.row !== undefined) result.row = options.row;
  if (options.event !== undefined) result.event = options.event;
  if (options.documentation !== undefined) result.documentation = options.documentation;
  return result;
}

/** Flows along a chain of node ids: chain('A', 'B', 'C') gives A→B and B→C. */
export function chain(...ids: string[]): GridFlow[] {
  const flows: GridFlow[] = [];
  for (let i = 0; i + 1 < ids.length; i += 1) {
    flows.push({ id: `Flow_${ids[i]}_${ids[i + 1]}`, from: ids[i] as string, to: ids[i + 1] as string });
  }
  return flows;
}

/** A flow out of an exclusive gateway: named, with a condition or as the default. */
export function branch(from: string, to: string, name: string, condition?: string): GridFlow {
  return condition === undefined
    ? { id: `Flow_${from}_${to}`, from, to, name, isDefault: true }
    : { id: `Flow_${from}_${to}`, from, to, name, condition };
}
