import { BROKEN_REFERENCE, referenceProblems } from '../references';
import type { Rule } from '../rule';

export const rule: Rule = {
  ...BROKEN_REFERENCE,
  name: 'Broken reference',
  description:
    'A reference by id from an interaction, process step, scenario, data element or schema mapping points at a component, interaction, data element, code list, contract, contract operation, process or BPMN element that the project does not contain.',
  fixHint:
    'Pick an existing target in the element\'s panel, or create the missing component, data element, contract or step; if the target was renamed, link the new id.',
  check: (context) => referenceProblems(context).filter((problem) => problem.ruleId === BROKEN_REFERENCE.id),
};
