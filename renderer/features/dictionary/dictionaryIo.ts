// Reading a dictionary file through the host and writing exports. The import itself happens in
// ImportDialog once the user has checked the mapping and the preview.

import i18next from 'i18next';
import type { HostApi } from '../../../models/host/HostApi';
import { parseCsv, stringifyCsv } from '../../../models/dictionary/csv';
import { codeListTable, dictionaryTable } from '../../../models/dictionary/tableExport';
import { readXlsx, writeXlsx } from '../../../models/dictionary/xlsx';
import { slugify } from '../../../models/project/ids';
import type { Project } from '../../../models/project/types';
import { useProjectStore } from '../../store/projectStore';
import { useDictionaryUi, type ImportTarget, type PendingImport } from './dictionaryUi';

export async function readDictionaryFile(host: HostApi, kind: 'csv' | 'xlsx'): Promise<PendingImport | null> {
  const file = await host.readImportFile(kind);
  if (!file) return null;
  if (file.bytes) {
    try {
      return { fileName: file.name, tables: (await readXlsx(file.bytes)).filter((s) => s.rows.length > 0) };
    } catch (error) {
      return { fileName: file.name, tables: [], error: error instanceof Error ? error.message : String(error) };
    }
  }
  const parsed = parseCsv(file.text ?? '');
  if (parsed.unterminatedQuoteLine !== undefined) {
    return { fileName: file.name, tables: [], error: i18next.t('dictionary:import.unterminatedQuote', { line: parsed.unterminatedQuoteLine }) };
  }
  return { fileName: file.name, tables: [{ name: file.name, rows: parsed.rows }] };
}

/** Reads the file, then opens the mapping and preview dialog for data elements or code lists. */
export async function startDictionaryImport(host: HostApi, kind: 'csv' | 'xlsx', target: ImportTarget = 'elements'): Promise<void> {
  const pending = await readDictionaryFile(host, kind);
  if (!pending) return;
  useDictionaryUi.getState().set({ pendingImport: { ...pending, target }, tab: target });
  useProjectStore.getState().setView('dictionary');
}

function baseName(project: Project): string {
  return slugify(project.project.name || 'dictionary');
}

export async function exportDictionaryCsv(host: HostApi, project: Project): Promise<void> {
  await host.writeExport(
    [
      { name: 'data-elements.csv', text: stringifyCsv(dictionaryTable(project)), mimeType: 'text/csv' },
      { name: 'code-lists.csv', text: stringifyCsv(codeListTable(project)), mimeType: 'text/csv' },
    ],
    `${baseName(project)}-dictionary`,
  );
}

export async function exportDictionaryXlsx(host: HostApi, project: Project): Promise<void> {
  const bytes = await writeXlsx([
    { name: i18next.t('dictionary:export.elementsSheet'), rows: dictionaryTable(project) },
    { name: i18next.t('dictionary:export.codeListsSheet'), rows: codeListTable(project) },
  ]);
  await host.writeExport(
    [{ name: `${baseName(project)}-dictionary.xlsx`, bytes, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }],
    `${baseName(project)}-dictionary`,
  );
}
