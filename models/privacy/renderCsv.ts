// The annex as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when needed).
// Spreadsheets run cells that start with = + - @ (or a tab or carriage return) as formulas, so
// such cells get a leading apostrophe and show as text.

import type { Project } from '../project/types';
import { ANSWER_NAMES } from './labels';
import { evidenceLabels, RECORD_COLUMNS } from './annex';
import { buildProcessingRecord } from './processingRecord';
import { screenDpia } from './dpiaScreening';
import type { AnnexOptions } from './types';

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csvLine = (cells: readonly string[]): string => cells.map(csvCell).join(',');

/**
 * The record of processing: a header and one line per flow of personal data. The ids of the
 * flow and its parties come first so the file can be joined with other exports.
 */
export function renderAnnexCsv(project: Project, options: AnnexOptions = {}): string {
  const rows = buildProcessingRecord(project, options);
  const header = ['Flow id', 'From id', 'To id', ...RECORD_COLUMNS.map((column) => column.header)];
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine([row.interactionId, row.from.id, row.to.id, ...RECORD_COLUMNS.map((column) => column.cell(row))]));
  return `${lines.join('\r\n')}\r\n`;
}

/** The DPIA screening checklist as CSV: one line per criterion, evidence joined with "; ". */
export function renderDpiaCsv(project: Project, options: AnnexOptions = {}): string {
  const items = screenDpia(project, options);
  const lines = [csvLine(['Criterion', 'Question', 'Answer', 'Explanation', 'Guidance', 'Evidence'])];
  for (const item of items) {
    lines.push(
      csvLine([item.id, item.question, ANSWER_NAMES[item.answer], item.explanation, item.guidance, evidenceLabels(item).join('; ')]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

