import { describeEntity, targetOf } from '../context';
import { carriedData, isBlank, listIds } from '../dataFlows';
import type { Problem } from '../problem';
import { report, type Rule } from '../rule';

export const rule: Rule = {
  id: 'legal-basis-required',
  name: 'Personal data without legal basis or purpose',
  defaultSeverity: 'error',
  description:
    'An interaction carries personal or sensitive data elements but states no legal basis, or no purpose, for the processing (GDPR art. 5(1)(b) and 6).',
  fixHint:
    'In the interaction\'s panel choose the legal basis (for a social protection agency usually public task or legal obligation), name the law in the legal reference, and write the specific purpose of the exchange.',
  check(context) {
    const carriedByIndex = carriedData(context);
    const out: Problem[] = [];
    context.project.interactions.forEach((interaction, i) => {
      const { personal } = carriedByIndex[i]!;
      if (personal.length === 0) return;
      if (!isBlank(interaction.legalBasis) && !isBlank(interaction.purpose)) return;
      const carried = listIds(personal.map((entry) => entry.element.id));
      const target = targetOf('interactions', interaction.id);
      if (isBlank(interaction.legalBasis)) {
        out.push(report(rule, `interactions[${i}].legalBasis`, `interaction ${describeEntity(interaction)} carries personal data (${carried}) but has no legal basis`, target));
      }
      if (isBlank(interaction.purpose)) {
        out.push(report(rule, `interactions[${i}].purpose`, `interaction ${describeEntity(interaction)} carries personal data (${carried}) but states no purpose`, target));
      }
    });
    return out;
  },
};
