import { describe, expect, it } from 'vitest';
import { catalogCodeLists, catalogDataElements } from '../../../models/catalog';
import { addCodeList, addDataElement, addFromCatalog, deleteCodeList, deleteDataElement, setCodeValues, updateDataElement } from '../../../models/dictionary/edits';
import { referenceCounts, usageCount, usageOfElement } from '../../../models/dictionary/whereUsed';
import { buildProjectIndex } from '../../../models/queries/projectIndex';
import { facetValues, filteredRows, groupByCategory, NO_CATEGORY, NO_FILTERS } from '../../../renderer/features/dictionary/dictionaryTable';
import { smallProject } from '../models/fixtures';

describe('dictionary edits', () => {
  it('updates fields, drops emptied optional ones, and returns the same project when nothing changes', () => {
    const project = smallProject();
    const next = updateDataElement(project, 'person.sex', { format: 'ISO 5218', example: '' });
    expect(next.dataElements[1]).toMatchObject({ format: 'ISO 5218' });
    expect('example' in next.dataElements[1]!).toBe(false);
    expect(updateDataElement(next, 'person.sex', { format: 'ISO 5218' })).toBe(next);
    expect(updateDataElement(project, 'nope', { name: 'x' })).toBe(project);
    expect(project.dataElements[1]!.format).toBeUndefined();
  });

  it('adds elements and code lists with unique ids', () => {
    let project = smallProject();
    const a = addDataElement(project, 'Sex');
    expect(a.id).toBe('sex');
    project = addDataElement(a.project, 'Sex').project;
    expect(project.dataElements.map((e) => e.id).slice(-2)).toEqual(['sex', 'sex-2']);
    const list = addCodeList(project, 'Sex');
    expect(list.id).toBe('sex-2');
  });

  it('deleting an element removes it from interactions; deleting a code list detaches it', () => {
    const project = smallProject();
    const carried = project.interactions.filter((i) => i.dataElements.some((d) => d.elementId === 'person.identifier'));
    expect(carried.length).toBeGreaterThan(0);
    const next = deleteDataElement(project, 'person.identifier');
    expect(next.interactions.some((i) => i.dataElements.some((d) => d.elementId === 'person.identifier'))).toBe(false);
    const noList = deleteCodeList(project, 'sex');
    expect(noList.codeLists).toEqual([]);
    expect(noList.dataElements.find((e) => e.id === 'person.sex')!.codeListId).toBeUndefined();
    expect(setCodeValues(project, 'sex', [{ code: 'x', label: 'X', definition: '' }]).codeLists[0]!.values).toEqual([{ code: 'x', label: 'X' }]);
  });

  it('adds chosen catalogue elements with the code lists they use, skipping what is there', () => {
    const project = smallProject();
    const coded = catalogDataElements.find((e) => e.codeListId && e.codeListId !== 'sex')!;
    const next = addFromCatalog(project, { elementIds: [coded.id, 'person.sex'], codeListIds: [] });
    expect(next.dataElements.filter((e) => e.id === coded.id)).toHaveLength(1);
    expect(next.codeLists.map((c) => c.id)).toContain(coded.codeListId);
    const all = addFromCatalog(project, { elementIds: catalogDataElements.map((e) => e.id), codeListIds: catalogCodeLists.map((c) => c.id) });
    expect(new Set(all.dataElements.map((e) => e.id)).size).toBe(all.dataElements.length);
    expect(addFromCatalog(all, { elementIds: catalogDataElements.map((e) => e.id), codeListIds: [] })).toBe(all);
  });
});

describe('where used', () => {
  it('lists steps, interactions and mappings that refer to an element', async () => {
    const project = smallProject();
    project.apiContracts[0]!.mappings = [{ operationId: 'search', location: 'response', pointer: '/sex', elementId: 'person.sex' }];
    const index = await buildProjectIndex(project);
    const usage = usageOfElement(project, index, 'person.sex');
    expect(usage.mappings).toHaveLength(1);
    expect(usage.steps.map((s) => s.elementId)).toEqual(['Task_record']);
    expect(usageCount(usage)).toBe(usage.steps.length + usage.interactions.length + 1);
    expect(referenceCounts(project, index).get('person.sex')).toBe(usageCount(usage));
  });
});

describe('table facets and grouping', () => {
  const project = smallProject();
  project.dataElements[0]!.category = 'identity';
  project.dataElements[1]!.category = 'demographic';
  project.dataElements[1]!.standardRefs = [{ standard: 'DCI', reference: 'sex' }];
  it('filters by type, sensitivity, category (or none) and standard', () => {
    const sort = { column: 'name' as const, direction: 'ascending' as const };
    const names = new Map<string, string>();
    expect(filteredRows(project.dataElements, { ...NO_FILTERS, type: 'code' }, sort, names).map((e) => e.id)).toEqual(['person.sex']);
    expect(filteredRows(project.dataElements, { ...NO_FILTERS, sensitivity: 'sensitive' }, sort, names).map((e) => e.id)).toEqual(['member.is_disabled']);
    expect(filteredRows(project.dataElements, { ...NO_FILTERS, category: NO_CATEGORY }, sort, names)).toHaveLength(2);
    expect(filteredRows(project.dataElements, { ...NO_FILTERS, standard: 'DCI' }, sort, names).map((e) => e.id)).toEqual(['person.sex']);
    expect(facetValues(project.dataElements)).toEqual({ categories: ['demographic', 'identity'], standards: ['DCI'], hasUncategorised: true });
  });

  it('groups rows by category, uncategorised last, keeping the sort inside groups', () => {
    const items = groupByCategory(project.dataElements);
    expect(items.map((i) => (i.kind === 'group' ? `#${i.category ?? '-'}:${i.count}` : i.element.id))).toEqual([
      '#demographic:1',
      'person.sex',
      '#identity:1',
      'person.identifier',
      '#-:2',
      'member.is_disabled',
      'programme.name',
    ]);
  });
});
