import { getInteractionPattern } from '../../catalog';
import type { ContractOperation } from '../../contracts/operations';
import { describeEntity, targetOf } from '../context';
import { describeOperationRef, findContractOperation } from '../contractOperations';
import { report, type Rule } from '../rule';

/** "/registry/search" → "/registry/on-search": the DCI and G2P Connect naming of result endpoints. */
export function onCounterpartPath(path: string): string {
  const cut = path.lastIndexOf('/');
  return `${path.slice(0, cut + 1)}on-${path.slice(cut + 1)}`;
}

function hasCounterpart(operations: readonly ContractOperation[], operation: ContractOperation): boolean {
  const path = onCounterpartPath(operation.path);
  const ids = operation.operationId === undefined ? [] : [`on-${operation.operationId}`, `on_${operation.operationId}`, `on${operation.operationId.charAt(0).toUpperCase()}${operation.operationId.slice(1)}`];
  return operations.some((candidate) => candidate.path === path || (candidate.operationId !== undefined && ids.includes(candidate.operationId)));
}

export const rule: Rule = {
  id: 'async-callback-missing',
  name: 'Asynchronous interaction without callback',
  defaultSeverity: 'warning',
  description:
    'An interaction with an asynchronous pattern (request, then the result on a callback) is linked to an API operation that declares no OpenAPI callback and has no on- counterpart in its contract (e.g. /registry/search without /registry/on-search), so the result cannot come back.',
  fixHint:
    'Link the interaction to a contract that defines the callback (OpenAPI `callbacks`, or the on-<action> endpoint the caller exposes), or change the pattern to synchronous request/response if the provider answers in the same exchange.',
  check(context) {
    return context.project.interactions.flatMap((interaction, i) => {
      const ref = interaction.apiOperation;
      if (ref === undefined || getInteractionPattern(interaction.pattern)?.timing !== 'async') return [];
      const read = context.contractOperations(ref.contractId);
      if (read?.ok !== true) return [];
      const operation = findContractOperation(read.operations, ref);
      // A missing operation is `operation-not-in-contract`'s finding.
      if (operation === undefined || operation.callbacks.length > 0 || hasCounterpart(read.operations, operation)) return [];
      return [
        report(
          rule,
          `interactions[${i}].apiOperation`,
          `interaction ${describeEntity(interaction)} is asynchronous but ${describeOperationRef(operation)} of contract '${ref.contractId}' has no callback and the contract has no ${onCounterpartPath(operation.path)}`,
          targetOf('interactions', interaction.id),
        ),
      ];
    });
  },
};
