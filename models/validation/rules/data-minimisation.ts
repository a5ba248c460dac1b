import { describeEntity, describeStep, targetOf, type StepRef, type ValidationContext } from '../context';
import { listIds, personalElements, type CarriedElement } from '../dataFlows';
import { report, type Rule } from '../rule';
import type { Interaction } from '../../project/types';

/** Interactions already designed as minimal-disclosure checks. */
const isVerification = (interaction: Interaction): boolean =>
  interaction.operationKind === 'verify' || interaction.pattern === 'verification_yes_no';

/**
 * The personal data the interaction returns to its initiator. Only the response is judged: the
 * steps that link an interaction are the initiator's, while the provider's use of a request is
 * usually not modelled (and a notification's steps may be on either side).
 */
const returnedData = (personal: readonly CarriedElement[]): CarriedElement[] => personal.filter((carried) => carried.direction === 'response');

/** Element ids any step uses in the processes where the interaction is linked: data often serves a later step. */
function usedInProcesses(context: ValidationContext, steps: readonly StepRef[], perProcess: Map<number, Set<string>>): (elementId: string) => boolean {
  const sets: Set<string>[] = [];
  for (const processIndex of new Set(steps.map((ref) => ref.processIndex))) {
    let used = perProcess.get(processIndex);
    if (!used) {
      used = new Set<string>();
      const outcome = context.processSteps[processIndex];
      if (outcome?.ok) for (const step of outcome.steps) for (const ref of step.dataRefs) used.add(ref.elementId);
      perProcess.set(processIndex, used);
    }
    sets.push(used);
  }
  return (elementId) => sets.some((used) => used.has(elementId));
}

/** Every linking step uses the returned data, and only to verify it. */
function onlyVerifies(steps: readonly StepRef[], returned: ReadonlySet<string>): boolean {
  return steps.every(({ step }) => {
    const uses = step.dataRefs.filter((ref) => returned.has(ref.elementId));
    return uses.length > 0 && uses.every((ref) => ref.usage === 'verifies');
  });
}

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
    // The elements each process uses, computed once per process for all its interactions.
    const perProcess = new Map<number, Set<string>>();
    return context.project.interactions.flatMap((interaction, i) => {
      const steps = context.stepsLinkingInteraction.get(interaction.id) ?? [];
      // Without steps that say which data they use, nothing can be concluded.
      if (!steps.some(({ step }) => step.dataRefs.length > 0)) return [];
      const received = returnedData(personalElements(context, interaction));
      if (received.length === 0) return [];
      const target = targetOf('interactions', interaction.id);
      const out = [];
      const returned = new Set(received.map((carried) => carried.element.id));
      if (!isVerification(interaction) && onlyVerifies(steps, returned)) {
        const names = steps.map(({ step }) => describeStep(step)).join(', ');
        out.push(
          report(
            rule,
            `interactions[${i}].operationKind`,
            `interaction ${describeEntity(interaction)} returns full records (${listIds([...returned])}) but ${names} only ${steps.length === 1 ? 'verifies' : 'verify'} them: a yes/no verification would do`,
            target,
          ),
        );
      }
      const isUsed = usedInProcesses(context, steps, perProcess);
      for (const carried of received) {
        if (isUsed(carried.element.id)) continue;
        out.push(
          report(
            rule,
            `interactions[${i}].dataElements[${carried.index}]`,
            `interaction ${describeEntity(interaction)} returns '${carried.element.id}' but no step of the processes that use the interaction reads, creates, updates or verifies it`,
            target,
          ),
        );
      }
      return out;
    });
  },
};
