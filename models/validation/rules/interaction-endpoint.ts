import { describeEntity, targetOf } from '../context';
import type { Problem } from '../problem';
import { report, type Rule } from '../rule';

export const rule: Rule = {
  id: 'interaction-endpoint',
  name: 'Interaction end missing',
  defaultSeverity: 'error',
  description: 'An interaction has no initiator (`from`) or no provider (`to`), or connects a component to itself.',
  fixHint:
    'Connect the interaction to two different components in the landscape; an exchange inside one system is not an interaction, model it as a step of a process instead.',
  check(context) {
    const out: Problem[] = [];
    context.project.interactions.forEach((interaction, i) => {
      if (interaction.from !== '' && interaction.to !== '' && interaction.from !== interaction.to) return;
      const target = targetOf('interactions', interaction.id);
      if (interaction.from === '') out.push(report(rule, `interactions[${i}].from`, `interaction ${describeEntity(interaction)} has no initiating component`, target));
      if (interaction.to === '') out.push(report(rule, `interactions[${i}].to`, `interaction ${describeEntity(interaction)} has no providing component`, target));
      if (interaction.from !== '' && interaction.from === interaction.to) {
        out.push(report(rule, `interactions[${i}].to`, `interaction ${describeEntity(interaction)} connects component '${interaction.from}' to itself`, target));
      }
    });
    return out;
  },
};
