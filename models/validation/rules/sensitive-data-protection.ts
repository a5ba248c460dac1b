import { describeEntity, targetOf } from '../context';
import { carriedElements, isBlank, listIds } from '../dataFlows';
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
    return context.project.interactions.flatMap((interaction, i) => {
      const sensitive = carriedElements(context, interaction).filter((carried) => carried.element.sensitivity === 'sensitive');
      if (sensitive.length === 0) return [];
      const what = `interaction ${describeEntity(interaction)} carries sensitive data (${listIds(sensitive.map((carried) => carried.element.id))})`;
      const target = targetOf('interactions', interaction.id);
      const out = [];
      if (interaction.security.encryptionInTransit !== true) {
        out.push(report(rule, `interactions[${i}].security.encryptionInTransit`, `${what} without encryption in transit`, target));
      }
      if (isBlank(interaction.security.dpiaReference)) {
        out.push(report(rule, `interactions[${i}].security.dpiaReference`, `${what} without a data-protection impact assessment reference`, target));
      }
      return out;
    });
  },
};
