// Projects for the rule tests: `cleanProject()` passes every rule (bpmnlint included), and each
// rule's test breaks it in one place.

import { smallProject } from '../models/fixtures';
import type { Project } from '../../../models/project/types';
import { validateProjectDeep, FULL_VALIDATION, type Problem } from '../../../models/validation';

export const SR_CONTRACT = `openapi: 3.1.0
info:
  title: Social registry API
  version: 1.0.0
paths:
  /registry/sync/search:
    post:
      operationId: syncSearch
      responses:
        '200':
          description: Search results
  /registry/search:
    post:
      operationId: search
      responses:
        '202':
          description: Acknowledgement
  /registry/sync/disabled:
    post:
      operationId: syncDisabled
      responses:
        '200':
          description: Yes or no
`;

export interface BpmnTask {
  id: string;
  name: string;
  /** 'task' unless said otherwise, e.g. 'userTask', 'businessRuleTask'. */
  type?: string;
  links?: string;
}

/** A start event, the tasks in a row and an end event, connected and with diagram information: clean for bpmnlint. */
export function linearBpmn(processId: string, tasks: readonly BpmnTask[]): string {
  const nodes = [
    { id: `${processId}_start`, tag: 'startEvent', name: 'Start', x: 100, w: 36, h: 36 },
    ...tasks.map((task, i) => ({ id: task.id, tag: task.type ?? 'task', name: task.name, x: 200 + i * 150, w: 100, h: 80, links: task.links })),
    { id: `${processId}_end`, tag: 'endEvent', name: 'Done', x: 200 + tasks.length * 150, w: 36, h: 36 },
  ];
  const flows = nodes.slice(1).map((node, i) => ({ id: `${processId}_flow${i}`, from: nodes[i]!, to: node }));
  const incoming = (id: string) => flows.filter((flow) => flow.to.id === id).map((flow) => `<bpmn:incoming>${flow.id}</bpmn:incoming>`).join('');
  const outgoing = (id: string) => flows.filter((flow) => flow.from.id === id).map((flow) => `<bpmn:outgoing>${flow.id}</bpmn:outgoing>`).join('');
  const elements = nodes
    .map((node) => {
      const extension = 'links' in node && node.links ? `<bpmn:extensionElements>${node.links}</bpmn:extensionElements>` : '';
      return `    <bpmn:${node.tag} id="${node.id}" name="${node.name}">${extension}${incoming(node.id)}${outgoing(node.id)}</bpmn:${node.tag}>`;
    })
    .join('\n');
  const sequence = flows.map((flow) => `    <bpmn:sequenceFlow id="${flow.id}" sourceRef="${flow.from.id}" targetRef="${flow.to.id}" />`).join('\n');
  const y = (node: { h: number }) => 120 - node.h / 2;
  const shapes = nodes
    .map((node) => `      <bpmndi:BPMNShape id="${node.id}_di" bpmnElement="${node.id}"><dc:Bounds x="${node.x}" y="${y(node)}" width="${node.w}" height="${node.h}" /></bpmndi:BPMNShape>`)
    .join('\n');
  const edges = flows
    .map((flow) => `      <bpmndi:BPMNEdge id="${flow.id}_di" bpmnElement="${flow.id}"><di:waypoint x="${flow.from.x + flow.from.w}" y="120" /><di:waypoint x="${flow.to.x}" y="120" /></bpmndi:BPMNEdge>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:cs="urn:convergence-studio:bpmn:1" id="Defs_${processId}" targetNamespace="urn:test">
  <bpmn:process id="${processId}" isExecutable="false">
${elements}
${sequence}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="${processId}_diagram">
    <bpmndi:BPMNPlane id="${processId}_plane" bpmnElement="${processId}">
${shapes}
${edges}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}

export const ENROLMENT_TASKS: readonly BpmnTask[] = [
  {
    id: 'Task_search',
    name: 'Search household',
    type: 'serviceTask',
    links:
      '<cs:stepLinks chainStep="intake_registration"><cs:dataRef elementId="person.identifier" usage="reads"/><cs:interactionRef interactionId="mis-searches-sr"/><cs:operationRef contractId="sr-api" operationId="syncSearch"/></cs:stepLinks>',
  },
  {
    id: 'Task_record',
    name: 'Record household',
    type: 'userTask',
    links:
      '<cs:stepLinks><cs:dataRef elementId="person.identifier" usage="updates"/><cs:dataRef elementId="member.is_disabled" usage="reads"/><cs:dataRef elementId="person.sex" usage="reads"/></cs:stepLinks>',
  },
];

/** The small test project completed so that every rule passes: purposes, legal bases, a DPIA, a contract with the linked operation, a laid-out BPMN. */
export function cleanProject(): Project {
  const project = smallProject();
  project.apiContracts[0]!.source = SR_CONTRACT;
  const [search, notify] = project.interactions;
  search!.purpose = 'Find the household of an applicant in the social registry.';
  search!.security.dpiaReference = 'DPIA-2025-01';
  notify!.legalBasis = 'legal_obligation';
  notify!.purpose = 'Learn of births to offer the child grant.';
  project.processes[0]!.bpmn = linearBpmn('P_enrolment', ENROLMENT_TASKS);
  return project;
}

/** The full validation (bpmnlint included), as the command line runs it. */
export const validateFully = (project: Project): Promise<Problem[]> => validateProjectDeep(project, FULL_VALIDATION);

/** The problems of one rule, as "path: message" lines without the repeated path. */
export const ofRule = (problems: readonly Problem[], ruleId: string): Problem[] => problems.filter((problem) => problem.ruleId === ruleId);
