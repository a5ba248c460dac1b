import type { OperationRef } from '../../project/types';
import { describeEntity, describeStep, stepPath, targetOf, type ValidationContext } from '../context';
import { describeOperationRef, findContractOperation } from '../contractOperations';
import type { Problem } from '../problem';
import { report, type Rule } from '../rule';

/** Undefined when the ref is fine or cannot be judged (unknown contract: broken-reference; unreadable contract). */
function missing(context: ValidationContext, ref: OperationRef): string | undefined {
  const read = context.contractOperations(ref.contractId);
  if (read?.ok !== true || findContractOperation(read, ref) !== undefined) return undefined;
  return `${describeOperationRef(ref)}, which contract '${ref.contractId}' does not define`;
}

export const rule: Rule = {
  id: 'operation-not-in-contract',
  name: 'Operation not in the contract',
  defaultSeverity: 'error',
  description:
    'An interaction or a process step is linked to an operation (operationId, or method and path) that its API contract does not define, for example after the contract was replaced by a new version.',
  fixHint: 'Link the interaction or step to one of the contract\'s operations in its panel, or re-import the contract version that defines the operation.',
  check(context) {
    const out: Problem[] = [];
    context.project.interactions.forEach((interaction, i) => {
      if (interaction.apiOperation === undefined) return;
      const why = missing(context, interaction.apiOperation);
      if (why !== undefined) {
        out.push(report(rule, `interactions[${i}].apiOperation`, `interaction ${describeEntity(interaction)} is linked to ${why}`, targetOf('interactions', interaction.id)));
      }
    });
    for (const { processIndex, process, step } of context.stepsLinkingOperations) {
      for (const ref of step.operationRefs) {
        const why = missing(context, ref);
        if (why !== undefined) {
          out.push(report(rule, stepPath(processIndex, step.elementId), `${describeStep(step)} is linked to ${why}`, targetOf('processes', process.id), step.elementId));
        }
      }
    }
    return out;
  },
};
