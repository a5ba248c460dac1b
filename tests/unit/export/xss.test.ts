// Every exporter keeps hostile user text inert: no tag, handler, script URL or link syntax of the
// user's reaches the output as markup.

import { describe, expect, it } from 'vitest';
import { exportProject, type ExportFormat } from '../../../models/export';
import { parseCsv } from '../../../models/dictionary/csv';
import { hostileProject, MD_LINK, XSS_LINK, XSS_NAME } from './fixtures';

const text = async (format: ExportFormat, scenarioId?: string) => {
  const files = await exportProject(hostileProject(), format, scenarioId ? { scenarioId } : {});
  return files;
};

/** Markup the HTML export may contain: its own tags only, links only to anchors of the page. */
function assertInertHtml(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/<iframe|<object|<embed|<foreignObject/i);
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
  for (const href of html.match(/href\s*=\s*"[^"]*"/g) ?? []) expect(href).toMatch(/^href="#[A-Za-z0-9_-]+"$/);
  expect(html).not.toMatch(/javascript:[^<]*"/);
}

describe('exports keep user text inert', () => {
  for (const scenarioId of [undefined, 'register-child']) {
    it(`HTML ${scenarioId ?? 'whole project'}`, async () => {
      const [file] = await text('html', scenarioId);
      const html = file!.text!;
      assertInertHtml(html);
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      // The legal reference is printed as words, never as a link.
      expect(html).toContain(XSS_LINK);
      expect(html).not.toContain(`href="${XSS_LINK}`);
    });

    it(`Markdown ${scenarioId ?? 'whole project'}`, async () => {
      const files = await text('md', scenarioId);
      const md = files[0]!.text!;
      const outsideMermaid = md.replace(/```mermaid[\s\S]*?```/g, '');
      // Our own markup only: anchors and line breaks; a backslash-escaped "<" is a literal character.
      const leftover = outsideMermaid.replace(/<a id="[A-Za-z0-9_-]+"><\/a>/g, '').replace(/<br>/g, '').replace(/\\</g, '');
      expect(leftover).not.toContain('<');
      expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
      // Every link destination is an anchor of the page or an SVG file beside it.
      for (const match of outsideMermaid.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) expect(match[1]).toMatch(/^(#[A-Za-z0-9_-]+|[A-Za-z0-9_.-]+\.svg)$/);
      expect(md).not.toContain(MD_LINK);
      expect(md).toContain('\\[click\\](javascript:alert(1))');
      // A user's "# ..." line stays a paragraph, "- ..." stays text.
      expect(md).not.toMatch(/^# not a heading/m);
      expect(md).not.toMatch(/^- not a list item/m);
      // Mermaid blocks carry no raw HTML either.
      for (const block of md.match(/```mermaid[\s\S]*?```/g) ?? []) expect(block).not.toMatch(/<img|<script/i);
      for (const svg of files.slice(1)) assertInertHtml(svg.text!);
    });
  }

  it('SVG diagrams escape names', async () => {
    for (const file of await text('svg')) {
      assertInertHtml(file.text!);
      expect(file.text).not.toContain(XSS_NAME);
    }
  });

  it('CSV cells cannot become formulas and stay RFC 4180', async () => {
    const files = await text('csv');
    for (const file of files) {
      expect(file.text!.endsWith('\r\n')).toBe(true);
      const parsed = parseCsv(file.text!);
      for (const row of parsed.rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const interop = files.find((f) => f.name.endsWith('.interoperability.csv'))!.text!;
    expect(interop).toContain(`'=HYPERLINK(""${XSS_LINK}"")`);
  });

  it('JSON and OpenAPI carry the text as data', async () => {
    const [json] = await text('json');
    const bundle = JSON.parse(json!.text!);
    expect(bundle.specification.title).toBe(`${XSS_NAME} project`);
    const [openapi] = await text('openapi', 'register-child');
    expect(openapi!.text).toContain('openapi: 3.1.0');
  });
});
