import { describe, expect, it } from 'vitest';
import { cleanProject, linearBpmn, ofRule, validateFully, type BpmnTask } from './fixtures';

const decide: BpmnTask = {
  id: 'Task_decide',
  name: 'Apply eligibility rules',
  type: 'businessRuleTask',
  links: '<cs:stepLinks chainStep="eligibility_enrolment_decision"/>',
};
const notify: BpmnTask = { id: 'Task_notify', name: 'Send decision letter', type: 'sendTask' };

function withProcess(tasks: BpmnTask[]) {
  const project = cleanProject();
  project.processes.push({ id: 'eligibility', name: 'Eligibility', phase: 'enroll', bpmn: linearBpmn('P_eligibility', tasks) });
  return project;
}

describe('automated-decision-review', () => {
  it('warns about an automated eligibility decision in a process with no human review or grievance path', async () => {
    const problems = ofRule(await validateFully(withProcess([decide, notify])), 'automated-decision-review');
    expect(problems).toEqual([
      {
        ruleId: 'automated-decision-review',
        severity: 'warning',
        message: "processes[1].bpmn#Task_decide: step 'Apply eligibility rules' (Task_decide) decides automatically, and process 'Eligibility' has no human review or grievance step",
        path: 'processes[1].bpmn#Task_decide',
        target: { kind: 'processes', id: 'eligibility' },
        bpmnElementId: 'Task_decide',
      },
    ]);
    // Exit decisions named as such count too, without a chain step.
    const exit = withProcess([{ id: 'Task_exit', name: 'Decide exit of graduated households', type: 'serviceTask' }]);
    expect(ofRule(await validateFully(exit), 'automated-decision-review').map((problem) => problem.bpmnElementId)).toEqual(['Task_exit']);
  });

  it('is silent with a review task, a grievance step, or a decision a person takes', async () => {
    const review = withProcess([decide, { id: 'Task_review', name: 'Review refusals', type: 'userTask' }, notify]);
    expect(ofRule(await validateFully(review), 'automated-decision-review')).toEqual([]);
    const grievance = withProcess([decide, { id: 'Task_appeal', name: 'Register appeal', type: 'serviceTask', links: '<cs:stepLinks chainStep="grievance_redress"/>' }]);
    expect(ofRule(await validateFully(grievance), 'automated-decision-review')).toEqual([]);
    const human = withProcess([{ ...decide, type: 'userTask' }, notify]);
    expect(ofRule(await validateFully(human), 'automated-decision-review')).toEqual([]);
  });
});
