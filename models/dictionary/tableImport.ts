// Importing a data dictionary from a table (CSV or a spreadsheet sheet): guess which column holds
// which field from the headers, then preview per row what would be added, updated or rejected.
// Nothing here changes a project; applyDictionaryImport builds the new document once the user
// confirmed the preview.

import { slugify } from '../project/ids';
import type { DataElement, DataType, Project, Sensitivity, StandardRef } from '../project/types';

export const DICTIONARY_FIELDS = [
  'id',
  'name',
  'definition',
  'type',
  'format',
  'codeList',
  'example',
  'sensitivity',
  'category',
  'standards',
  'owner',
] as const;
export type DictionaryField = (typeof DICTIONARY_FIELDS)[number];

/** Column index per field; a field absent from the map is not imported. */
export type ColumnMapping = Partial<Record<DictionaryField, number>>;

/** Header spellings per field, compared after lower-casing and dropping everything but letters and digits. */
const HEADER_SYNONYMS: Record<DictionaryField, readonly string[]> = {
  id: ['id', 'elementid', 'dataelementid', 'identifier', 'key', 'code', 'fieldid'],
  name: ['name', 'elementname', 'dataelement', 'dataelementname', 'fieldname', 'field', 'label', 'attribute', 'attributename', 'term'],
  definition: ['definition', 'description', 'meaning', 'notes'],
  type: ['type', 'datatype', 'fieldtype', 'valuetype'],
  format: ['format', 'pattern', 'formatpattern', 'regex'],
  codeList: ['codelist', 'codelistid', 'valueset', 'vocabulary', 'enumeration'],
  example: ['example', 'sample', 'examplevalue'],
  sensitivity: ['sensitivity', 'privacy', 'classification', 'personaldata', 'dataclassification'],
  category: ['category', 'group', 'dataobject', 'object', 'section'],
  standards: ['standards', 'standard', 'standardrefs', 'standardreference', 'references', 'reference', 'mapping'],
  owner: ['owner', 'steward', 'dataowner', 'custodian'],
};

const compact = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The mapping the headers suggest; each column is used for at most one field. */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const keys = headers.map(compact);
  for (const field of DICTIONARY_FIELDS) {
    const index = keys.findIndex((key, i) => !used.has(i) && HEADER_SYNONYMS[field].includes(key));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

const TYPE_ALIASES: Record<string, DataType> = {
  string: 'string',
  text: 'string',
  str: 'string',
  varchar: 'string',
  char: 'string',
  integer: 'integer',
  int: 'integer',
  long: 'integer',
  number: 'decimal',
  decimal: 'decimal',
  float: 'decimal',
  double: 'decimal',
  numeric: 'decimal',
  boolean: 'boolean',
  bool: 'boolean',
  yesno: 'boolean',
  date: 'date',
  datetime: 'datetime',
  timestamp: 'datetime',
  code: 'code',
  coded: 'code',
  enum: 'code',
  enumeration: 'code',
  identifier: 'identifier',
  id: 'identifier',
  object: 'object',
  record: 'object',
  array: 'object',
};

export function parseDataType(value: string): DataType | undefined {
  return TYPE_ALIASES[compact(value)];
}

const SENSITIVITY_ALIASES: Record<string, Sensitivity> = {
  none: 'none',
  no: 'none',
  public: 'none',
  nonpersonal: 'none',
  personal: 'personal',
  pii: 'personal',
  yes: 'personal',
  sensitive: 'sensitive',
  sensitivepersonal: 'sensitive',
  special: 'sensitive',
  specialcategory: 'sensitive',
};

export function parseSensitivity(value: string): Sensitivity | undefined {
  return SENSITIVITY_ALIASES[compact(value)];
}

/** "DCI: Person.sex; FHIR: Patient.gender" -> two references; a part without a colon is the reference alone. */
export function parseStandardRefs(value: string): StandardRef[] {
  return value
    .split(/[;\n|]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      if (colon <= 0) return { standard: '', reference: part };
      return { standard: part.slice(0, colon).trim(), reference: part.slice(colon + 1).trim() };
    });
}

export function formatStandardRefs(refs: readonly StandardRef[]): string {
  return refs.map((ref) => (ref.standard ? `${ref.standard}: ${ref.reference}` : ref.reference)).join('; ');
}

export type RejectReason =
  | { kind: 'empty_name' }
  | { kind: 'unknown_type'; value: string }
  | { kind: 'unknown_sensitivity'; value: string }
  | { kind: 'duplicate_id'; id: string; firstRow: number }
  | { kind: 'unknown_code_list'; value: string };

export type PreviewRow =
  | { row: number; action: 'add'; element: DataElement }
  | { row: number; action: 'update'; element: DataElement; previous: DataElement }
  | { row: number; action: 'reject'; reasons: RejectReason[]; name: string };

export type ImportRefusal =
  /** The table has no rows below the header. */
  | { kind: 'empty' }
  /** No column holds names: the mapping cannot make entries. */
  | { kind: 'no_name_column' }
  /**
   * The table names things but says nothing about them (no type, definition, sensitivity or
   * standard column): it holds records, such as a registry extract, not a dictionary.
   */
  | { kind: 'records_not_dictionary'; headers: string[] };

