// Fits an HTML export onto paper when it is printed to PDF. On screen, wide tables (the
// interoperability table, the record of processing) scroll sideways inside their wrappers; paper
// cannot scroll, so a printer would cut their right-hand columns off. This print-only style
// gives every table the page width with fixed column layout, wraps long words, and puts the
// widest tables on landscape pages of their own in smaller type. Used by every PDF path: the CLI's headless Chromium, Electron's
// printToPDF and the browser's print dialog.

const INTEROP_WIDTHS = [8, 7.5, 8.5, 15, 7.5, 8.5, 8.5, 13, 8.5, 7.5, 7.5];

export const PRINT_FIT_CSS = [
  '@media print {',
  '  table { table-layout: fixed !important; width: 100% !important; min-width: 0 !important; }',
  '  th, td { min-width: 0 !important; overflow-wrap: break-word; word-break: normal; hyphens: auto; }',
  // Tables of eight columns or more get landscape pages of their own (CSS named pages), as in DOCX.
  '  .table-wrap:has(> table > thead > tr > th:nth-child(8)), #data-protection-annex { page: wide; }',
  '  :is(h2, h3, h4):has(+ .table-wrap > table > thead > tr > th:nth-child(8)) { page: wide; }',
  '  table:has(> thead > tr > th:nth-child(8)) { font-size: 7.5pt !important; }',
  '  .table-wrap, figure, #data-protection-annex { overflow: visible !important; }',
  // The interoperability table's columns by how much text they usually hold (sum 100 %).
  ...INTEROP_WIDTHS.map((width, index) => `  table.interop th:nth-child(${index + 1}) { width: ${width}%; }`),
  '  svg, img { max-width: 100% !important; height: auto; }',
  '}',
  '@page wide { size: A4 landscape; }',
].join('\n');

/** The document with PRINT_FIT_CSS added at the end of its head (after its own styles, so it wins). */
export function withPrintFit(html: string): string {
  const style = `<style data-print-fit>${PRINT_FIT_CSS}</style>`;
  const end = html.search(/<\/head\s*>/i);
  if (end >= 0) return `${html.slice(0, end)}${style}${html.slice(end)}`;
  // A document without a head: the style still applies from the start of the body.
  const body = html.search(/<body[^>]*>/i);
  if (body < 0) return `${style}${html}`;
  const bodyEnd = html.indexOf('>', body) + 1;
  return `${html.slice(0, bodyEnd)}${style}${html.slice(bodyEnd)}`;
}
