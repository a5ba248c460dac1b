// Escaping for the Markdown export (CommonMark + GitHub tables). HTML is written as entities so
// no renderer sees a tag; brackets, emphasis, code and table syntax are backslash-escaped so user
// text can never become a link (`[x](javascript:...)`: without an unescaped `[` no link or image
// can start, so parentheses stay readable) or break a table; block markers at the start of a line
// (#, >, -, +, =, 1.) are escaped so text stays a paragraph.

/** Inline text: safe anywhere inside a paragraph, heading, list item or table cell. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~])/g, '\\$1')
    .replace(/(^|\n)([ \t]*)([-+=]|\d+[.)])/g, (_m, start: string, space: string, marker: string) => `${start}${space}${marker.replace(/^(\d+)([.)])$/, '$1\\$2').replace(/^([-+=])$/, '\\$1')}`);
}

/** Multi-line text as paragraphs (blank line between them, hard breaks inside). */
export function markdownParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((para) => para.trim())
    .filter((para) => para !== '')
    .map((para) => para.split('\n').map(escapeMarkdown).join('<br>\n'))
    .join('\n\n');
}

/** A table cell: one line, breaks as <br>. */
export function markdownCell(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map(escapeMarkdown).join('<br>');
}

export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
