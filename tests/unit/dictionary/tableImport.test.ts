import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, stringifyCsv } from '../../../models/dictionary/csv';
import { codeListTable, dictionaryTable } from '../../../models/dictionary/tableExport';
import { applyDictionaryImport, guessColumnMapping, previewDictionaryImport } from '../../../models/dictionary/tableImport';
import { readXlsx, writeXlsx } from '../../../models/dictionary/xlsx';
import { smallProject } from '../models/fixtures';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const openg2pDir = path.resolve(repoRoot, '..', 'shared', 'conformance', 'openg2p-data', 'sample-data');

describe('guessColumnMapping', () => {
  it('recognises common header spellings', () => {
    expect(guessColumnMapping(['Element ID', 'Field name', 'Description', 'Data type', 'Privacy', 'Code list', 'Standard'])).toEqual({
      id: 0,
      name: 1,
      definition: 2,
      type: 3,
      sensitivity: 4,
      codeList: 5,
      standards: 6,
    });
  });
});

describe('previewDictionaryImport', () => {
  const rows = [
    ['id', 'name', 'type', 'sensitivity', 'definition', 'code list', 'standards'],
    ['person.sex', 'Sex (renamed)', 'code', 'personal', 'Sex at birth', 'sex', 'DCI: Person.sex; FHIR: Patient.gender'],
    ['household.size', 'Household size', 'int', 'none', 'People in the household', '', ''],
    ['', '', 'string', '', '', '', ''],
    ['x.bad', 'Bad type', 'blob', '', '', '', ''],
    ['household.size', 'Duplicate', 'integer', '', '', '', ''],
    ['x.sens', 'Unknown level', 'string', 'secret', '', '', ''],
    ['x.list', 'Unknown list', 'code', '', '', 'nope', ''],
    ['', '', '', '', '', '', ''],
  ];

  it('says per row what would be added, updated or rejected and why', () => {
    const project = smallProject();
    const preview = previewDictionaryImport(project, rows, guessColumnMapping(rows[0]!));
    if (!preview.ok) throw new Error('refused');
    expect(preview.rows.map((r) => [r.row, r.action])).toEqual([
      [2, 'update'],
      [3, 'add'],
      [4, 'reject'],
      [5, 'reject'],
      [6, 'reject'],
      [7, 'reject'],
      [8, 'reject'],
    ]);
    const reasons = preview.rows.flatMap((r) => (r.action === 'reject' ? r.reasons.map((x) => x.kind) : []));
    expect(reasons).toEqual(['empty_name', 'unknown_type', 'duplicate_id', 'unknown_sensitivity', 'unknown_code_list']);
    expect(preview.counts).toEqual({ add: 1, update: 1, reject: 5 });
    const updated = preview.rows[0]!;
    expect(updated.action === 'update' && updated.element.standardRefs).toEqual([
      { standard: 'DCI', reference: 'Person.sex' },
      { standard: 'FHIR', reference: 'Patient.gender' },
    ]);
    // Nothing changes until applied.
    expect(project.dataElements.find((e) => e.id === 'person.sex')!.name).toBe('Sex');
    const next = applyDictionaryImport(project, preview.rows);
    expect(next.dataElements.find((e) => e.id === 'person.sex')!.name).toBe('Sex (renamed)');
    expect(next.dataElements.find((e) => e.id === 'household.size')!.type).toBe('integer');
    expect(next.dataElements).toHaveLength(project.dataElements.length + 1);
  });

  it('refuses a table without a name column and a table of records', () => {
    const project = smallProject();
    expect(previewDictionaryImport(project, [['a', 'b'], ['1', '2']], {})).toEqual({ ok: false, refusal: { kind: 'no_name_column' } });
    const records = [['Name', 'Age'], ['Ana', '4']];
    expect(previewDictionaryImport(project, records, guessColumnMapping(records[0]!))).toMatchObject({
      ok: false,
      refusal: { kind: 'records_not_dictionary' },
    });
    expect(previewDictionaryImport(project, [['name', 'type']], { name: 0, type: 1 })).toEqual({ ok: false, refusal: { kind: 'empty' } });
  });

  it.each(readdirSync(openg2pDir).filter((f) => f.endsWith('.csv')))('gives OpenG2P %s a clear refusal, never entries', (file) => {
    const { rows } = parseCsv(readFileSync(path.join(openg2pDir, file), 'utf8'));
    const project = smallProject();
    const guessed = previewDictionaryImport(project, rows, guessColumnMapping(rows[0]!));
    expect(guessed.ok).toBe(false);
    // Even when the user points "name" at a column by hand, records are not turned into entries.
    const forced = previewDictionaryImport(project, rows, { ...guessColumnMapping(rows[0]!), name: 3 });
    expect(forced).toMatchObject({ ok: false, refusal: { kind: 'records_not_dictionary' } });
  });
});

describe('dictionary round trip', () => {
  it('exports to CSV and imports back to the same entries', () => {
    const project = smallProject();
    project.dataElements[0]!.standardRefs = [{ standard: 'DCI', reference: 'Identifier' }];
    project.dataElements[3]!.example = '=cmd|calc';
    const csv = stringifyCsv(dictionaryTable(project));
    expect(csv).toContain("'=cmd|calc");
    const rows = parseCsv(csv).rows;
    const empty = { ...project, dataElements: [] };
    const preview = previewDictionaryImport(empty, rows, guessColumnMapping(rows[0]!));
    if (!preview.ok) throw new Error('refused');
    const back = applyDictionaryImport(empty, preview.rows).dataElements;
    // The neutralised cell comes back with its apostrophe: it is the safe text the file holds.
    expect(back.map((e) => (e.example ? { ...e, example: e.example.replace(/^'/, '') } : e))).toEqual(project.dataElements);
  });

  it('writes and reads XLSX with both sheets, neutralising formula triggers', async () => {
    const project = smallProject();
    project.dataElements[3]!.definition = '@SUM(1)';
    const bytes = await writeXlsx([
      { name: 'Data elements', rows: dictionaryTable(project) },
      { name: 'Code lists', rows: codeListTable(project) },
    ]);
    const sheets = await readXlsx(bytes);
    expect(sheets.map((s) => s.name)).toEqual(['Data elements', 'Code lists']);
    expect(sheets[0]!.rows[0]).toEqual(dictionaryTable(project)[0]);
    expect(sheets[0]!.rows[4]![2]).toBe("'@SUM(1)");
    expect(sheets[1]!.rows[1]).toEqual(['sex', 'Sex', 'male', 'Male']);
    const preview = previewDictionaryImport({ ...project, dataElements: [] }, sheets[0]!.rows, guessColumnMapping(sheets[0]!.rows[0]!));
    expect(preview.ok && preview.counts).toEqual({ add: 4, update: 0, reject: 0 });
  });
});
