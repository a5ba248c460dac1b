import { targetOf } from '../context';
import { report, type Rule } from '../rule';

export const rule: Rule = {
  id: 'bpmn-warning',
  name: 'BPMN reading warning',
  defaultSeverity: 'warning',
  description: 'Part of the BPMN 2.0 XML of a process was skipped or a reference inside it could not be resolved.',
  fixHint: 'Open the process and save it again from the editor, or fix the named element in the modeller the file came from.',
  check(context) {
    return context.processSteps.flatMap((outcome, i) => {
      const process = context.project.processes[i];
      if (!outcome?.ok || process === undefined) return [];
      return outcome.warnings.map((warning) => report(rule, `processes[${i}].bpmn`, warning, targetOf('processes', process.id)));
    });
  },
};
