// User text on its way into WordprocessingML. The docx library escapes markup characters; what it
// cannot do is write characters XML 1.0 forbids (most C0 controls), which would make Word refuse
// the whole file, so those are dropped here. Line breaks become separate lines.

// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '');
}

/** The lines of a text field, CRLF or LF, each made XML-safe. */
export function linesOf(text: string): string[] {
  return xmlSafe(text).replace(/\r\n?/g, '\n').split('\n');
}

/** UTF-8 bytes without TextEncoder (models/ runs where no DOM or Node typings are present). */
export function utf8Bytes(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return Uint8Array.from(out);
}
