import { describeEntity, targetOf } from '../context';
import type { Problem } from '../problem';
import { report, type Rule } from '../rule';

export const rule: Rule = {
  id: 'orphan-component',
  name: 'Component without interactions',
  defaultSeverity: 'warning',
  description: 'A component takes part in no interaction, so the landscape does not say how it exchanges data.',
  fixHint: 'Draw the interactions it takes part in, or remove the component if the programme does not use it.',
  check(context) {
    const out: Problem[] = [];
    context.project.components.forEach((component, i) => {
      if ((context.interactionCountByComponent.get(component.id) ?? 0) > 0) return;
      out.push(report(rule, `components[${i}]`, `component ${describeEntity(component)} takes part in no interaction`, targetOf('components', component.id)));
    });
    return out;
  },
};
