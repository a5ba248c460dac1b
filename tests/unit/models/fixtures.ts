// Small hand-made projects for the model tests.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmptyProject } from '../../../models/project/create';
import type { Project } from '../../../models/project/types';

export const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'projects');

export const readFixture = (name: string): string => readFileSync(path.join(fixturesDir, name), 'utf8');

export const NOW = '2025-02-03T10:00:00Z';

export function bpmnWithTasks(
  processId: string,
  tasks: ReadonlyArray<{ id: string; name: string; links?: string }>,
): string {
  const nodes = tasks
    .map(({ id, name, links }) =>
      links === undefined
        ? `    <bpmn:task id="${id}" name="${name}" />`
        : `    <bpmn:task id="${id}" name="${name}"><bpmn:extensionElements>${links}</bpmn:extensionElements></bpmn:task>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cs="urn:convergence-studio:bpmn:1" id="Defs_${processId}" targetNamespace="urn:test">
  <bpmn:process id="${processId}">
${nodes}
  </bpmn:process>
</bpmn:definitions>
`;
}

/** Three systems, two interactions, one process with linked steps, one scenario. */
export function smallProject(): Project {
  const project = createEmptyProject({ name: 'Child grant (test)', now: NOW });
  project.components = [
    { id: 'mis', name: 'Programme MIS', type: 'sp_mis', standards: [] },
    { id: 'sr', name: 'Social registry', type: 'social_registry', standards: ['DCI SR v1.0.0'] },
    { id: 'crvs', name: 'Civil registry', type: 'crvs', standards: [] },
  ];
  project.dataElements = [
    { id: 'person.identifier', name: 'Person identifier', definition: 'National ID.', type: 'identifier', sensitivity: 'personal', standardRefs: [] },
    { id: 'person.sex', name: 'Sex', definition: 'Administrative sex.', type: 'code', codeListId: 'sex', sensitivity: 'personal', standardRefs: [] },
    { id: 'member.is_disabled', name: 'Disability flag', definition: 'Has a disability.', type: 'boolean', sensitivity: 'sensitive', standardRefs: [] },
    { id: 'programme.name', name: 'Programme name', definition: 'Name.', type: 'string', sensitivity: 'none', standardRefs: [] },
  ];
  project.codeLists = [{ id: 'sex', name: 'Sex', values: [{ code: 'male', label: 'Male' }, { code: 'female', label: 'Female' }] }];
  project.apiContracts = [{ id: 'sr-api', name: 'Social registry API', version: '1.0.0', format: 'yaml', source: 'openapi: 3.1.0\n' }];
  project.interactions = [
    {
      id: 'mis-searches-sr',
      name: 'Search household',
      from: 'mis',
      to: 'sr',
      pattern: 'sync_request_response',
      operationKind: 'read',
      protocol: 'rest',
      dataElements: [
        { elementId: 'person.identifier', direction: 'request' },
        { elementId: 'member.is_disabled', direction: 'response' },
      ],
      apiOperation: { contractId: 'sr-api', operationId: 'syncSearch' },
      legalBasis: 'public_task',
      security: { authentication: 'oauth2', encryptionInTransit: true },
    },
    {
      id: 'crvs-notifies-mis',
      name: 'Birth notification',
      from: 'crvs',
      to: 'mis',
      pattern: 'subscribe_notify',
      operationKind: 'notify',
      protocol: 'rest',
      dataElements: [{ elementId: 'person.sex', direction: 'request' }],
      security: {},
    },
    {
      id: 'mis-reports',
      name: 'Programme statistics',
      from: 'mis',
      to: 'sr',
      pattern: 'batch_file_exchange',
      operationKind: 'create',
      protocol: 'sftp_file',
      dataElements: [{ elementId: 'programme.name', direction: 'request' }],
      security: {},
    },
  ];
  project.processes = [
    {
      id: 'enrolment',
      name: 'Enrolment',
      phase: 'enroll',
      bpmn: bpmnWithTasks('P_enrolment', [
        {
          id: 'Task_search',
          name: 'Search household',
          links:
            '<cs:stepLinks chainStep="eligibility_enrolment_decision" agency="Ministry"><cs:dataRef elementId="person.identifier" usage="reads"/><cs:interactionRef interactionId="mis-searches-sr"/><cs:operationRef contractId="sr-api" operationId="syncSearch"/></cs:stepLinks>',
        },
        {
          id: 'Task_record',
          name: 'Record decision',
          links: '<cs:stepLinks><cs:dataRef elementId="person.identifier" usage="updates"/><cs:dataRef elementId="person.sex" usage="reads"/></cs:stepLinks>',
        },
      ]),
    },
  ];
  project.scenarios = [
    {
      id: 'enrol-child',
      title: 'Enrol a child',
      actors: ['Case worker'],
      processId: 'enrolment',
      steps: [{ id: 's1', bpmnElementId: 'Task_search', title: 'Search', interactionIds: ['mis-searches-sr'] }],
    },
  ];
  return project;
}
