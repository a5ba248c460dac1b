// Reads a .docx the way a word processor would: unzip (jszip, a dependency of exceljs), parse
// each XML part strictly (a malformed part fails the test), and collect headings and table text.
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { createRequire } from 'node:module';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxContents {
  files: string[];
  documentXml: string;
  coreXml: string;
  /** Paragraphs with a heading style: style id and text. */
  headings: { style: string; text: string }[];
  /** Every table as rows of cell texts. */
  tables: string[][][];
  /** All text of the body, paragraphs joined by newlines. */
  text: string;
}

// sax (strict mode) checks well-formedness, which xmldom does not (it mends mismatched tags).
interface SaxParser {
  onerror: (error: Error) => void;
  write(text: string): SaxParser;
  close(): void;
}
const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean): SaxParser };
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function parseStrict(xml: string, name: string): Document {
  const fail = (message: string): never => {
    throw new Error(`${name} is not well-formed XML: ${message}`);
  };
  if (FORBIDDEN_IN_XML.test(xml)) fail('a character XML 1.0 forbids');
  const checker = sax.parser(true);
  checker.onerror = (error) => fail(error.message.split('\n')[0] ?? '');
  checker.write(xml).close();
  return new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(
    xml,
    'application/xml',
  ) as unknown as Document;
}

const elements = (node: Element | Document, local: string): Element[] => Array.from(node.getElementsByTagNameNS(W, local));

/** Text of a paragraph-like node: its w:t runs, line breaks as \n. */
function textOf(node: Element): string {
  let out = '';
  const walk = (n: Node): void => {
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (el.namespaceURI === W && el.localName === 't') out += el.textContent ?? '';
    else if (el.namespaceURI === W && el.localName === 'br') out += '\n';
    else for (const child of Array.from(el.childNodes)) walk(child);
  };
  walk(node);
  return out;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxContents> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  for (const name of files.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
    parseStrict(await zip.file(name)!.async('string'), name);
  }
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const coreXml = await zip.file('docProps/core.xml')!.async('string');
  const doc = parseStrict(documentXml, 'word/document.xml');
  const headings: DocxContents['headings'] = [];
  for (const p of elements(doc, 'p')) {
    const style = elements(p, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? '';
    if (/^(Heading\d|Title)$/.test(style)) headings.push({ style, text: textOf(p) });
  }
  const tables = elements(doc, 'tbl').map((tbl) => elements(tbl, 'tr').map((tr) => elements(tr, 'tc').map((tc) => elements(tc, 'p').map(textOf).join('\n'))));
  const text = elements(doc, 'p').map(textOf).join('\n');
  return { files, documentXml, coreXml, headings, tables, text };
}
