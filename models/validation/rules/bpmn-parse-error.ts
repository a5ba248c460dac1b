import { targetOf } from '../context';
import { report, type Rule } from '../rule';

export const rule: Rule = {
  id: 'bpmn-parse-error',
  name: 'BPMN cannot be read',
  defaultSeverity: 'error',
  description: 'The BPMN 2.0 XML of a process cannot be parsed, so its steps and links are unknown.',
  fixHint: 'Re-import the process from a BPMN 2.0 file saved by a modeller, or undo the change that broke it.',
  check(context) {
    return context.processSteps.flatMap((outcome, i) => {
      const process = context.project.processes[i];
      if (outcome === undefined || outcome.ok || process === undefined) return [];
      return [report(rule, `processes[${i}].bpmn`, outcome.error, targetOf('processes', process.id))];
    });
  },
};
