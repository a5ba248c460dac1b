import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCodeListImport, guessCodeListMapping, previewCodeListImport, type CodeListPreview } from '../../../models/dictionary/codeListImport';
import { parseCsv, stringifyCsv } from '../../../models/dictionary/csv';
import { codeListTable, CODE_LIST_HEADERS } from '../../../models/dictionary/tableExport';
import { createEmptyProject } from '../../../models/project/create';
import { openProjectText } from '../../../models/project/open';
import { serializeProject } from '../../../models/project/serialize';
import type { CodeList, Project } from '../../../models/project/types';

function projectWith(codeLists: CodeList[]): Project {
  return { ...createEmptyProject({ name: 'Codes', now: '2026-01-01T00:00:00.000Z' }), codeLists };
}

const sex: CodeList = {
  id: 'sex',
  name: 'Sex',
  values: [
    { code: '1', label: 'Male' },
    { code: '2', label: 'Female' },
    { code: '9', label: 'Unknown' },
  ],
};

function ok(preview: CodeListPreview) {
  if (!preview.ok) throw new Error(`refused: ${preview.refusal.kind}`);
  return preview;
}

describe('guessCodeListMapping', () => {
  it('recognises the exported headers and common spellings', () => {
    expect(guessCodeListMapping([...CODE_LIST_HEADERS])).toEqual({ listId: 0, listName: 1, code: 2, label: 3, definition: 4 });
    expect(guessCodeListMapping(['Value set', 'Value', 'Display', 'Description'])).toEqual({ listId: 0, code: 1, label: 2, definition: 3 });
    expect(guessCodeListMapping(['Code', 'Name'])).toEqual({ code: 0, label: 1 });
  });
});

describe('previewCodeListImport', () => {
  const rows = [
    ['code list id', 'code list name', 'code', 'label', 'definition'],
    ['sex', 'Sex', '2', 'Female (self-declared)', ''],
    ['sex', 'Sex', '3', 'Other', 'Neither of the above'],
    ['marital', 'Marital status', 'S', 'Single', ''],
    ['', '', 'M', 'Married', ''],
    ['marital', 'Marital status', 'S', 'Again', ''],
    ['marital', 'Marital status', '', 'No code', ''],
    ['marital', 'Marital status', 'W', '', ''],
  ];

  it('merges: relabels and adds codes, keeps the others, and creates new lists', () => {
    const project = projectWith([sex]);
    const preview = ok(previewCodeListImport(project, rows, guessCodeListMapping(rows[0]!), { mode: 'merge' }));
    const [sexChange, marital] = preview.lists;
    expect(sexChange).toMatchObject({ id: 'sex', action: 'update', added: 1, changed: 1, unchanged: 0, removed: 2 });
    expect(sexChange!.values.map((v) => v.code)).toEqual(['1', '2', '9', '3']);
    expect(sexChange!.values[3]).toEqual({ code: '3', label: 'Other', definition: 'Neither of the above' });
    // A row without list columns continues the list above it.
    expect(marital).toMatchObject({ id: 'marital', name: 'Marital status', action: 'add', added: 2 });
    expect(marital!.values.map((v) => v.code)).toEqual(['S', 'M']);
    expect(preview.counts).toEqual({ lists: 2, added: 3, changed: 1, removed: 0, rejected: 3 });
    const next = applyCodeListImport(project, preview.lists);
    expect(next.codeLists.map((l) => l.id)).toEqual(['sex', 'marital']);
    expect(openProjectText(serializeProject(next)).ok).toBe(true);
  });

  it('names the row and column of every rejected row', () => {
    const preview = ok(previewCodeListImport(projectWith([]), rows, guessCodeListMapping(rows[0]!), { mode: 'merge' }));
    expect(preview.rejected).toEqual([
      { row: 6, column: 'code', problem: { kind: 'duplicate_code', code: 'S', firstRow: 4 } },
      { row: 7, column: 'code', problem: { kind: 'empty_code' } },
      { row: 8, column: 'label', problem: { kind: 'empty_label', code: 'W' } },
    ]);
  });

  it('replaces: a list named in the file gets exactly the file’s codes; other lists stay', () => {
    const other: CodeList = { id: 'other', name: 'Other', values: [{ code: 'x', label: 'X' }] };
    const project = projectWith([sex, other]);
    const table = [
      ['list', 'code', 'label'],
      ['sex', 'F', 'Female'],
      ['sex', 'M', 'Male'],
    ];
    const preview = ok(previewCodeListImport(project, table, guessCodeListMapping(table[0]!), { mode: 'replace' }));
    expect(preview.lists[0]).toMatchObject({ id: 'sex', added: 2, removed: 3 });
    expect(preview.counts.removed).toBe(3);
    const next = applyCodeListImport(project, preview.lists);
    expect(next.codeLists.find((l) => l.id === 'sex')!.values).toEqual([
      { code: 'F', label: 'Female' },
      { code: 'M', label: 'Male' },
    ]);
    expect(next.codeLists.find((l) => l.id === 'other')).toBe(other);
  });

  it('matches an existing list by name when the file has no ids', () => {
    const table = [
      ['list name', 'code', 'label'],
      ['sex', '9', 'Not stated'],
    ];
    const preview = ok(previewCodeListImport(projectWith([sex]), table, guessCodeListMapping(table[0]!), { mode: 'merge' }));
    expect(preview.lists[0]).toMatchObject({ id: 'sex', action: 'update', changed: 1 });
  });

  it('puts a single-list file without list columns into the list named after the file', () => {
    const table = [
      ['Code', 'Name'],
      ['PH', 'Philippines'],
      ['ET', 'Ethiopia'],
    ];
    const mapping = guessCodeListMapping(table[0]!);
    expect(previewCodeListImport(projectWith([]), table, mapping, { mode: 'merge' })).toEqual({ ok: false, refusal: { kind: 'no_list_column' } });
    const preview = ok(previewCodeListImport(projectWith([]), table, mapping, { mode: 'merge', defaultList: { name: 'Countries' } }));
    expect(preview.lists).toMatchObject([{ id: 'countries', name: 'Countries', action: 'add', added: 2 }]);
  });

  it('refuses a table without rows or without a code column', () => {
    expect(previewCodeListImport(projectWith([]), [['code', 'label']], { code: 0 }, { mode: 'merge' })).toEqual({ ok: false, refusal: { kind: 'empty' } });
    expect(previewCodeListImport(projectWith([]), [['a', 'b'], ['1', '2']], { listId: 0 }, { mode: 'merge' })).toEqual({ ok: false, refusal: { kind: 'no_code_column' } });
  });

  it('changes nothing when the file says what the project already has', () => {
    const project = projectWith([sex]);
    const table = codeListTable(project);
    const preview = ok(previewCodeListImport(project, table, guessCodeListMapping(table[0]!), { mode: 'merge' }));
    expect(applyCodeListImport(project, preview.lists)).toBe(project);
  });
});

