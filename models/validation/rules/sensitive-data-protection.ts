import { describeEntity, targetOf } from '../context';
import { carriedData, isBlank, listIds } from '../dataFlows';
import type { Problem } from '../problem';
import { report, type Rule } from '../rule';

export const rule: Rule = {
  id: 'sensitive-data-protection',
  name: 'Sensitive data without protection',
  defaultSeverity: 'error',
  description:
    'An interaction carries sensitive data elements (health, disability, biometrics, poverty score...) but is not encrypted in transit, or names no data-protection impact assessment (GDPR art. 32 and 35).',
  fixHint:
    'In the interaction\'s security settings turn on encryption in transit (TLS, plus message encryption where the standard has it) and enter the reference of the DPIA that covers this flow.',
  check(context) {
    const carriedByIndex = carriedData(context);
    const out: Problem[] = [];
    context.project.interactions.forEach((interaction, i) => {
      const { sensitive } = carriedByIndex[i]!;
      if (sensitive.length === 0) return;
      const protectedInTransit = interaction.security.encryptionInTransit === true;
      const assessed = !isBlank(interaction.security.dpiaReference);
      if (protectedInTransit && assessed) return;
      const what = `interaction ${describeEntity(interaction)} carries sensitive data (${listIds(sensitive.map((carried) => carried.element.id))})`;
      const target = targetOf('interactions', interaction.id);
      if (!protectedInTransit) out.push(report(rule, `interactions[${i}].security.encryptionInTransit`, `${what} without encryption in transit`, target));
      if (!assessed) out.push(report(rule, `interactions[${i}].security.dpiaReference`, `${what} without a data-protection impact assessment reference`, target));
    });
    return out;
  },
};
