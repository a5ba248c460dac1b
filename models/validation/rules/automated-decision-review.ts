import type { StepInfo } from '../../process/steps';
import { describeStep, stepPath, targetOf, type ValidationContext } from '../context';
import { report, type Rule } from '../rule';

/** Delivery-chain steps whose outcome is a decision with legal effect on the person. */
const DECISION_CHAIN_STEPS: ReadonlySet<string> = new Set(['eligibility_enrolment_decision', 'exit_case_closure']);
/** A decision step named like one, when it carries no delivery-chain step. */
const DECISION_NAME = /\b(eligib\w*|exit\w*|graduat\w*)\b/i;
/** Activities a person performs: the model then shows a human in the loop. */
const HUMAN_TASKS: ReadonlySet<string> = new Set(['bpmn:UserTask', 'bpmn:ManualTask']);
const REVIEW_NAME = /\b(review\w*|appeal\w*|grievance\w*|complain\w*|complaint\w*|reconsider\w*|redress\w*|approv\w*)\b/i;

const isActivity = (step: StepInfo): boolean => step.bpmnType === 'bpmn:Task' || step.bpmnType.endsWith('Task');

function isDecision(step: StepInfo): boolean {
  if (step.chainStep !== undefined) return DECISION_CHAIN_STEPS.has(step.chainStep);
  return DECISION_NAME.test(step.name) && /\b(decid\w*|decision\w*|determin\w*|rules?)\b/i.test(step.name);
}

const isGrievanceSystem = (context: ValidationContext, componentId: string): boolean => context.componentsById.get(componentId)?.type === 'grievance_system';

function isReviewPath(context: ValidationContext, step: StepInfo): boolean {
  if (step.chainStep === 'grievance_redress') return true;
  if (HUMAN_TASKS.has(step.bpmnType) && REVIEW_NAME.test(step.name)) return true;
  // A step that opens a case in a grievance system is a path to redress.
  for (const id of step.interactionIds) {
    const interaction = context.interactionsById.get(id);
    if (interaction === undefined) continue;
    if (isGrievanceSystem(context, interaction.from) || isGrievanceSystem(context, interaction.to)) return true;
  }
  return false;
}

export const rule: Rule = {
  id: 'automated-decision-review',
  name: 'Automated decision without human review',
  defaultSeverity: 'warning',
  description:
    'A process has an automated eligibility or exit decision step (a service, business-rule, script or plain task linked to the delivery-chain step "eligibility and enrolment decisions" or "exit decisions", or named like an eligibility/exit decision) but no human review or grievance path: no user or manual task named review, approve, appeal or grievance, no step linked to "grievance redress and appeals", and no step exchanging with a grievance system (GDPR art. 22).',
  fixHint:
    'Add to the process a user task where a case worker reviews the decision (for instance the refusals), or a step that tells the person how to appeal and opens a case in the grievance system; a decision a person takes can be modelled as a user task.',
  check(context) {
    return context.processSteps.flatMap((outcome, i) => {
      const process = context.project.processes[i];
      if (!outcome?.ok || process === undefined) return [];
      const decisions = outcome.steps.filter((step) => isActivity(step) && !HUMAN_TASKS.has(step.bpmnType) && isDecision(step));
      if (decisions.length === 0 || outcome.steps.some((step) => isReviewPath(context, step))) return [];
      return decisions.map((step) =>
        report(
          rule,
          stepPath(i, step.elementId),
          `${describeStep(step)} decides automatically, and process '${process.name}' has no human review or grievance step`,
          targetOf('processes', process.id),
          step.elementId,
        ),
      );
    });
  },
};
