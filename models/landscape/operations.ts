// Edits of the landscape (components and interactions) as pure functions: each takes a project
// and returns a new one (or the same object when nothing changes, so the store records no undo
// step). The editor calls them through updateProject; the command line and tests call them
// directly.

import { CUSTOM_COMPONENT_TYPE, getComponentType } from '../catalog';
import { slugify, uniqueId } from '../project/ids';
import type { Component, Interaction, OperationKind, Position, Project, Protocol } from '../project/types';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry';

export const DEFAULT_PATTERN = 'sync_request_response';

const idsOf = (items: readonly { id: string }[]): Set<string> => new Set(items.map((item) => item.id));

/** Canvas units are whole numbers in the file so diffs stay quiet. */
const roundPosition = (position: Position): Position => ({ x: Math.round(position.x), y: Math.round(position.y) });

export interface AddComponentArgs {
  type: string;
  position: Position;
  /** Defaults to the catalogue type's short name (or "Custom system"). */
  name?: string;
}

/** Adds a component of a catalogue type at a position; returns the project and the new id. */
export function addComponent(project: Project, args: AddComponentArgs): { project: Project; id: string } {
  const type = getComponentType(args.type);
  const name = args.name ?? (type && args.type !== CUSTOM_COMPONENT_TYPE ? type.shortName : 'Custom system');
  const id = uniqueId(slugify(name), idsOf(project.components));
  const component: Component = { id, name, type: args.type, standards: [], position: roundPosition(args.position) };
  return { project: { ...project, components: [...project.components, component] }, id };
}

const SPOT_GAP = 24;
const SPOT_STEP = 60;

/**
 * `position` if a card placed there (top-left) covers no other card, otherwise the nearest
 * free place on rings of growing distance around it: where "add at the centre" puts a card
 * when the centre is taken.
 */
export function freeSpot(project: Project, position: Position): Position {
  const boxes = project.components.flatMap((c) => (c.position ? [c.position] : []));
  const free = (p: Position) =>
    boxes.every((b) => Math.abs(b.x - p.x) >= NODE_WIDTH + SPOT_GAP || Math.abs(b.y - p.y) >= NODE_HEIGHT + SPOT_GAP);
  if (free(position)) return position;
  for (let ring = 1; ring <= 50; ring++) {
    const candidates: Position[] = [];
    for (let dx = -ring; dx <= ring; dx++)
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        candidates.push({ x: position.x + dx * SPOT_STEP * 2, y: position.y + dy * SPOT_STEP });
      }
    candidates.sort((a, b) => Math.hypot(a.x - position.x, a.y - position.y) - Math.hypot(b.x - position.x, b.y - position.y));
    const found = candidates.find(free);
    if (found) return found;
  }
  return position;
}

/** Sensible operation kind and protocol for a new interaction of a pattern. */
export function patternDefaults(patternId: string): { operationKind: OperationKind; protocol: Protocol } {
  switch (patternId) {
    case 'verification_yes_no':
    case 'oidc_authentication':
      return { operationKind: 'verify', protocol: 'rest' };
    case 'subscribe_notify':
    case 'webhook':
      return { operationKind: 'notify', protocol: 'rest' };
    case 'publish_subscribe_broker':
      return { operationKind: 'notify', protocol: 'message_queue' };
    case 'batch_file_exchange':
      return { operationKind: 'create', protocol: 'sftp_file' };
    case 'data_replication':
      return { operationKind: 'update', protocol: 'other' };
    case 'bulk_batch_api':
      return { operationKind: 'create', protocol: 'rest' };
    case 'manual_offline':
      return { operationKind: 'create', protocol: 'other' };
    default:
      return { operationKind: 'read', protocol: 'rest' };
  }
}

export interface ConnectArgs {
  from: string;
  to: string;
  pattern?: string;
  name?: string;
}

/**
 * A new interaction from the initiator to the provider with the pattern's defaults. Unknown
 * endpoints leave the project unchanged (id null): an edge to nowhere is never created.
 */
export function connectComponents(project: Project, args: ConnectArgs): { project: Project; id: string | null } {
  const from = project.components.find((c) => c.id === args.from);
  const to = project.components.find((c) => c.id === args.to);
  if (!from || !to) return { project, id: null };
  const pattern = args.pattern ?? DEFAULT_PATTERN;
  const name = args.name ?? `${from.name} → ${to.name}`;
  const id = uniqueId(slugify(`${from.id}-to-${to.id}`), idsOf(project.interactions));
  const interaction: Interaction = {
    id,
    name,
    from: from.id,
    to: to.id,
    pattern,
    ...patternDefaults(pattern),
    dataElements: [],
    security: pattern === 'manual_offline' ? {} : { encryptionInTransit: true },
  };
  return { project: { ...project, interactions: [...project.interactions, interaction] }, id };
}

/** Drops keys whose value is undefined or '' so optional fields disappear from the file. */
function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined && v !== '') out[key] = v;
  return out as T;
}

export type ComponentChanges = Partial<Omit<Component, 'id'>>;

