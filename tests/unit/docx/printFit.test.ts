import { describe, expect, it } from 'vitest';
import { buildSpecification, renderSpecificationHtml } from '../../../models/export';
import { PRINT_FIT_CSS, withPrintFit } from '../../../models/export/docx';
import { openProjectText } from '../../../models/project/open';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('withPrintFit', () => {
  it('adds the print style at the end of the head, after the document’s own styles', () => {
    const html = '<!doctype html><html><head><style>a{}</style></head><body><p>x</p></body></html>';
    const fitted = withPrintFit(html);
    expect(fitted.indexOf('data-print-fit')).toBeGreaterThan(fitted.indexOf('<style>a{}</style>'));
    expect(fitted.indexOf('data-print-fit')).toBeLessThan(fitted.indexOf('</head>'));
    expect(fitted.replace(/<style data-print-fit>[\s\S]*?<\/style>/, '')).toBe(html);
  });

  it('works on documents without a head', () => {
    expect(withPrintFit('<body><p>x</p></body>')).toMatch(/^<body><style data-print-fit>/);
    expect(withPrintFit('<p>x</p>')).toMatch(/^<style data-print-fit>/);
  });

  it('only changes print, and puts wide tables on landscape pages', () => {
    expect(PRINT_FIT_CSS.startsWith('@media print {')).toBe(true);
    expect(PRINT_FIT_CSS).toContain('@page wide { size: A4 landscape; }');
    expect(PRINT_FIT_CSS).toContain('page: wide');
    // Every interoperability column gets a width and the widths fill the page.
    const widths = [...PRINT_FIT_CSS.matchAll(/table\.interop th:nth-child\(\d+\) \{ width: ([\d.]+)%; \}/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(11);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 5);
  });

  it('fits the real HTML export, whose interoperability table has the class the style targets', () => {
    const opened = openProjectText(readFileSync(path.join(repoRoot, 'assets', 'sample', 'child-grant.convergence'), 'utf8'));
    if (!opened.ok) throw new Error('sample does not open');
    const html = renderSpecificationHtml(buildSpecification(opened.project));
    expect(html).toMatch(/<div class="table-wrap"[^>]*><table class="interop">/);
    expect(withPrintFit(html)).toContain('data-print-fit');
  });
});
