import { componentSector, getLegalBasis } from '../../catalog';
import { describeEntity, targetOf } from '../context';
import type { Problem } from '../problem';
import { report, type Rule } from '../rule';

export const rule: Rule = {
  id: 'legitimate-interest-public-body',
  name: 'Legitimate interests used by a public body',
  defaultSeverity: 'error',
  description:
    'An interaction sent or received by a public body gives "legitimate interests" as its legal basis, which is not available to public authorities performing their tasks (GDPR art. 6(1), last sentence).',
  fixHint:
    'Use the basis the law gives the agency, usually public task (art. 6(1)(e)) or legal obligation (art. 6(1)(c)), and name that law in the legal reference; if a component is in fact run by a private operator, set its sector.',
  check(context) {
    const out: Problem[] = [];
    context.project.interactions.forEach((interaction, i) => {
      if (interaction.legalBasis === undefined) return;
      const basis = getLegalBasis(interaction.legalBasis);
      if (basis === undefined || basis.availableToPublicAuthorities) return;
      const publicEnds = [interaction.from, interaction.to]
        .map((id) => context.componentsById.get(id))
        .filter((component, index, all) => component !== undefined && all.indexOf(component) === index && componentSector(component) === 'public');
      if (publicEnds.length === 0) return;
      const names = publicEnds.map((component) => describeEntity(component!)).join(' and ');
      out.push(
        report(
          rule,
          `interactions[${i}].legalBasis`,
          `interaction ${describeEntity(interaction)} relies on ${basis.name.toLowerCase()} but ${names} ${publicEnds.length === 1 ? 'is a public body' : 'are public bodies'}`,
          targetOf('interactions', interaction.id),
        ),
      );
    });
    return out;
  },
};
