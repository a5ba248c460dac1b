// Escaping for the HTML export. User text only ever lands in element content or in quoted
// attribute values, never in a URL, an event handler or a style: `javascript:` typed as a legal
// reference stays words on a page.

/** Text for HTML element content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Multi-line user text: paragraphs on blank lines, line breaks kept. */
export function htmlParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((para) => para.trim())
    .filter((para) => para !== '')
    .map((para) => `<p>${para.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

/** Single-cell text: line breaks kept, no paragraphs. */
export function htmlLines(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map(escapeHtml).join('<br>');
}

/**
 * An SVG document made fit to sit inline in an HTML page: the XML prolog and doctype go, ids get
 * a per-diagram prefix so markers and gradients of two diagrams cannot collide, and anything
 * active (scripts, foreignObject, event handlers, javascript: links) is removed. Our own diagrams
 * have none of those; a BPMN diagram comes from a browser and is treated like any input.
 */
export function inlineSvg(svg: string, idPrefix: string): string {
  let out = svg
    .replace(/<\?xml[\s\S]*?\?>/g, '')
    .replace(/<!DOCTYPE[\s\S]*?>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script[^>]*\/>/gi, '')
    .replace(/<foreignObject[\s\S]*?<\/foreignObject\s*>/gi, '')
    .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/(href\s*=\s*["'])\s*javascript:[^"']*/gi, '$1#')
    .trim();
  const ids = new Set<string>();
  for (const match of out.matchAll(/\sid="([^"]+)"/g)) ids.add(match[1]!);
  if (ids.size > 0) {
    const rename = (id: string) => (ids.has(id) ? `${idPrefix}-${id}` : id);
    out = out
      .replace(/(\sid=")([^"]+)"/g, (_m, head: string, id: string) => `${head}${rename(id)}"`)
      .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${rename(id)})`)
      .replace(/((?:xlink:)?href=")#([^"]+)"/g, (_m, head: string, id: string) => `${head}#${rename(id)}"`);
  }
  return out;
}
