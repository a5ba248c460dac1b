import { getInteractionPattern } from '../../catalog';
import type { ContractOperation } from '../../contracts/operations';
import { describeEntity, targetOf } from '../context';
import { describeOperationRef, findContractOperation, type OperationLookup } from '../contractOperations';
import type { Problem } from '../problem';
import { report, type Rule } from '../rule';

/** "/registry/search" → "/registry/on-search": the DCI and G2P Connect naming of result endpoints. */
export function onCounterpartPath(path: string): string {
  const cut = path.lastIndexOf('/');
  return `${path.slice(0, cut + 1)}on-${path.slice(cut + 1)}`;
}

/** The contract has an operation at the on- path, or one named on-<id>, on_<id> or on<Id>. */
function hasCounterpart(lookup: OperationLookup, operation: ContractOperation): boolean {
  if (lookup.paths.has(onCounterpartPath(operation.path))) return true;
  const id = operation.operationId;
  if (id === undefined) return false;
  return lookup.byId.has(`on-${id}`) || lookup.byId.has(`on_${id}`) || lookup.byId.has(`on${id.charAt(0).toUpperCase()}${id.slice(1)}`);
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
    const out: Problem[] = [];
    context.project.interactions.forEach((interaction, i) => {
      const ref = interaction.apiOperation;
      if (ref === undefined || getInteractionPattern(interaction.pattern)?.timing !== 'async') return;
      const read = context.contractOperations(ref.contractId);
      if (read?.ok !== true) return;
      const operation = findContractOperation(read, ref);
      // A missing operation is `operation-not-in-contract`'s finding.
      if (operation === undefined || operation.callbacks.length > 0 || hasCounterpart(read.lookup, operation)) return;
      out.push(
        report(
          rule,
          `interactions[${i}].apiOperation`,
          `interaction ${describeEntity(interaction)} is asynchronous but ${describeOperationRef(operation)} of contract '${ref.contractId}' has no callback and the contract has no ${onCounterpartPath(operation.path)}`,
          targetOf('interactions', interaction.id),
        ),
      );
    });
    return out;
  },
};
