// Importing code lists from a table (CSV or a spreadsheet sheet), one row per code value: which
// list it belongs to (by id and/or name), the code, its label and definition. As for data
// elements, the headers suggest the column mapping and a preview says what would change before
// anything does; rejected rows name their row and column so the user can fix the file.

import { slugify, uniqueId } from '../project/ids';
import type { CodeList, CodeValue, Project } from '../project/types';

export const CODE_LIST_FIELDS = ['listId', 'listName', 'code', 'label', 'definition'] as const;
export type CodeListField = (typeof CODE_LIST_FIELDS)[number];

/** Column index per field; a field absent from the map is not imported. */
export type CodeListMapping = Partial<Record<CodeListField, number>>;

/** Header spellings per field, compared after lower-casing and dropping everything but letters and digits. */
const HEADER_SYNONYMS: Record<CodeListField, readonly string[]> = {
  listId: ['codelistid', 'listid', 'codelist', 'valuesetid', 'valueset', 'vocabularyid', 'vocabulary', 'list'],
  listName: ['codelistname', 'listname', 'valuesetname', 'vocabularyname'],
  code: ['code', 'value', 'codevalue', 'key', 'concept', 'conceptcode'],
  label: ['label', 'codelabel', 'display', 'displayname', 'name', 'title', 'text', 'valuelabel', 'term'],
  definition: ['definition', 'description', 'meaning', 'notes'],
};