// Text a user would put in a cell: no surrounding blanks (cells are trimmed), no leading formula
// trigger (exports neutralise those), any script.
const cellText = fc
  .string({ unit: fc.constantFrom('a', 'Z', '7', ' ', ',', ';', '"', '\n', 'é', 'ሰ', 'ع', '😀'), minLength: 1, maxLength: 12 })
  .map((s) => s.trim())
  .filter((s) => s !== '');
const codeListArb = fc.record({
  name: cellText,
  values: fc.uniqueArray(fc.record({ code: cellText, label: cellText, definition: fc.option(cellText, { nil: undefined }) }), { selector: (v) => v.code, maxLength: 6 }),
});

describe('code lists through CSV (property)', () => {
  it('export → CSV → parse → import (replace) into an empty project gives the same code lists', () => {
    fc.assert(
      fc.property(fc.uniqueArray(codeListArb, { selector: (l) => l.name.toLowerCase(), minLength: 1, maxLength: 4 }), fc.constantFrom(',', ';', '\t'), (lists, delimiter) => {
        const codeLists: CodeList[] = lists.map((list, i) => ({
          id: `list-${i}`,
          name: list.name,
          values: list.values.map((v) => (v.definition === undefined ? { code: v.code, label: v.label } : { code: v.code, label: v.label, definition: v.definition })),
        }));
        const csv = stringifyCsv(codeListTable(projectWith(codeLists)), { delimiter });
        const parsed = parseCsv(csv);
        expect(parsed.unterminatedQuoteLine).toBeUndefined();
        const preview = ok(previewCodeListImport(projectWith([]), parsed.rows, guessCodeListMapping(parsed.rows[0]!), { mode: 'replace' }));
        expect(preview.rejected).toEqual([]);
        expect(applyCodeListImport(projectWith([]), preview.lists).codeLists).toEqual(codeLists);
      }),
      { numRuns: 200 },
    );
  });
});
