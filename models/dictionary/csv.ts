// CSV as RFC 4180 describes it: fields separated by a delimiter, records by CRLF (LF and a lone
// CR are accepted too, since spreadsheets on every platform write them), fields that hold the
// delimiter, a quote or a line break are quoted, and a quote inside is doubled. A byte-order mark
// at the start is dropped. Parsing never throws: an unterminated quote is reported with its line.

export interface CsvParseResult {
  rows: string[][];
  /** The delimiter used (given, or detected from the first line). */
  delimiter: string;
  /** Set when the text ends inside a quoted field: the line (1-based) where that field opened. */
  unterminatedQuoteLine?: number;
}

const CANDIDATE_DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter of the first record: the candidate that occurs most often outside quotes.
 * Spreadsheets in locales with a decimal comma write ';', some tools write tabs.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATE_DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [delimiter, count] of counts) {
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

export function parseCsv(input: string, delimiter?: string): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteLine = 0;
  let line = 1;
  // True once the current record has any content, so a trailing newline adds no empty record.
  let recordStarted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      inQuotes = true;
      quoteLine = line;
      recordStarted = true;
      i++;
      continue;
    }
    if (ch === sep) {
      row.push(field);
      field = '';
      recordStarted = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      recordStarted = false;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    // A quote in the middle of an unquoted field is kept as text (lenient, like spreadsheets).
    field += ch;
    recordStarted = true;
    i++;
  }
  if (inQuotes) {
    row.push(field);
    rows.push(row);
    return { rows, delimiter: sep, unterminatedQuoteLine: quoteLine };
  }
  if (recordStarted || field !== '') {
    row.push(field);
    rows.push(row);
  }
  return { rows, delimiter: sep };
}

/** Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"). */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * A cell value made safe to open in a spreadsheet: text starting with a formula trigger gets a
 * leading apostrophe, which spreadsheets show as plain text.
 */
export function neutraliseFormula(value: string): string {
  return value.length > 0 && FORMULA_TRIGGERS.has(value[0]!) ? `'${value}` : value;
}

function quoteField(value: string, sep: string): string {
  if (value.includes('"') || value.includes(sep) || value.includes('\n') || value.includes('\r')) {
    return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}

export interface CsvWriteOptions {
  delimiter?: string;
  /** Neutralise formula triggers (default true: exports are opened in spreadsheets). */
  neutralise?: boolean;
}

/** RFC 4180 text with CRLF line ends and a final CRLF. */
export function stringifyCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const sep = options.delimiter ?? ',';
  const neutralise = options.neutralise ?? true;
  return rows
    .map((row) => row.map((cell) => quoteField(neutralise ? neutraliseFormula(cell) : cell, sep)).join(sep) + '\r\n')
    .join('');
}
