import { referenceProblems, UNKNOWN_CATALOG_ID } from '../references';
import type { Rule } from '../rule';

export const rule: Rule = {
  ...UNKNOWN_CATALOG_ID,
  name: 'Unknown catalogue id',
  description:
    'A component type, interaction pattern, legal basis, delivery-chain phase or step, or data usage is not one the built-in catalogue knows.',
  fixHint: 'Choose a value from the list offered in the panel (or the component type \'custom\' with a label of your own).',
  check: (context) => referenceProblems(context).filter((problem) => problem.ruleId === UNKNOWN_CATALOG_ID.id),
};
