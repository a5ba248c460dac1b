// What an interaction carries, as the data-protection rules see it.

import type { DataElement, Interaction } from '../project/types';
import type { ValidationContext } from './context';

export interface CarriedElement {
  /** Index in interaction.dataElements, for the JSON path. */
  index: number;
  element: DataElement;
  direction: 'request' | 'response';
}

/** What one interaction carries, split the way the rules ask; read-only for the rules. */
export interface CarriedData {
  /** The known data elements it carries (unknown ids are broken references, reported elsewhere). */
  all: readonly CarriedElement[];
  /** Those about a person: sensitivity 'personal' or 'sensitive'. */
  personal: readonly CarriedElement[];
  /** Those of sensitivity 'sensitive'. */
  sensitive: readonly CarriedElement[];
}

const NOTHING: CarriedData = { all: [], personal: [], sensitive: [] };

/**
 * Per run, per interaction index: four rules look at what each interaction carries, so it is
 * worked out once, in one pass, aligned with project.interactions.
 */
const carriedByContext = new WeakMap<ValidationContext, readonly CarriedData[]>();

function carriedOf(context: ValidationContext, interaction: Interaction): CarriedData {
  let all: CarriedElement[] | undefined;
  let personal: CarriedElement[] | undefined;
  let sensitive: CarriedElement[] | undefined;
  const listed = interaction.dataElements;
  for (let index = 0; index < listed.length; index++) {
    const carried = listed[index]!;
    const element = context.dataElementsById.get(carried.elementId);
    if (element === undefined) continue;
    const entry: CarriedElement = { index, element, direction: carried.direction };
    (all ??= []).push(entry);
    if (element.sensitivity !== 'none') (personal ??= []).push(entry);
    if (element.sensitivity === 'sensitive') (sensitive ??= []).push(entry);
  }
  return all === undefined ? NOTHING : { all, personal: personal ?? NOTHING.personal, sensitive: sensitive ?? NOTHING.sensitive };
}

/** What project.interactions[i] carries, for every i, computed once per context. */
export function carriedData(context: ValidationContext): readonly CarriedData[] {
  let known = carriedByContext.get(context);
  if (!known) {
    const interactions = context.project.interactions;
    const out = new Array<CarriedData>(interactions.length);
    for (let i = 0; i < interactions.length; i++) out[i] = carriedOf(context, interactions[i]!);
    known = out;
    carriedByContext.set(context, known);
  }
  return known;
}

/** "person.identifier, person.sex and 2 more" for messages. */
export function listIds(ids: readonly string[], max = 3): string {
  const unique = [...new Set(ids)];
  if (unique.length <= max) return unique.join(', ');
  return `${unique.slice(0, max).join(', ')} and ${unique.length - max} more`;
}

export const isBlank = (text: string | undefined): boolean => text === undefined || text.trim() === '';
