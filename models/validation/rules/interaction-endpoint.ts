import { describeEntity, targetOf } from '../context';
import { report, type Rule } from '../rule';

export const rule: Rule = {
  id: 'interaction-endpoint',
  name: 'Interaction end missing',
  defaultSeverity: 'error',
  description: 'An interaction has no initiator (`from`) or no provider (`to`), or connects a component to itself.',
  fixHint:
    'Connect the interaction to two different components in the landscape; an exchange inside one system is not an interaction, model it as a step of a process instead.',
  check(context) {
    return context.project.interactions.flatMap((interaction, i) => {
      const target = targetOf('interactions', interaction.id);
      const out = [];
      if (interaction.from === '') out.push(report(rule, `interactions[${i}].from`, `interaction ${describeEntity(interaction)} has no initiating component`, target));
      if (interaction.to === '') out.push(report(rule, `interactions[${i}].to`, `interaction ${describeEntity(interaction)} has no providing component`, target));
      if (interaction.from !== '' && interaction.from === interaction.to) {
        out.push(report(rule, `interactions[${i}].to`, `interaction ${describeEntity(interaction)} connects component '${interaction.from}' to itself`, target));
      }
      return out;
    });
  },
};
