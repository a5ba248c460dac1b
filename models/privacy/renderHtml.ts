// The annex as HTML: a fragment for the specification export (no <html>, no scripts, classes
// prefixed cs-annex) and a self-contained, print-friendly document. Every user text is escaped
// and nothing becomes a link, so no value from the model can run script or navigate.

import type { Project } from '../project/types';
import { flows } from './dpiaScreening';
import { ANSWER_NAMES } from './labels';
import { buildAnnex, evidenceLabels, RECORD_COLUMNS, summaryText, type Annex } from './annex';
import type { AnnexOptions } from './types';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function sectionHtml(annex: Annex, headingLevel: 1 | 2): string {
  const h = (level: number) => `h${Math.min(level, 6)}`;
  const top = h(headingLevel);
  const sub = h(headingLevel + 1);
  const out: string[] = [];
  out.push(`<section class="cs-annex">`);
  out.push(`<${top}>${escapeHtml(annex.title)}</${top}>`);
  out.push(`<p class="cs-annex-scope">Scope: ${escapeHtml(annex.scope)}</p>`);
  if (annex.generatedAt) out.push(`<p class="cs-annex-generated">Generated: ${escapeHtml(annex.generatedAt)}</p>`);

  out.push(`<${sub}>Record of processing</${sub}>`);
  if (annex.rows.length === 0) {
    out.push('<p>No flow in scope carries personal data.</p>');
  } else {
    out.push(`<p>${flows(annex.rows.length)} ${annex.rows.length === 1 ? 'carries' : 'carry'} personal data.</p>`);
    // Twelve columns: on a narrow screen the table scrolls sideways instead of breaking words.
    out.push('<div class="cs-annex-scroll"><table class="cs-annex-record">');
    out.push(`<thead><tr>${RECORD_COLUMNS.map((column) => `<th scope="col">${escapeHtml(column.header)}</th>`).join('')}</tr></thead>`);
    out.push('<tbody>');
    for (const row of annex.rows) {
      const cells = RECORD_COLUMNS.map((column, index) => {
        const text = escapeHtml(column.cell(row));
        return index === 0 ? `<th scope="row">${text}</th>` : `<td>${text}</td>`;
      });
      const sensitive = row.sensitivity === 'sensitive' ? ' class="cs-annex-sensitive"' : '';
      out.push(`<tr${sensitive}>${cells.join('')}</tr>`);
    }
    out.push('</tbody></table></div>');
  }

  out.push(`<${sub}>DPIA screening</${sub}>`);
  out.push(`<p class="cs-annex-summary">${escapeHtml(summaryText(annex.summary))}</p>`);
  if (annex.summary.dpiaReferences.length > 0) {
    out.push(`<p>DPIA references on the flows: ${annex.summary.dpiaReferences.map(escapeHtml).join('; ')}</p>`);
  }
  out.push('<table class="cs-annex-dpia">');
  out.push('<thead><tr><th scope="col">Question</th><th scope="col">Answer</th><th scope="col">Why it is answered so</th><th scope="col">Evidence</th></tr></thead>');
  out.push('<tbody>');
  for (const item of annex.items) {
    const evidence =
      item.evidence.length > 0 ? `<ul>${evidenceLabels(item).map((label) => `<li>${escapeHtml(label)}</li>`).join('')}</ul>` : '—';
    out.push(
      `<tr><th scope="row">${escapeHtml(item.question)}</th>` +
        `<td class="cs-annex-answer cs-annex-answer--${item.answer}">${ANSWER_NAMES[item.answer]}</td>` +
        `<td>${escapeHtml(item.explanation)}<br><span class="cs-annex-guidance">${escapeHtml(item.guidance)}</span></td>` +
        `<td>${evidence}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  out.push('</section>');
  return out.join('\n');
}

/**
 * The annex as an HTML fragment (a <section>) for embedding in a larger document; headings start
 * at h2 so it sits under the document's own h1.
 */
export function renderAnnexHtmlSection(project: Project, options: AnnexOptions = {}): string {
  return sectionHtml(buildAnnex(project, options), 2);
}

/** Styles of the annex, for documents that embed the section and for the standalone document. */
export const ANNEX_CSS = `
.cs-annex { font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
.cs-annex h1 { font-size: 18pt; margin: 0 0 4pt; }
.cs-annex h2 { font-size: 14pt; margin: 18pt 0 6pt; }
.cs-annex h3 { font-size: 12pt; margin: 14pt 0 6pt; }
.cs-annex table { border-collapse: collapse; width: 100%; margin: 6pt 0 12pt; }
.cs-annex th, .cs-annex td { border: 1px solid #8c959f; padding: 3pt 5pt; vertical-align: top; text-align: left; overflow-wrap: break-word; hyphens: auto; }
.cs-annex thead th { background: #eaeef2; }
.cs-annex tbody th { font-weight: 600; }
.cs-annex tr { break-inside: avoid; page-break-inside: avoid; }
.cs-annex thead { display: table-header-group; }
.cs-annex .cs-annex-scroll { overflow-x: auto; }
.cs-annex .cs-annex-record { font-size: 9.5pt; }
.cs-annex .cs-annex-sensitive th { border-left: 4px solid #a40e26; }
.cs-annex .cs-annex-scope, .cs-annex .cs-annex-generated, .cs-annex .cs-annex-guidance { color: #57606a; }
.cs-annex .cs-annex-answer { font-weight: 700; white-space: nowrap; }
.cs-annex .cs-annex-answer--yes { color: #a40e26; }
.cs-annex .cs-annex-answer--no { color: #1a7f37; }
.cs-annex .cs-annex-answer--unknown { color: #7d4e00; }
.cs-annex ul { margin: 0; padding-left: 14pt; }
@media print { @page { size: A4 landscape; margin: 12mm; } .cs-annex { font-size: 9pt; } .cs-annex .cs-annex-record { font-size: 8pt; } .cs-annex .cs-annex-scroll { overflow: visible; } }
`;

/** The annex as a complete HTML document: no external resources, no script, prints on A4. */
export function renderAnnexHtmlDocument(project: Project, options: AnnexOptions = {}): string {
  const annex = buildAnnex(project, options);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(annex.title)}</title>`,
    `<style>${ANNEX_CSS}body { margin: 24px; }</style>`,
    '</head>',
    '<body>',
    sectionHtml(annex, 1),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
