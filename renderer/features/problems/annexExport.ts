// Writes the data-protection annex (models/privacy) through the host: one HTML or Markdown file,
// or two CSV files (the record of processing and the DPIA screening, which have different columns).

import type { ExportFile, HostApi } from '../../../models/host/HostApi';
import {
  collectProcessSteps,
  renderAnnexCsv,
  renderAnnexHtmlDocument,
  renderAnnexMarkdown,
  renderDpiaCsv,
} from '../../../models/privacy';
import type { Project } from '../../../models/project/types';

export type AnnexFormat = 'html' | 'md' | 'csv';

/** "Child Grant (pilot)" + scenario "Monthly payroll" → "child-grant-pilot-monthly-payroll-data-protection". */
export function annexBaseName(project: Project, scenarioId?: string): string {
  const scenario = scenarioId === undefined ? undefined : project.scenarios.find((candidate) => candidate.id === scenarioId);
  const slug = [project.project.name, scenario?.title]
    .filter(Boolean)
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  // Long titles are cut at a word boundary so the name stays readable.
  const short = slug.length <= 100 ? slug : slug.slice(0, 100).replace(/-[^-]*$/, '');
  return `${short || 'project'}-data-protection`;
}

export async function annexFiles(project: Project, format: AnnexFormat, scenarioId?: string): Promise<ExportFile[]> {
  // The automated-decision question needs the process steps, which only an async BPMN parse gives.
  const options = { steps: await collectProcessSteps(project), ...(scenarioId !== undefined ? { scenarioId } : {}) };
  const base = annexBaseName(project, scenarioId);
  switch (format) {
    case 'html':
      return [{ name: `${base}.html`, text: renderAnnexHtmlDocument(project, options), mimeType: 'text/html' }];
    case 'md':
      return [{ name: `${base}.md`, text: renderAnnexMarkdown(project, options), mimeType: 'text/markdown' }];
    case 'csv':
      return [
        { name: 'record-of-processing.csv', text: renderAnnexCsv(project, options), mimeType: 'text/csv' },
        { name: 'dpia-screening.csv', text: renderDpiaCsv(project, options), mimeType: 'text/csv' },
      ];
  }
}

export async function exportAnnex(host: HostApi, project: Project, format: AnnexFormat, scenarioId?: string): Promise<string | null> {
  const files = await annexFiles(project, format, scenarioId);
  const base = annexBaseName(project, scenarioId);
  return host.writeExport(files, files.length === 1 ? files[0]!.name : base);
}
