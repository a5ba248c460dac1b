// Edits of the data dictionary and the code lists as pure functions over the document, each the
// recipe of one undo step (projectStore.updateProject).

import { catalogCodeLists, catalogDataElements } from '../catalog';
import { slugify, uniqueId } from '../project/ids';
import type { CodeList, CodeValue, DataElement, Project } from '../project/types';

export function updateDataElement(project: Project, id: string, patch: Partial<Omit<DataElement, 'id'>>): Project {
  const index = project.dataElements.findIndex((e) => e.id === id);
  if (index < 0) return project;
  const current = project.dataElements[index]!;
  const next: DataElement = { ...current, ...patch };
  // Empty optional text means "not set": keep the document free of empty strings.
  for (const key of ['format', 'codeListId', 'example', 'category', 'owner'] as const) {
    if (next[key] === '') delete next[key];
  }
  if (JSON.stringify(next) === JSON.stringify(current)) return project;
  const dataElements = [...project.dataElements];
  dataElements[index] = next;
  return { ...project, dataElements };
}

export function addDataElement(project: Project, name: string): { project: Project; id: string } {
  const id = uniqueId(slugify(name), new Set(project.dataElements.map((e) => e.id)));
  const element: DataElement = { id, name, definition: '', type: 'string', sensitivity: 'none', standardRefs: [] };
  return { project: { ...project, dataElements: [...project.dataElements, element] }, id };
}

/**
 * Removes an element and every reference to it (interactions' carried data and contract
 * mappings), so the document stays consistent. BPMN step links are left for the process
 * checks to report: rewriting another feature's XML from here would be a surprise.
 */
export function deleteDataElement(project: Project, id: string): Project {
  if (!project.dataElements.some((e) => e.id === id)) return project;
  return {
    ...project,
    dataElements: project.dataElements.filter((e) => e.id !== id),
    interactions: project.interactions.map((interaction) =>
      interaction.dataElements.some((d) => d.elementId === id)
        ? { ...interaction, dataElements: interaction.dataElements.filter((d) => d.elementId !== id) }
        : interaction,
    ),
    apiContracts: project.apiContracts.map((contract) => {
      if (!contract.mappings?.some((m) => m.elementId === id)) return contract;
      const mappings = contract.mappings.filter((m) => m.elementId !== id);
      const { mappings: _old, ...rest } = contract;
      return mappings.length === 0 ? rest : { ...rest, mappings };
    }),
  };
}

export function addCodeList(project: Project, name: string): { project: Project; id: string } {
  const id = uniqueId(slugify(name), new Set(project.codeLists.map((c) => c.id)));
  return { project: { ...project, codeLists: [...project.codeLists, { id, name, values: [] }] }, id };
}

export function updateCodeList(project: Project, id: string, patch: Partial<Omit<CodeList, 'id'>>): Project {
  const index = project.codeLists.findIndex((c) => c.id === id);
  if (index < 0) return project;
  const next: CodeList = { ...project.codeLists[index]!, ...patch };
  if (next.description === '') delete next.description;
  const codeLists = [...project.codeLists];
  codeLists[index] = next;
  return { ...project, codeLists };
}

export function setCodeValues(project: Project, id: string, values: CodeValue[]): Project {
  return updateCodeList(
    project,
    id,
    { values: values.map((v) => (v.definition ? v : { code: v.code, label: v.label })) },
  );
}

/** Deletes a code list and detaches it from the elements that used it. */
export function deleteCodeList(project: Project, id: string): Project {
  if (!project.codeLists.some((c) => c.id === id)) return project;
  return {
    ...project,
    codeLists: project.codeLists.filter((c) => c.id !== id),
    dataElements: project.dataElements.map((e) => {
      if (e.codeListId !== id) return e;
      const { codeListId: _dropped, ...rest } = e;
      return rest;
    }),
  };
}

export interface CatalogChoice {
  elementIds: readonly string[];
  codeListIds: readonly string[];
}

/**
 * The catalogue's elements and code lists the project does not have yet; code lists that chosen
 * elements refer to are added with them so no element points at a missing list.
 */
export function addFromCatalog(project: Project, choice: CatalogChoice): Project {
  const haveElements = new Set(project.dataElements.map((e) => e.id));
  const haveLists = new Set(project.codeLists.map((c) => c.id));
  const elements = catalogDataElements.filter((e) => choice.elementIds.includes(e.id) && !haveElements.has(e.id));
  const listIds = new Set(choice.codeListIds);
  for (const e of elements) if (e.codeListId) listIds.add(e.codeListId);
  const lists = catalogCodeLists.filter((c) => listIds.has(c.id) && !haveLists.has(c.id));
  if (elements.length === 0 && lists.length === 0) return project;
  return {
    ...project,
    dataElements: [...project.dataElements, ...elements.map(cloneElement)],
    codeLists: [...project.codeLists, ...lists.map(cloneCodeList)],
  };
}

// The catalogue is shared and frozen in spirit: the project gets its own copies.
function cloneElement(e: DataElement): DataElement {
  return { ...e, standardRefs: e.standardRefs.map((r) => ({ ...r })) };
}

function cloneCodeList(c: CodeList): CodeList {
  return { ...c, values: c.values.map((v) => ({ ...v })) };
}
