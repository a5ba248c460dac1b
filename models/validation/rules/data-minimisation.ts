import { describeEntity, describeStep, targetOf, type StepRef, type ValidationContext } from '../context';
import { carriedData, listIds, type CarriedElement } from '../dataFlows';
import type { Problem } from '../problem';
import { report, type Rule } from '../rule';
import type { DataElement, Interaction } from '../../project/types';

/** Interactions already designed as minimal-disclosure checks. */
const isVerification = (interaction: Interaction): boolean =>
  interaction.operationKind === 'verify' || interaction.pattern === 'verification_yes_no';

/**
 * The personal data the interaction returns to its initiator. Only the response is judged: the
 * steps that link an interaction are the initiator's, while the provider's use of a request is
 * usually not modelled (and a notification's steps may be on either side).
 */
function returnedData(personal: readonly CarriedElement[]): readonly CarriedElement[] {
  // Most interactions return everything they carry or nothing: no copy for those.
  let responses = 0;
  for (const carried of personal) if (carried.direction === 'response') responses++;
  if (responses === personal.length) return personal;
  return responses === 0 ? [] : personal.filter((carried) => carried.direction === 'response');
}

function returns(received: readonly CarriedElement[], elementId: string): boolean {
  for (const carried of received) if (carried.element.id === elementId) return true;
  return false;
}

/** Whether any step of the processes where the interaction is linked uses the element: data often serves a later step. */
function usedInProcesses(context: ValidationContext, steps: readonly StepRef[], element: DataElement): boolean {
  for (const { processIndex } of steps) if (context.dataUseOfProcess(processIndex).elements.has(element)) return true;
  return false;
}

/** Every linking step uses the returned data, and only to verify it. */
function onlyVerifies(steps: readonly StepRef[], received: readonly CarriedElement[]): boolean {
  for (const { step } of steps) {
    let uses = false;
    for (const ref of step.dataRefs) {
      if (!returns(received, ref.elementId)) continue;
      if (ref.usage !== 'verifies') return false;
      uses = true;
    }
    if (!uses) return false;
  }
  return true;
}

const hasDataRefs = (steps: readonly StepRef[]): boolean => {
  for (const { step } of steps) if (step.dataRefs.length > 0) return true;
  return false;
};

export const rule: Rule = {
  id: 'data-minimisation',
  name: 'More personal data than the steps use',
  defaultSeverity: 'warning',
  description:
    'An interaction returns full records although every process step that links it only verifies them, or returns personal data elements that no step of the processes using the interaction reads, creates, updates or verifies (GDPR art. 5(1)(c)). Checked only for interactions linked from at least one step that records its data use.',
  fixHint:
    'Where the step only checks a fact, use a yes/no verification operation instead of a search (as the DCI disability registry /registry/sync/disabled and IBR /registry/sync/enrolled APIs do); otherwise remove the elements no step needs from the interaction, or link them to the step that uses them.',
  check(context) {
    if (!context.deep) return [];
    const carriedByIndex = carriedData(context);
    const out: Problem[] = [];
    context.project.interactions.forEach((interaction, i) => {
      const steps = context.stepsLinkingInteraction.get(interaction.id);
      // Without steps that say which data they use, nothing can be concluded.
      if (steps === undefined || !hasDataRefs(steps)) return;
      const received = returnedData(carriedByIndex[i]!.personal);
      if (received.length === 0) return;
      const target = targetOf('interactions', interaction.id);
      const what = `interaction ${describeEntity(interaction)}`;
      if (!isVerification(interaction) && onlyVerifies(steps, received)) {
        const names = steps.map(({ step }) => describeStep(step)).join(', ');
        out.push(
          report(
            rule,
            `interactions[${i}].operationKind`,
            `${what} returns full records (${listIds(received.map((carried) => carried.element.id))}) but ${names} only ${steps.length === 1 ? 'verifies' : 'verify'} them: a yes/no verification would do`,
            target,
          ),
        );
      }
      for (const carried of received) {
        if (usedInProcesses(context, steps, carried.element)) continue;
        out.push(
          report(
            rule,
            `interactions[${i}].dataElements[${carried.index}]`,
            `${what} returns '${carried.element.id}' but no step of the processes that use the interaction reads, creates, updates or verifies it`,
            target,
          ),
        );
      }
    });
    return out;
  },
};
