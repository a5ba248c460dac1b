// Spreadsheet (XLSX) reading and writing through exceljs, loaded on first use: it is large and
// most sessions never touch a spreadsheet. Cells are read as the text a user sees.

import { neutraliseFormula } from './csv';

type ExcelModule = typeof import('exceljs');

async function loadExcel(): Promise<ExcelModule> {
  const loaded = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  // CommonJS in Node arrives under `default`; the browser build exposes the namespace itself.
  return loaded.default ?? loaded;
}

export interface SheetTable {
  name: string;
  rows: string[][];
}

/** Largest sheet we read, in rows: a dictionary is thousands of entries, never millions. */
export const MAX_SHEET_ROWS = 100_000;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; hyperlink?: string };
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('');
    if (v.text !== undefined) return cellText(v.text);
    // A formula cell: what it last evaluated to, never the formula itself.
    if ('result' in v) return cellText(v.result);
  }
  return '';
}

/** Every worksheet as rows of text, trailing empty cells dropped. */
export async function readXlsx(bytes: Uint8Array): Promise<SheetTable[]> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  const copy = bytes.slice();
  await workbook.xlsx.load(copy.buffer as ArrayBuffer);
  const sheets: SheetTable[] = [];
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    const count = Math.min(sheet.rowCount, MAX_SHEET_ROWS);
    for (let r = 1; r <= count; r++) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      rows.push(cells);
    }
    sheets.push({ name: sheet.name, rows });
  });
  return sheets;
}

/** A workbook with one sheet per table; text cells only, formula triggers neutralised. */
export async function writeXlsx(tables: readonly SheetTable[]): Promise<Uint8Array> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  workbook.creator = 'Convergence Studio';
  // A fixed date keeps exports byte-comparable apart from the zip's own stamps.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name);
    for (const row of table.rows) sheet.addRow(row.map(neutraliseFormula));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