const compact = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The mapping the headers suggest; each column is used for at most one field. */
export function guessCodeListMapping(headers: readonly string[]): CodeListMapping {
  const mapping: CodeListMapping = {};
  const used = new Set<number>();
  const keys = headers.map(compact);
  for (const field of CODE_LIST_FIELDS) {
    const index = keys.findIndex((key, i) => !used.has(i) && HEADER_SYNONYMS[field].includes(key));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

/**
 * merge: codes in the file are added or relabelled, codes only in the project stay.
 * replace: each list named in the file gets exactly the file's codes. Lists the file does not
 * name are never touched.
 */
export type CodeListImportMode = 'merge' | 'replace';

export type CodeRowProblem =
  | { kind: 'empty_code' }
  | { kind: 'empty_label'; code: string }
  | { kind: 'duplicate_code'; code: string; firstRow: number };

export interface RejectedCodeRow {
  /** 1-based row of the table (the header is row 1). */
  row: number;
  /** The header of the column at fault (or "Column N" when it has none). */
  column: string;
  problem: CodeRowProblem;
}

export interface CodeListChange {
  /** The list's id in the project after the import. */
  id: string;
  name: string;
  action: 'add' | 'update';
  /** The list's values after the import. */
  values: CodeValue[];
  added: number;
  changed: number;
  unchanged: number;
  /** Codes that only the project had: removed in replace mode, kept in merge mode. */
  removed: number;
  /** First table row of the list, for ordering and reference. */
  firstRow: number;
}

export type CodeListImportRefusal =
  /** The table has no rows below the header. */
  | { kind: 'empty' }
  /** No column is mapped to the code. */
  | { kind: 'no_code_column' }
  /** Neither a list id nor a list name column, and no list to put the codes in was given. */
  | { kind: 'no_list_column' };

export type CodeListPreview =
  | { ok: true; lists: CodeListChange[]; rejected: RejectedCodeRow[]; counts: { lists: number; added: number; changed: number; removed: number; rejected: number } }
  | { ok: false; refusal: CodeListImportRefusal };

export interface CodeListImportOptions {
  mode: CodeListImportMode;
  /**
   * Where rows go when the table has no list column (a file holding one list): usually named
   * after the file. Ignored when a list id or name column is mapped.
   */
  defaultList?: { id?: string; name: string };
}

function cell(row: readonly string[], index: number | undefined): string {
  if (index === undefined) return '';
  return (row[index] ?? '').trim();
}

interface Group {
  key: string;
  id?: string;
  name?: string;
  firstRow: number;
  values: CodeValue[];
  rowOfCode: Map<string, number>;
}

const sameValue = (a: CodeValue, b: CodeValue): boolean => a.code === b.code && a.label === b.label && (a.definition ?? '') === (b.definition ?? '');

/** What importing `rows` (the first being the header) with `mapping` would do to the project's code lists. */
export function previewCodeListImport(
  project: Project,
  rows: readonly (readonly string[])[],
  mapping: CodeListMapping,
  options: CodeListImportOptions,
): CodeListPreview {
  const [header, ...body] = rows;
  const dataRows = body.map((cells, i) => ({ cells, row: i + 2 })).filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (!header || dataRows.length === 0) return { ok: false, refusal: { kind: 'empty' } };
  if (mapping.code === undefined) return { ok: false, refusal: { kind: 'no_code_column' } };
  const hasListColumn = mapping.listId !== undefined || mapping.listName !== undefined;
  if (!hasListColumn && !options.defaultList) return { ok: false, refusal: { kind: 'no_list_column' } };

  const columnName = (index: number | undefined): string => {
    const text = index === undefined ? '' : (header[index] ?? '').trim();
    return text !== '' ? text : `Column ${(index ?? 0) + 1}`;
  };

  const groups = new Map<string, Group>();
  const rejected: RejectedCodeRow[] = [];
  let lastKey = 'name:';
  for (const { cells, row } of dataRows) {
    let id = cell(cells, mapping.listId);
    let name = cell(cells, mapping.listName);
    if (!hasListColumn && options.defaultList) {
      id = options.defaultList.id ?? '';
      name = options.defaultList.name;
    }
    // A row without any list reference continues the list above it, as in a sheet where the list
    // column is filled only on a list's first row.
    const key = id !== '' ? `id:${id}` : name !== '' ? `name:${name.toLowerCase()}` : lastKey;
    lastKey = key;
    let group = groups.get(key);
    if (!group) {
      group = { key, firstRow: row, values: [], rowOfCode: new Map() };
      if (id !== '') group.id = id;
      if (name !== '') group.name = name;
      groups.set(key, group);
    } else if (group.name === undefined && name !== '') {
      group.name = name;
    }

    const code = cell(cells, mapping.code);
    const label = cell(cells, mapping.label);
    // A row naming only its list declares the list (an exported list without values looks so).
    if (code === '' && label === '' && cell(cells, mapping.definition) === '' && (id !== '' || name !== '')) continue;
    if (code === '') {
      rejected.push({ row, column: columnName(mapping.code), problem: { kind: 'empty_code' } });
      continue;
    }
    if (label === '' && mapping.label !== undefined) {
      rejected.push({ row, column: columnName(mapping.label), problem: { kind: 'empty_label', code } });
      continue;
    }
    const firstRow = group.rowOfCode.get(code);
    if (firstRow !== undefined) {
      rejected.push({ row, column: columnName(mapping.code), problem: { kind: 'duplicate_code', code, firstRow } });
      continue;
    }
    group.rowOfCode.set(code, row);
    const value: CodeValue = { code, label: label === '' ? code : label };
    const definition = cell(cells, mapping.definition);
    if (definition !== '') value.definition = definition;
    group.values.push(value);
  }

  const byId = new Map(project.codeLists.map((list) => [list.id, list]));
  const byName = new Map(project.codeLists.map((list) => [list.name.trim().toLowerCase(), list]));
  const takenIds = new Set(project.codeLists.map((list) => list.id));
  const lists: CodeListChange[] = [];
  for (const group of groups.values()) {
    const existing = (group.id !== undefined ? byId.get(group.id) : undefined) ?? (group.name !== undefined ? byName.get(group.name.toLowerCase()) : undefined);
    if (existing) {
      lists.push(mergeInto(existing, group, options.mode));
      continue;
    }
    const name = group.name ?? group.id ?? options.defaultList?.name ?? 'Imported codes';
    const id = group.id ?? uniqueId(slugify(name), takenIds);
    takenIds.add(id);
    lists.push({ id, name, action: 'add', values: group.values, added: group.values.length, changed: 0, unchanged: 0, removed: 0, firstRow: group.firstRow });
  }

  const counts = { lists: lists.length, added: 0, changed: 0, removed: 0, rejected: rejected.length };
  for (const list of lists) {
    counts.added += list.added;
    counts.changed += list.changed;
    if (options.mode === 'replace') counts.removed += list.removed;
  }
  return { ok: true, lists, rejected, counts };
}

function mergeInto(existing: CodeList, group: Group, mode: CodeListImportMode): CodeListChange {
  const incoming = new Map(group.values.map((value) => [value.code, value]));
  const current = new Map(existing.values.map((value) => [value.code, value]));
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const value of group.values) {
    const before = current.get(value.code);
    if (!before) added++;
    else if (sameValue(before, value)) unchanged++;
    else changed++;
  }
  const removed = existing.values.filter((value) => !incoming.has(value.code)).length;
  // Merge keeps the project's order and appends new codes; replace takes the file's order.
  const values =
    mode === 'replace'
      ? group.values
      : [...existing.values.map((value) => incoming.get(value.code) ?? value), ...group.values.filter((value) => !current.has(value.code))];
  return { id: existing.id, name: group.name ?? existing.name, action: 'update', values, added, changed, unchanged, removed, firstRow: group.firstRow };
}

/** The project with the preview's lists added or updated; the same project when nothing changes. */
export function applyCodeListImport(project: Project, lists: readonly CodeListChange[]): Project {
  const byId = new Map(project.codeLists.map((list) => [list.id, list]));
  const effective = lists.filter((list) => {
    const existing = byId.get(list.id);
    if (list.action === 'add' || !existing) return list.action === 'add';
    return existing.name !== list.name || existing.values.length !== list.values.length || existing.values.some((value, i) => !sameValue(value, list.values[i]!));
  });
  if (effective.length === 0) return project;
  const updates = new Map(effective.filter((list) => list.action === 'update').map((list) => [list.id, list]));
  const codeLists = project.codeLists.map((list) => {
    const update = updates.get(list.id);
    return update ? { ...list, name: update.name, values: update.values } : list;
  });
  for (const list of effective) if (list.action === 'add') codeLists.push({ id: list.id, name: list.name, values: list.values });
  return { ...project, codeLists };
}
