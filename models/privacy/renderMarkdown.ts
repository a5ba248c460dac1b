// The annex as Markdown (CommonMark with GFM tables). User text is escaped so that it cannot
// open HTML, links or emphasis in any renderer that shows the file.

import type { Project } from '../project/types';
import { flows } from './dpiaScreening';
import { ANSWER_NAMES } from './labels';
import { buildAnnex, evidenceLabels, RECORD_COLUMNS, summaryText } from './annex';
import type { AnnexOptions } from './types';

/**
 * Escapes text for an inline position (a heading or a table cell, never a line start): the
 * characters that open HTML, entities, links, code, emphasis or a table cell are backslash-escaped,
 * and line breaks become spaces so a cell stays on its row.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (char) => `\\${char}`);
}

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

export function renderAnnexMarkdown(project: Project, options: AnnexOptions = {}): string {
  const annex = buildAnnex(project, options);
  const lines: string[] = [`# ${escapeMarkdown(annex.title)}`, '', `Scope: ${escapeMarkdown(annex.scope)}`];
  if (annex.generatedAt) lines.push('', `Generated: ${escapeMarkdown(annex.generatedAt)}`);
  lines.push('', '## Record of processing', '');
  if (annex.rows.length === 0) {
    lines.push('No flow in scope carries personal data.');
  } else {
    lines.push(
      `${flows(annex.rows.length)} ${annex.rows.length === 1 ? 'carries' : 'carry'} personal data.`,
      '',
      row(RECORD_COLUMNS.map((column) => column.header)),
      row(RECORD_COLUMNS.map(() => '---')),
      ...annex.rows.map((record) => row(RECORD_COLUMNS.map((column) => escapeMarkdown(column.cell(record))))),
    );
  }
  lines.push('', '## DPIA screening', '', escapeMarkdown(summaryText(annex.summary)));
  if (annex.summary.dpiaReferences.length > 0) {
    lines.push('', `DPIA references on the flows: ${annex.summary.dpiaReferences.map(escapeMarkdown).join('; ')}`);
  }
  lines.push('', row(['Question', 'Answer', 'Why it is answered so', 'Evidence']), row(['---', '---', '---', '---']));
  for (const item of annex.items) {
    lines.push(
      row([
        escapeMarkdown(item.question),
        `**${ANSWER_NAMES[item.answer]}**`,
        escapeMarkdown(`${item.explanation} ${item.guidance}`),
        item.evidence.length > 0 ? evidenceLabels(item).map(escapeMarkdown).join('<br>') : '—',
      ]),
    );
  }
  lines.push('');
  return lines.join('\n');
}
