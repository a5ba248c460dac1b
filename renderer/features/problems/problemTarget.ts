// Where following a problem leads: the element the rule points at, as a reveal request.

import type { Project } from '../../../models/project/types';
import type { Problem } from '../../../models/validation';
import { revealKindOf, type RevealRequest } from '../../store/reveal';
import { operationKey } from '../contracts/contractsUi';

export type ProblemTarget = Omit<RevealRequest, 'serial'>;

/**
 * The reveal request of a problem, or null when it names no element (a document-level problem).
 * The BPMN element comes from the problem (or the `#Element` suffix of its path); a contract's
 * operation from the interaction's operation link or the schema mapping the problem is about.
 */
export function problemTarget(problem: Problem, project?: Project): ProblemTarget | null {
  if (!problem.target) return null;
  const target: ProblemTarget = { kind: revealKindOf(problem.target.kind), id: problem.target.id };
  const hash = problem.path.indexOf('#');
  const bpmnElementId = problem.bpmnElementId ?? (hash >= 0 ? problem.path.slice(hash + 1) || undefined : undefined);
  if (bpmnElementId !== undefined && target.kind === 'process') target.bpmnElementId = bpmnElementId;
  const step = /^scenarios\[\d+\]\.steps\[(\d+)\]/.exec(problem.path);
  if (step && target.kind === 'scenario' && project) {
    const id = project.scenarios.find((scenario) => scenario.id === target.id)?.steps[Number(step[1])]?.id;
    if (id) target.stepId = id;
  }
  if (target.kind === 'contract' && project) {
    const interaction = /^interactions\[(\d+)\]\.apiOperation/.exec(problem.path);
    const mapping = /^apiContracts\[(\d+)\]\.mappings\[(\d+)\]/.exec(problem.path);
    const ref = interaction
      ? project.interactions[Number(interaction[1])]?.apiOperation
      : mapping
        ? project.apiContracts[Number(mapping[1])]?.mappings?.[Number(mapping[2])]
        : undefined;
    // The contracts view opens an operation by "METHOD /path" or by its operationId.
    if (ref?.method && ref.path) target.operation = operationKey(ref.method, ref.path);
    else if (ref?.operationId) target.operation = ref.operationId;
  }
  return target;
}
