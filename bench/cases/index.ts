// The registry of benchmark cases. A later issue adds a case by writing bench/cases/<name>.ts
// and listing it here; `npm run bench -- <text>` runs the cases whose name contains <text>.

import { openCase } from './open';
import { saveCase } from './save';
import { landscapeLayoutCase } from './landscapeLayout';
import { contractsImportCase, contractsImportTreeCase } from './contractsImport';
import { dictionaryTableCase } from './dictionaryTable';
import { processImportCase } from './processImport';
import { exportHtmlCase } from './exportHtml';
import { validationFullCase, validationIncrementalCase } from './validation';
import { validationPoolCase } from './validationPool';
import { scenarioViewsCase } from './scenarioViews';
import { docxExportCase } from './docxExport';
import { privacyAnnexCase } from './privacyAnnex';
import type { BenchCase } from './types';

export const benchCases: readonly BenchCase[] = [openCase, saveCase, landscapeLayoutCase, contractsImportCase, contractsImportTreeCase, dictionaryTableCase, processImportCase, exportHtmlCase, validationFullCase, validationIncrementalCase, validationPoolCase, scenarioViewsCase, docxExportCase, privacyAnnexCase];

export function findCase(name: string, cases: readonly BenchCase[] = benchCases): BenchCase | undefined {
  return cases.find((c) => c.name === name);
}

/** Cases whose name contains any filter (case-insensitive); all cases without filters. */
export function selectCases(filters: readonly string[], cases: readonly BenchCase[] = benchCases): BenchCase[] {
  if (filters.length === 0) return [...cases];
  const wanted = filters.map((f) => f.toLowerCase());
  return cases.filter((c) => wanted.some((f) => c.name.toLowerCase().includes(f)));
}