/** Changes fields of one component (the id stays); '' or undefined removes an optional field. */
export function updateComponent(project: Project, id: string, changes: ComponentChanges): Project {
  const index = project.components.findIndex((c) => c.id === id);
  if (index < 0) return project;
  const next = compact({ ...project.components[index]!, ...changes, id });
  if (next.type !== CUSTOM_COMPONENT_TYPE) delete next.customType;
  if (!next.name) next.name = project.components[index]!.name;
  const components = project.components.slice();
  components[index] = next;
  return { ...project, components };
}

export type InteractionChanges = Partial<Omit<Interaction, 'id'>>;

/** Changes fields of one interaction; endpoints must name existing components. */
export function updateInteraction(project: Project, id: string, changes: InteractionChanges): Project {
  const index = project.interactions.findIndex((i) => i.id === id);
  if (index < 0) return project;
  const next = compact({ ...project.interactions[index]!, ...changes, id });
  const componentIds = idsOf(project.components);
  if (!componentIds.has(next.from) || !componentIds.has(next.to)) return project;
  if (!next.name) next.name = project.interactions[index]!.name;
  next.security = compact(next.security ?? {});
  if (next.apiOperation) next.apiOperation = compact(next.apiOperation);
  const interactions = project.interactions.slice();
  interactions[index] = next;
  return { ...project, interactions };
}

export interface DeletionPlan {
  components: Component[];
  /** Interactions chosen for deletion plus those that would lose an endpoint. */
  interactions: Interaction[];
  /** The interactions removed only because an endpoint goes (for the confirmation). */
  cascaded: Interaction[];
}

/** What deleting these components and interactions removes, before asking the user. */
export function planDeletion(project: Project, componentIds: Iterable<string>, interactionIds: Iterable<string> = []): DeletionPlan {
  const doomed = new Set(componentIds);
  const chosen = new Set(interactionIds);
  const components = project.components.filter((c) => doomed.has(c.id));
  const interactions: Interaction[] = [];
  const cascaded: Interaction[] = [];
  for (const interaction of project.interactions) {
    const dangles = doomed.has(interaction.from) || doomed.has(interaction.to);
    if (chosen.has(interaction.id) || dangles) interactions.push(interaction);
    if (dangles && !chosen.has(interaction.id)) cascaded.push(interaction);
  }
  return { components, interactions, cascaded };
}

/**
 * Removes the components and interactions and every interaction that would dangle; scenario
 * steps stop naming removed interactions. Returns the plan that was carried out.
 */
export function deleteElements(
  project: Project,
  componentIds: Iterable<string>,
  interactionIds: Iterable<string> = [],
): { project: Project; removed: DeletionPlan } {
  const plan = planDeletion(project, componentIds, interactionIds);
  if (plan.components.length === 0 && plan.interactions.length === 0) return { project, removed: plan };
  const goneComponents = idsOf(plan.components);
  const goneInteractions = idsOf(plan.interactions);
  const touchesScenarios = project.scenarios.some((scenario) => scenario.steps.some((step) => step.interactionIds.some((id) => goneInteractions.has(id))));
  const scenarios = !touchesScenarios ? project.scenarios : project.scenarios.map((scenario) =>
    scenario.steps.some((step) => step.interactionIds.some((id) => goneInteractions.has(id)))
      ? {
          ...scenario,
          steps: scenario.steps.map((step) => ({ ...step, interactionIds: step.interactionIds.filter((id) => !goneInteractions.has(id)) })),
        }
      : scenario,
  );
  return {
    project: {
      ...project,
      components: goneComponents.size > 0 ? project.components.filter((c) => !goneComponents.has(c.id)) : project.components,
      interactions: project.interactions.filter((i) => !goneInteractions.has(i.id)),
      scenarios,
    },
    removed: plan,
  };
}

/**
 * Stores canvas positions (top-left corners) for components; unknown ids are ignored and an
 * unchanged layout returns the same project.
 */
export function applyPositions(project: Project, positions: ReadonlyMap<string, Position>): Project {
  let changed = false;
  const components = project.components.map((component) => {
    const raw = positions.get(component.id);
    if (!raw || !Number.isFinite(raw.x) || !Number.isFinite(raw.y)) return component;
    const position = roundPosition(raw);
    if (component.position && component.position.x === position.x && component.position.y === position.y) return component;
    changed = true;
    return { ...component, position };
  });
  return changed ? { ...project, components } : project;
}

/** Moves components by a delta (keyboard nudges, moving a selection). */
export function moveComponents(project: Project, ids: Iterable<string>, delta: Position, fallback: ReadonlyMap<string, Position> = new Map()): Project {
  const wanted = new Set(ids);
  const positions = new Map<string, Position>();
  for (const component of project.components) {
    if (!wanted.has(component.id)) continue;
    const from = component.position ?? fallback.get(component.id) ?? { x: 0, y: 0 };
    positions.set(component.id, { x: from.x + delta.x, y: from.y + delta.y });
  }
  return applyPositions(project, positions);
}
