import { componentSector } from '../../catalog';
import type { Component } from '../../project/types';
import { describeEntity, targetOf, type ValidationContext } from '../context';
import { carriedData } from '../dataFlows';
import type { Problem } from '../problem';
import { report, type Rule } from '../rule';

/**
 * Patterns where the person acts themselves and chooses what to share (an OpenID Connect login
 * shows a consent screen): consent is genuine there, not a condition of getting the benefit.
 */
const PERSON_INITIATED_PATTERNS: ReadonlySet<string> = new Set(['oidc_authentication']);

/** The component at `id` when it is a public body. */
function publicBodyAt(context: ValidationContext, id: string): Component | undefined {
  const component = context.componentsById.get(id);
  return component !== undefined && componentSector(component) === 'public' ? component : undefined;
}

export const rule: Rule = {
  id: 'consent-sole-basis',
  name: 'Consent as the only basis for programme processing',
  defaultSeverity: 'warning',
  description:
    'An exchange of personal data that a public body needs to run the programme rests on consent alone; consent is not freely given when the benefit depends on it. Checked on interactions with a public body at either end, except person-initiated logins (OpenID Connect).',
  fixHint:
    'Base the exchange on the law that sets up the programme (public task or legal obligation) and keep consent for optional uses; if consent really is the basis, describe in the purpose how the person can refuse without losing the benefit.',
  check(context) {
    const carriedByIndex = carriedData(context);
    const out: Problem[] = [];
    context.project.interactions.forEach((interaction, i) => {
      if (interaction.legalBasis !== 'consent' || PERSON_INITIATED_PATTERNS.has(interaction.pattern)) return;
      if (carriedByIndex[i]!.personal.length === 0) return;
      // The initiator is named when both ends are public bodies.
      const publicBody = publicBodyAt(context, interaction.from) ?? publicBodyAt(context, interaction.to);
      if (publicBody === undefined) return;
      out.push(
        report(
          rule,
          `interactions[${i}].legalBasis`,
          `interaction ${describeEntity(interaction)} exchanges personal data with public body ${describeEntity(publicBody)} on consent alone`,
          targetOf('interactions', interaction.id),
        ),
      );
    });
    return out;
  },
};
