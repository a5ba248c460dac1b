// The document as React Flow nodes and edges: one node per component (at its stored position,
// or on a grid for components without one) and one edge per interaction whose two endpoints
// exist (an interaction to a missing component is listed in Problems and drawn nowhere).

import type { Edge, Node } from '@xyflow/react';
import { MarkerType } from '@xyflow/react';
import type { InteractionTiming } from '../../../models/catalog';
import type { Component, Interaction, Project, Sensitivity } from '../../../models/project/types';
import { SENSITIVITY_COLOUR } from '../../../models/landscape/svgExport';
import { timingOf, type LandscapeFacts } from '../../../models/landscape/facts';
import { layoutNodes, NODE_HEIGHT, NODE_WIDTH, parallelOffsets } from '../../../models/landscape/geometry';
import type { FilterResult } from '../../../models/landscape/filters';

export interface ComponentNodeData extends Record<string, unknown> {
  component: Component;
  sensitive: boolean;
  dimmed: boolean;
}

export interface InteractionEdgeData extends Record<string, unknown> {
  interaction: Interaction;
  timing: InteractionTiming;
  offset: number;
  sensitivity: Sensitivity;
  /** Colour by sensitivity instead of by pattern. */
  bySensitivity: boolean;
  dimmed: boolean;
}

export type ComponentFlowNode = Node<ComponentNodeData, 'component'>;
export type InteractionFlowEdge = Edge<InteractionEdgeData, 'csInteraction'>;

export const TIMING_COLOUR: Record<InteractionTiming, string> = {
  sync: '#3d4456',
  async: '#4c5bd4',
  event: '#8a3fb0',
  batch: '#0f7563',
  manual: '#9a5b00',
};

export function edgeColour(data: Pick<InteractionEdgeData, 'bySensitivity' | 'sensitivity' | 'timing'>): string {
  return data.bySensitivity ? SENSITIVITY_COLOUR[data.sensitivity] : TIMING_COLOUR[data.timing];
}

export interface FlowInput {
  project: Project;
  facts: LandscapeFacts;
  selected: { components: ReadonlySet<string>; interactions: ReadonlySet<string> };
  /** What the filter keeps; null when no filter is on. */
  kept: FilterResult | null;
  hideFiltered: boolean;
  bySensitivity: boolean;
  label: (component: Component) => string;
  edgeLabel: (interaction: Interaction, fromName: string, toName: string) => string;
}

export function buildNodes({ project, facts, selected, kept, hideFiltered, label }: FlowInput): ComponentFlowNode[] {
  const boxes = layoutNodes(project.components, { spread: false });
  return project.components.map((component, index) => {
    const box = boxes[index]!;
    const dimmed = kept !== null && !kept.components.has(component.id);
    return {
      id: component.id,
      type: 'component',
      position: { x: box.x, y: box.y },
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      selected: selected.components.has(component.id),
      hidden: dimmed && hideFiltered,
      ariaLabel: label(component),
      data: { component, sensitive: facts.componentSensitivity.get(component.id) === 'sensitive', dimmed },
    };
  });
}

export function buildEdges({ project, facts, selected, kept, hideFiltered, bySensitivity, edgeLabel }: FlowInput): InteractionFlowEdge[] {
  const names = new Map(project.components.map((c) => [c.id, c.name]));
  const drawable = project.interactions.filter((i) => names.has(i.from) && names.has(i.to));
  const offsets = parallelOffsets(drawable);
  return drawable.map((interaction) => {
    const timing = timingOf(interaction.pattern);
    const sensitivity = facts.interactionSensitivity.get(interaction.id) ?? 'none';
    const dimmed = kept !== null && !kept.interactions.has(interaction.id);
    const data: InteractionEdgeData = { interaction, timing, offset: offsets.get(interaction.id) ?? 0, sensitivity, bySensitivity, dimmed };
    return {
      id: interaction.id,
      type: 'csInteraction',
      source: interaction.from,
      target: interaction.to,
      selected: selected.interactions.has(interaction.id),
      hidden: dimmed && hideFiltered,
      ariaLabel: edgeLabel(interaction, names.get(interaction.from)!, names.get(interaction.to)!),
      markerEnd: { type: MarkerType.ArrowClosed, color: edgeColour(data), width: 16, height: 16 },
      data,
    };
  });
}
