// CSV exports: the interoperability table(s) and the data dictionary with its code lists, RFC 4180
// (CRLF, quoted fields) with formula triggers neutralised, through models/dictionary/csv.

import { stringifyCsv } from '../dictionary/csv';
import { codeListTable, dictionaryTable } from '../dictionary/tableExport';
import type { Project } from '../project/types';
import type { Specification } from './types';
import type { ExportText } from './text';

/** One table for every scenario of the specification, the scenario named in the first column. */
export function interoperabilityCsv(spec: Specification, text: ExportText): string {
  const headers = spec.scenarios[0]?.interoperability.headers ?? text.interopHeaders;
  const rows: string[][] = [[text.scenario, ...headers]];
  for (const s of spec.scenarios) for (const row of s.interoperability.rows) rows.push([s.title, ...row]);
  return stringifyCsv(rows);
}

/** The dictionary entries of the scope, in the column layout the dictionary importer reads back. */
export function dictionaryCsv(project: Project, spec: Specification): string {
  const inScope = new Set(spec.dataElements.map((e) => e.id));
  return stringifyCsv(dictionaryTable({ ...project, dataElements: project.dataElements.filter((e) => inScope.has(e.id)) }));
}

export function codeListsCsv(project: Project, spec: Specification): string {
  const inScope = new Set(spec.codeLists.map((l) => l.id));
  return stringifyCsv(codeListTable({ ...project, codeLists: project.codeLists.filter((l) => inScope.has(l.id)) }));
}
