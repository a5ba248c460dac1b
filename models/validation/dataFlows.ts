// What an interaction carries, as the data-protection rules see it.

import type { DataElement, Interaction } from '../project/types';
import type { ValidationContext } from './context';

export interface CarriedElement {
  /** Index in interaction.dataElements, for the JSON path. */
  index: number;
  element: DataElement;
  direction: 'request' | 'response';
}

/** Per run, per interaction: four rules look at what each interaction carries. Read-only for the rules. */
const carriedByContext = new WeakMap<ValidationContext, WeakMap<Interaction, CarriedElement[]>>();

/** The known data elements the interaction carries (unknown ids are broken references, reported elsewhere). */
export function carriedElements(context: ValidationContext, interaction: Interaction): readonly CarriedElement[] {
  let known = carriedByContext.get(context);
  if (!known) {
    known = new WeakMap();
    carriedByContext.set(context, known);
  }
  let out = known.get(interaction);
  if (!out) {
    out = [];
    for (const [index, carried] of interaction.dataElements.entries()) {
      const element = context.dataElementsById.get(carried.elementId);
      if (element) out.push({ index, element, direction: carried.direction });
    }
    known.set(interaction, out);
  }
  return out;
}

/** Carried elements about a person: sensitivity 'personal' or 'sensitive'. */
export const personalElements = (context: ValidationContext, interaction: Interaction): CarriedElement[] =>
  carriedElements(context, interaction).filter((carried) => carried.element.sensitivity !== 'none');

/** "person.identifier, person.sex and 2 more" for messages. */
export function listIds(ids: readonly string[], max = 3): string {
  const unique = [...new Set(ids)];
  if (unique.length <= max) return unique.join(', ');
  return `${unique.slice(0, max).join(', ')} and ${unique.length - max} more`;
}

export const isBlank = (text: string | undefined): boolean => text === undefined || text.trim() === '';
