import { describe, expect, it } from 'vitest';
import { cleanProject, ofRule, validateFully } from './fixtures';

describe('operation-not-in-contract', () => {
  it('reports interactions and steps linked to operations the contract does not define', async () => {
    const project = cleanProject();
    project.interactions[0]!.apiOperation = { contractId: 'sr-api', method: 'post', path: '/registry/v1/search' };
    project.processes[0]!.bpmn = project.processes[0]!.bpmn.replace('operationId="syncSearch"', 'operationId="searchV1"');
    const problems = ofRule(await validateFully(project), 'operation-not-in-contract');
    expect(problems.map((problem) => `${problem.severity} ${problem.message}`)).toEqual([
      "error interactions[0].apiOperation: interaction 'Search household' (mis-searches-sr) is linked to POST /registry/v1/search, which contract 'sr-api' does not define",
      "error processes[0].bpmn#Task_search: step 'Search household' (Task_search) is linked to searchV1, which contract 'sr-api' does not define",
    ]);
    expect(problems[1]).toMatchObject({ target: { kind: 'processes', id: 'enrolment' }, bpmnElementId: 'Task_search' });
  });

  it('is silent for defined operations and for a contract it cannot read', async () => {
    expect(ofRule(await validateFully(cleanProject()), 'operation-not-in-contract')).toEqual([]);
    const unreadable = cleanProject();
    unreadable.apiContracts[0]!.source = 'paths: [';
    expect(ofRule(await validateFully(unreadable), 'operation-not-in-contract')).toEqual([]);
  });
});
