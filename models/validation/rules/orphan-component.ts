import { describeEntity, targetOf } from '../context';
import { report, type Rule } from '../rule';

export const rule: Rule = {
  id: 'orphan-component',
  name: 'Component without interactions',
  defaultSeverity: 'warning',
  description: 'A component takes part in no interaction, so the landscape does not say how it exchanges data.',
  fixHint: 'Draw the interactions it takes part in, or remove the component if the programme does not use it.',
  check(context) {
    return context.project.components.flatMap((component, i) =>
      (context.interactionCountByComponent.get(component.id) ?? 0) > 0
        ? []
        : [report(rule, `components[${i}]`, `component ${describeEntity(component)} takes part in no interaction`, targetOf('components', component.id))],
    );
  },
};
