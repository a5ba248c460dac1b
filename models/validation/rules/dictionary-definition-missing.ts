import { describeEntity, targetOf } from '../context';
import { isBlank } from '../dataFlows';
import type { Problem } from '../problem';
import { report, type Rule } from '../rule';

export const rule: Rule = {
  id: 'dictionary-definition-missing',
  name: 'Data element without definition',
  defaultSeverity: 'warning',
  description: 'A data element of the dictionary has no definition, so the agencies exchanging it may each read it differently.',
  fixHint: 'Write in the dictionary what the element means, its unit or format and who is authoritative for it (one or two sentences).',
  check(context) {
    const out: Problem[] = [];
    context.project.dataElements.forEach((element, i) => {
      if (!isBlank(element.definition)) return;
      out.push(report(rule, `dataElements[${i}].definition`, `data element ${describeEntity(element)} has no definition`, targetOf('dataElements', element.id)));
    });
    return out;
  },
};
