import { describe, expect, it } from 'vitest';
import { rule } from '../../../models/validation/rules/broken-reference';
import { cleanProject, ofRule, validateFully } from './fixtures';

describe('broken-reference', () => {
  it('reports links to things the project does not contain, from every kind of source', async () => {
    const project = cleanProject();
    project.interactions[0]!.to = 'ghost';
    project.interactions[1]!.dataElements[0]!.elementId = 'person.shoe_size';
    project.dataElements[1]!.codeListId = 'gender';
    project.apiContracts[0]!.mappings = [
      { operationId: 'syncSearch', location: 'request', pointer: '/id', elementId: 'person.gone' },
      { method: 'POST', path: '/registry/old', location: 'response', pointer: '/x', elementId: 'person.identifier' },
    ];
    project.processes[0]!.bpmn = project.processes[0]!.bpmn.replace('interactionId="mis-searches-sr"', 'interactionId="nope"');
    project.scenarios[0]!.steps.push({ id: 's2', bpmnElementId: 'Task_gone', title: 'Gone', interactionIds: ['vanished'] });
    const problems = ofRule(await validateFully(project), 'broken-reference');
    expect(problems.map((problem) => problem.message)).toEqual([
      "interactions[0].to: unknown component 'ghost'",
      "interactions[1].dataElements[0].elementId: unknown data element 'person.shoe_size'",
      "processes[0].bpmn#Task_search: step 'Search household' (Task_search) links unknown interaction 'nope'",
      "dataElements[1].codeListId: unknown code list 'gender'",
      "apiContracts[0].mappings[0].elementId: mapping of /id names unknown data element 'person.gone'",
      'apiContracts[0].mappings[1]: mapping of /x names POST /registry/old, which the contract does not define',
      "scenarios[0].steps[1].interactionIds[0]: unknown interaction 'vanished'",
      "scenarios[0].steps[1].bpmnElementId: unknown BPMN element 'Task_gone' in process 'enrolment'",
    ]);
    expect(problems.every((problem) => problem.severity === rule.defaultSeverity)).toBe(true);
    expect(problems[2]).toMatchObject({ target: { kind: 'processes', id: 'enrolment' }, bpmnElementId: 'Task_search', path: 'processes[0].bpmn#Task_search' });
    expect(problems[4]!.target).toEqual({ kind: 'apiContracts', id: 'sr-api' });
  });

  it('is silent when every reference resolves', async () => {
    const project = cleanProject();
    project.apiContracts[0]!.mappings = [{ operationId: 'syncSearch', location: 'request', pointer: '/id', elementId: 'person.identifier' }];
    expect(ofRule(await validateFully(project), 'broken-reference')).toEqual([]);
  });
});
