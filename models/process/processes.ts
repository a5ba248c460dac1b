// Operations on the processes of a project: create (blank or from a template), rename,
// duplicate, delete, set the phase, replace the BPMN. Pure: a new Project comes back, the old
// one is untouched, so each call is one step of the document's undo history.

import { catalogCodeLists, catalogDataElements } from '../catalog';
import { slugify, uniqueId } from '../project/ids';
import type { Process, Project } from '../project/types';
import { escapeXml } from '../text/escapeXml';
import { CS_NAMESPACE_URI, CS_PREFIX } from './csModdle';
import { gridProcessToBpmn } from './gridBpmn';
import { PROCESS_TEMPLATES, type ProcessTemplate } from './templates/library';

export { PROCESS_TEMPLATES, type ProcessTemplate };

export function getProcessTemplate(id: string): ProcessTemplate | undefined {
  return PROCESS_TEMPLATES.find((template) => template.id === id);
}

/** An XML NCName from a slug: BPMN ids may not start with a digit and may not hold '-' everywhere tools accept. */
function bpmnIdPart(processId: string): string {
  return processId.replace(/[^A-Za-z0-9_]/g, '_');
}

/** A BPMN diagram with one process and a start event, ready for the palette. */
export function blankProcessBpmn(processId: string, name: string): string {
  const id = bpmnIdPart(processId);
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:${CS_PREFIX}="${CS_NAMESPACE_URI}" id="Definitions_${id}" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Convergence Studio" exporterVersion="1">
  <bpmn:process id="Process_${id}" name="${escapeXml(name)}" isExecutable="false">
    <bpmn:startEvent id="StartEvent_${id}" name="Start" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_${id}">
    <bpmndi:BPMNPlane id="Plane_${id}" bpmnElement="Process_${id}">
      <bpmndi:BPMNShape id="StartEvent_${id}_di" bpmnElement="StartEvent_${id}">
        <dc:Bounds x="152" y="102" width="36" height="36" />
        <bpmndi:BPMNLabel>
          <dc:Bounds x="158" y="145" width="24" height="14" />
        </bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}

/** The catalogue data element ids a template links to. */
export function templateDataElementIds(template: ProcessTemplate): string[] {
  const ids = new Set<string>();
  for (const node of template.spec.nodes) for (const ref of node.links?.dataRefs ?? []) ids.add(ref.elementId);
  return [...ids];
}

/**
 * Adds the catalogue data elements (and their code lists) that the ids name and the project
 * lacks, so that links made from a template or a catalogue pick are never broken.
 */
export function withCatalogDataElements(project: Project, elementIds: readonly string[]): Project {
  const have = new Set(project.dataElements.map((element) => element.id));
  const missing = catalogDataElements.filter((element) => elementIds.includes(element.id) && !have.has(element.id));
  if (missing.length === 0) return project;
  const haveLists = new Set(project.codeLists.map((list) => list.id));
  const listIds = new Set(missing.map((element) => element.codeListId).filter((id): id is string => id !== undefined && !haveLists.has(id)));
  const lists = catalogCodeLists.filter((list) => listIds.has(list.id));
  return {
    ...project,
    dataElements: [...project.dataElements, ...missing.map((element) => ({ ...element, standardRefs: [...element.standardRefs] }))],
    codeLists: lists.length === 0 ? project.codeLists : [...project.codeLists, ...lists.map((list) => ({ ...list, values: [...list.values] }))],
  };
}

export interface NewProcessOptions {
  name: string;
  phase: string;
  /** A template id of PROCESS_TEMPLATES; blank when absent. */
  templateId?: string;
}

/** Adds a process; with a template, also the catalogue data elements its steps link to. */
export function createProcess(project: Project, options: NewProcessOptions): { project: Project; processId: string } {
  const name = options.name.trim() === '' ? 'New process' : options.name.trim();
  const id = uniqueId(slugify(name), new Set(project.processes.map((process) => process.id)));
  const template = options.templateId === undefined ? undefined : getProcessTemplate(options.templateId);
  if (options.templateId !== undefined && template === undefined) throw new Error(`Unknown process template '${options.templateId}'`);
  const bpmn = template === undefined ? blankProcessBpmn(id, name) : gridProcessToBpmn({ ...template.spec, name, pool: name });
  const process: Process = { id, name, phase: options.phase, bpmn };
  const withProcess = { ...project, processes: [...project.processes, process] };
  return { project: template === undefined ? withProcess : withCatalogDataElements(withProcess, templateDataElementIds(template)), processId: id };
}

function mapProcess(project: Project, processId: string, change: (process: Process) => Process): Project {
  let changed = false;
  const processes = project.processes.map((process) => {
    if (process.id !== processId) return process;
    const next = change(process);
    if (next !== process) changed = true;
    return next;
  });
  return changed ? { ...project, processes } : project;
}

export function renameProcess(project: Project, processId: string, name: string): Project {
  const trimmed = name.trim();
  if (trimmed === '') return project;
  return mapProcess(project, processId, (process) => (process.name === trimmed ? process : { ...process, name: trimmed }));
}

export function setProcessPhase(project: Project, processId: string, phase: string): Project {
  return mapProcess(project, processId, (process) => (process.phase === phase ? process : { ...process, phase }));
}

export function setProcessBpmn(project: Project, processId: string, bpmn: string): Project {
  return mapProcess(project, processId, (process) => (process.bpmn === bpmn ? process : { ...process, bpmn }));
}

/** A copy right after the original, named "<name> (copy)"; the BPMN is the same text. */
export function duplicateProcess(project: Project, processId: string, copyName: string): { project: Project; processId: string } | undefined {
  const index = project.processes.findIndex((process) => process.id === processId);
  const original = project.processes[index];
  if (original === undefined) return undefined;
  const id = uniqueId(slugify(copyName), new Set(project.processes.map((process) => process.id)));
  const copy: Process = { ...original, id, name: copyName };
  const processes = [...project.processes];
  processes.splice(index + 1, 0, copy);
  return { project: { ...project, processes }, processId: id };
}

/** Removes the process; scenarios that belonged to it keep their steps but lose the process link. */
export function deleteProcess(project: Project, processId: string): Project {
  if (!project.processes.some((process) => process.id === processId)) return project;
  return {
    ...project,
    processes: project.processes.filter((process) => process.id !== processId),
    scenarios: project.scenarios.map((scenario) => {
      if (scenario.processId !== processId) return scenario;
      const { processId: _removed, ...rest } = scenario;
      return rest;
    }),
  };
}