export type ImportPreview =
  | { ok: true; rows: PreviewRow[]; counts: { add: number; update: number; reject: number } }
  | { ok: false; refusal: ImportRefusal };

/** Fields whose presence shows the table describes data rather than holding it. */
const DESCRIPTIVE_FIELDS: readonly DictionaryField[] = ['type', 'definition', 'sensitivity', 'standards', 'format', 'codeList'];

function cell(row: readonly string[], index: number | undefined): string {
  if (index === undefined) return '';
  return (row[index] ?? '').trim();
}

/**
 * What importing `rows` (the first being the header) with `mapping` would do to `project`.
 * Rows that are entirely empty are skipped silently: spreadsheets leave them at the end.
 */
export function previewDictionaryImport(project: Project, rows: readonly (readonly string[])[], mapping: ColumnMapping): ImportPreview {
  const [header, ...body] = rows;
  const dataRows = body.map((cells, i) => ({ cells, row: i + 2 })).filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (!header || dataRows.length === 0) return { ok: false, refusal: { kind: 'empty' } };
  if (mapping.name === undefined) return { ok: false, refusal: { kind: 'no_name_column' } };
  if (!DESCRIPTIVE_FIELDS.some((field) => mapping[field] !== undefined)) {
    return { ok: false, refusal: { kind: 'records_not_dictionary', headers: [...header] } };
  }

  const existing = new Map(project.dataElements.map((e) => [e.id, e]));
  const codeListIds = new Set(project.codeLists.map((c) => c.id));
  const codeListByName = new Map(project.codeLists.map((c) => [c.name.toLowerCase(), c.id]));
  const seen = new Map<string, number>();
  const out: PreviewRow[] = [];

  for (const { cells, row } of dataRows) {
    const reasons: RejectReason[] = [];
    const name = cell(cells, mapping.name);
    if (name === '') reasons.push({ kind: 'empty_name' });
    const id = cell(cells, mapping.id) || (name ? slugify(name) : '');
    const previous = existing.get(id);

    const typeText = cell(cells, mapping.type);
    const type = typeText === '' ? (previous?.type ?? 'string') : parseDataType(typeText);
    if (type === undefined) reasons.push({ kind: 'unknown_type', value: typeText });

    const sensitivityText = cell(cells, mapping.sensitivity);
    const sensitivity = sensitivityText === '' ? (previous?.sensitivity ?? 'none') : parseSensitivity(sensitivityText);
    if (sensitivity === undefined) reasons.push({ kind: 'unknown_sensitivity', value: sensitivityText });

    const codeListText = cell(cells, mapping.codeList);
    let codeListId: string | undefined;
    if (codeListText !== '') {
      codeListId = codeListIds.has(codeListText) ? codeListText : codeListByName.get(codeListText.toLowerCase());
      if (codeListId === undefined) reasons.push({ kind: 'unknown_code_list', value: codeListText });
    }

    if (id !== '') {
      const firstRow = seen.get(id);
      if (firstRow !== undefined) reasons.push({ kind: 'duplicate_id', id, firstRow });
      else seen.set(id, row);
    }

    if (reasons.length > 0 || type === undefined || sensitivity === undefined) {
      out.push({ row, action: 'reject', reasons, name });
      continue;
    }

    const element: DataElement = { ...(previous ?? { id, name, definition: '', type, sensitivity, standardRefs: [] }), id, name, type, sensitivity };
    const optional: Array<[Exclude<DictionaryField, 'id' | 'name' | 'type' | 'sensitivity' | 'standards' | 'codeList'>, keyof DataElement]> = [
      ['definition', 'definition'],
      ['format', 'format'],
      ['example', 'example'],
      ['category', 'category'],
      ['owner', 'owner'],
    ];
    for (const [field, key] of optional) {
      const value = cell(cells, mapping[field]);
      if (value !== '') (element as unknown as Record<string, unknown>)[key] = value;
    }
    if (codeListId !== undefined) element.codeListId = codeListId;
    const standards = cell(cells, mapping.standards);
    if (standards !== '') element.standardRefs = parseStandardRefs(standards);

    out.push(previous ? { row, action: 'update', element, previous } : { row, action: 'add', element });
  }

  const counts = { add: 0, update: 0, reject: 0 };
  for (const r of out) counts[r.action]++;
  return { ok: true, rows: out, counts };
}

/** The project with the preview's additions appended and updates applied in place. */
export function applyDictionaryImport(project: Project, rows: readonly PreviewRow[]): Project {
  const updates = new Map<string, DataElement>();
  const additions: DataElement[] = [];
  for (const r of rows) {
    if (r.action === 'update') updates.set(r.element.id, r.element);
    else if (r.action === 'add') additions.push(r.element);
  }
  if (updates.size === 0 && additions.length === 0) return project;
  return {
    ...project,
    dataElements: [...project.dataElements.map((e) => updates.get(e.id) ?? e), ...additions],
  };
}
