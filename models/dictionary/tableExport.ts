// The dictionary and the code lists as tables, for CSV and XLSX export. The header spellings are
// ones guessColumnMapping recognises, so an exported file imports back unchanged.

import type { Project } from '../project/types';
import { formatStandardRefs } from './tableImport';

export const DICTIONARY_HEADERS = [
  'id',
  'name',
  'definition',
  'type',
  'format',
  'code list',
  'example',
  'sensitivity',
  'category',
  'standards',
  'owner',
] as const;

export const CODE_LIST_HEADERS = ['code list id', 'code list name', 'code', 'label', 'definition'] as const;

export function dictionaryTable(project: Project): string[][] {
  return [
    [...DICTIONARY_HEADERS],
    ...project.dataElements.map((e) => [
      e.id,
      e.name,
      e.definition,
      e.type,
      e.format ?? '',
      e.codeListId ?? '',
      e.example ?? '',
      e.sensitivity,
      e.category ?? '',
      formatStandardRefs(e.standardRefs),
      e.owner ?? '',
    ]),
  ];
}

/** One row per code value; a code list without values still gets a row so it is not lost. */
export function codeListTable(project: Project): string[][] {
  const rows: string[][] = [[...CODE_LIST_HEADERS]];
  for (const list of project.codeLists) {
    if (list.values.length === 0) rows.push([list.id, list.name, '', '', '']);
    for (const value of list.values) rows.push([list.id, list.name, value.code, value.label, value.definition ?? '']);
  }
  return rows;
}
