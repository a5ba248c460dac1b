import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collectProcessSteps,
  csvCell,
  EVIDENCE_SHOWN,
  evidenceLabels,
  screenDpia,
  escapeMarkdown,
  renderAnnexCsv,
  renderAnnexHtmlDocument,
  renderAnnexHtmlSection,
  renderAnnexMarkdown,
  renderDpiaCsv,
} from '../../../models/privacy';
import type { Project } from '../../../models/project/types';
import { sampleProject, smallPrivacyProject, XSS_NAME, XSS_REFERENCE } from './fixtures';

/** A project whose user texts try to inject markup, links and formulas. */
function hostileProject(): Project {
  const project = smallPrivacyProject();
  project.project.name = `Annex ${XSS_NAME}`;
  project.components[0] = { ...project.components[0]!, name: XSS_NAME };
  project.interactions[0] = {
    ...project.interactions[0]!,
    name: '=HYPERLINK("http://evil.example","x")',
    legalReference: XSS_REFERENCE,
    purpose: 'Line one\nline | two [link](javascript:alert(1)) *bold*',
    retention: '@SUM(A1:A2)',
    security: { ...project.interactions[0]!.security, dpiaReference: '<script>alert(1)</script>' },
  };
  project.scenarios[0] = { ...project.scenarios[0]!, title: `<b onmouseover=alert(1)>` };
  return project;
}

/** A minimal RFC 4180 reader, to check what the writer produces. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Tags in an HTML text, e.g. ['section', 'h1', 'td', ...]. */
const tagNames = (html: string): string[] => [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((match) => match[1]!.toLowerCase());

describe('annex renderers', () => {
  it('keep hostile text inert in HTML: escaped, no element or attribute from user text, no links', () => {
    const project = hostileProject();
    for (const html of [renderAnnexHtmlSection(project), renderAnnexHtmlDocument(project), renderAnnexHtmlSection(project, { scenarioId: 'paying' })]) {
      const allowed = new Set(['section', 'h1', 'h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'br', 'span', 'div', 'html', 'head', 'meta', 'title', 'style', 'body']);
      expect(tagNames(html).filter((tag) => !allowed.has(tag))).toEqual([]);
      expect(html).not.toMatch(/<img|<script|<b /i);
      const tags = html.match(/<[^>]*>/g) ?? [];
      expect(tags.filter((tag) => /\s(href|src|on\w+)\s*=/i.test(tag))).toEqual([]);
    }
    const section = renderAnnexHtmlSection(project);
    expect(section).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(section).toContain('javascript:alert(1)'); // shown as text, never as a link
    expect(section).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(section).not.toMatch(/<html|<head|<body/);
    const document = renderAnnexHtmlDocument(project);
    expect(document).toMatch(/^<!DOCTYPE html>/);
    expect(document).toContain("default-src 'none'");
    expect(document).not.toMatch(/<link|@import|url\(/);
  });

  it('keep hostile text inert in Markdown: no raw HTML, link or table break from user text', () => {
    const markdown = renderAnnexMarkdown(hostileProject());
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>');
    // Every < comes from the renderer's own <br> or is escaped.
    expect(markdown.replace(/<br>/g, '')).not.toMatch(/(^|[^\\])</);
    expect(markdown).not.toMatch(/[^\\]\]\(javascript/);
    expect(markdown).toContain('\\[link\\](javascript:alert(1))');
    // Each table row stays on one line with its 12 columns: user pipes are escaped.
    const recordRows = markdown.split('\n').filter((line) => line.startsWith('| ') && line.includes('HYPERLINK') && line.includes('DPIA: '));
    expect(recordRows).toHaveLength(1);
    expect(recordRows[0]!.split(/(?<!\\)\|/).length - 2).toBe(12);
  });

  it('keep hostile text inert in CSV: formulas prefixed, fields quoted per RFC 4180', () => {
    const csv = renderAnnexCsv(hostileProject());
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([
      'Flow id', 'From id', 'To id', 'Flow', 'From', 'To', 'Data categories', 'Personal data elements', 'Sensitivity',
      'Purpose', 'Legal basis', 'Legal reference', 'Security', 'Retention', 'Cross-border',
    ]);
    expect(rows).toHaveLength(3);
    const first = rows[1]!;
    expect(first[3]).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(first[13]).toBe("'@SUM(A1:A2)");
    expect(first[4]).toBe(`${XSS_NAME} (Public body, Ministry)`);
    expect(first[9]).toBe('Line one\nline | two [link](javascript:alert(1)) *bold*');
    expect(first[11]).toBe(XSS_REFERENCE);
    expect(csv.endsWith('\r\n')).toBe(true);
    for (const row of parseCsv(renderDpiaCsv(hostileProject()))) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('csvCell round-trips any text through an RFC 4180 reader, prefixing formula starts', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), (cells) => {
        const line = `${cells.map(csvCell).join(',')}\r\n`;
        const [parsed] = parseCsv(line);
        const expected = cells.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell));
        expect(parsed).toEqual(expected);
      }),
    );
  });

  it('escapeMarkdown leaves no unescaped special character and no line break', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(escaped.replace(/\\[\\`*_[\]<>|~&]/g, '')).not.toMatch(/[\\`*_[\]<>|~&]/);
      }),
    );
  });

  it('are deterministic and say the same in every format', async () => {
    const project = sampleProject();
    const steps = await collectProcessSteps(project);
    expect(renderAnnexMarkdown(project, { steps })).toBe(renderAnnexMarkdown(sampleProject(), { steps: await collectProcessSteps(sampleProject()) }));
    expect(renderAnnexHtmlDocument(project, { steps })).toBe(renderAnnexHtmlDocument(project, { steps }));
    const csvRows = parseCsv(renderAnnexCsv(project));
    const markdown = renderAnnexMarkdown(project, { steps });
    const html = renderAnnexHtmlSection(project, { steps });
    for (const row of csvRows.slice(1)) {
      expect(markdown).toContain(escapeMarkdown(row[3]!));
      expect(html).toContain(`<th scope="row">${row[3]!}</th>`);
    }
    expect(renderAnnexMarkdown(project, { generatedAt: '2026-01-02' })).toContain('Generated: 2026-01-02');
    expect(renderAnnexMarkdown(project)).not.toContain('Generated:');
  });

  it('list at most EVIDENCE_SHOWN pieces of evidence per criterion, then the count of the rest', () => {
    const project = smallPrivacyProject();
    for (let i = 0; i < 30; i++) {
      project.interactions.push({ ...project.interactions[1]!, id: `pay-${i}`, name: `Pay ${i}`, crossBorder: true });
    }
    const item = screenDpia(project).find((entry) => entry.id === 'cross_border')!;
    expect(item.evidence).toHaveLength(30);
    expect(evidenceLabels(item)).toHaveLength(EVIDENCE_SHOWN + 1);
    expect(evidenceLabels(item).at(-1)).toBe(`… and ${30 - EVIDENCE_SHOWN} more`);
    expect(renderAnnexMarkdown(project)).toContain(`… and ${30 - EVIDENCE_SHOWN} more`);
    expect(renderAnnexHtmlSection(project)).not.toContain('Pay 29 (');
  });

  it('say so when no flow carries personal data', () => {
    const project = smallPrivacyProject();
    project.interactions = [];
    expect(renderAnnexMarkdown(project)).toContain('No flow in scope carries personal data.');
    expect(renderAnnexHtmlSection(project)).toContain('No flow in scope carries personal data.');
    expect(parseCsv(renderAnnexCsv(project))).toHaveLength(1);
  });
});
