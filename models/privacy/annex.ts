// The annex as one value, shared by the renderers so every format says the same thing.

import type { Project } from '../project/types';
import { SENSITIVITY_NAMES } from './labels';
import { screenDpia, summariseDpia } from './dpiaScreening';
import { buildProcessingRecord } from './processingRecord';
import type { AnnexOptions, DpiaScreeningItem, DpiaSummary, ProcessingRecordRow } from './types';

export interface Annex {
  title: string;
  /** "Whole project" or "Scenario: …". */
  scope: string;
  projectName: string;
  generatedAt?: string;
  rows: ProcessingRecordRow[];
  items: DpiaScreeningItem[];
  summary: DpiaSummary;
}

export function buildAnnex(project: Project, options: AnnexOptions = {}): Annex {
  const rows = buildProcessingRecord(project, options);
  const items = screenDpia(project, options);
  let scope = 'Whole project';
  if (options.scenarioId !== undefined) {
    const scenario = project.scenarios.find((candidate) => candidate.id === options.scenarioId);
    scope = `Scenario: ${scenario?.title ?? options.scenarioId}`;
  }
  return {
    title: `Data-protection annex: ${project.project.name}`,
    scope,
    projectName: project.project.name,
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    rows,
    items,
    summary: summariseDpia(items, rows),
  };
}

// Cell texts shared by the table renderers (Markdown, HTML, CSV).

export const NOT_RECORDED = 'Not recorded';

export const yesNo = (value: boolean | undefined): string => (value === undefined ? NOT_RECORDED : value ? 'Yes' : 'No');

export function partyText(party: ProcessingRecordRow['from']): string {
  const agency = party.ownerAgency ? `, ${party.ownerAgency}` : '';
  return `${party.name} (${party.sectorName}${agency})${party.known ? '' : ' [missing component]'}`;
}

export function categoriesText(row: ProcessingRecordRow): string {
  return row.dataCategories.map((category) => category.name).join('; ');
}

export function elementsText(row: ProcessingRecordRow): string {
  return row.dataElements.map((element) => (element.sensitivity === 'sensitive' ? `${element.name} (sensitive)` : element.name)).join('; ');
}

export const sensitivityText = (row: ProcessingRecordRow): string => SENSITIVITY_NAMES[row.sensitivity];

export function legalBasisText(row: ProcessingRecordRow): string {
  if (!row.legalBasis) return NOT_RECORDED;
  const { name, gdprRef, known } = row.legalBasis;
  return known ? `${name} (${gdprRef})` : `${name} (not in the catalogue)`;
}

export function securityText(row: ProcessingRecordRow): string {
  const { security } = row;
  return [
    `Authentication: ${security.authenticationName ?? NOT_RECORDED}`,
    `Encryption in transit: ${yesNo(security.encryptionInTransit)}`,
    `Signed messages: ${yesNo(security.signing)}`,
    `DPIA: ${security.dpiaReference ?? 'none referenced'}`,
  ].join('; ');
}

export function crossBorderText(row: ProcessingRecordRow): string {
  return row.crossBorder === undefined ? NOT_RECORDED : row.crossBorder ? 'Yes, leaves the country' : 'No, stays in the country';
}

export function summaryText(summary: DpiaSummary): string {
  const counts = `${summary.yes} of ${summary.yes + summary.no + summary.unknown} criteria met, ${summary.unknown} unknown.`;
  const verdict = summary.dpiaLikelyRequired
    ? 'Two or more criteria are met: a full data-protection impact assessment is likely required.'
    : 'Fewer than two criteria are met: a full assessment may not be required, unless the unknown answers turn out to be yes.';
  return `${counts} ${verdict}`;
}

/** Evidence listed per criterion in the rendered annex; a large project's list is cut with a count. */
export const EVIDENCE_SHOWN = 20;

/** The evidence labels a renderer shows: the first EVIDENCE_SHOWN and "… and N more". */
export function evidenceLabels(item: DpiaScreeningItem): string[] {
  const labels = item.evidence.slice(0, EVIDENCE_SHOWN).map((entry) => entry.label);
  const more = item.evidence.length - labels.length;
  if (more > 0) labels.push(`… and ${more} more`);
  return labels;
}

/** The record-of-processing columns, in order, with how each cell is written. */
export const RECORD_COLUMNS: readonly { header: string; cell: (row: ProcessingRecordRow) => string }[] = [
  { header: 'Flow', cell: (row) => row.interactionName },
  { header: 'From', cell: (row) => partyText(row.from) },
  { header: 'To', cell: (row) => partyText(row.to) },
  { header: 'Data categories', cell: categoriesText },
  { header: 'Personal data elements', cell: elementsText },
  { header: 'Sensitivity', cell: sensitivityText },
  { header: 'Purpose', cell: (row) => row.purpose ?? NOT_RECORDED },
  { header: 'Legal basis', cell: legalBasisText },
  { header: 'Legal reference', cell: (row) => row.legalReference ?? NOT_RECORDED },
  { header: 'Security', cell: securityText },
  { header: 'Retention', cell: (row) => row.retention ?? NOT_RECORDED },
  { header: 'Cross-border', cell: crossBorderText },
];
