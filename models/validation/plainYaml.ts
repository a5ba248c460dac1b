// A reader for the plain block-style YAML that OpenAPI contracts are written in (and that the
// `yaml` library writes): block mappings and sequences, plain and quoted one-line scalars, literal
// and folded block scalars, comments and one-line flow collections. The validation reads every
// contract of a project at start-up, and the full YAML library takes about 10 ms per contract on
// a cold start; this takes a fraction of it. For anything outside that subset (anchors, aliases,
// tags, multi-line plain, quoted or flow nodes, tabs, several documents, a YAML error...) it
// answers undefined and the caller reads the text with the YAML library, so a value it does
// return is the one the library's `parseDocument(text).toJS()` gives (core schema, YAML 1.2).
// tests/unit/validation/rules/plainYaml.test.ts holds it to that on real and random documents.

/** The value of the document, or undefined when the text is outside the subset. */
export function parsePlainYaml(text: string): { value: unknown } | undefined {
  // Tabs, carriage returns, a byte-order mark and control characters: left to the library.
  if (/[\t\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufeff\ufffe\uffff]/.test(text)) return undefined;
  try {
    return { value: new Reader(text.split('\n')).document() };
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}

/** Thrown (and caught above) as soon as the text leaves the subset. */
const OUTSIDE = Symbol('outside the plain YAML subset');

function outside(): never {
  throw OUTSIDE;
}

// The core schema's plain scalars, tested in the library's order (null, bool, octal, decimal and
// hexadecimal integers, then .inf/.nan, exponent and plain floats); anything else is a string.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** The words among plain scalars starting with a letter that are not strings. */
const WORDS: ReadonlyMap<string, null | boolean> = new Map<string, null | boolean>([
  ['null', null],
  ['Null', null],
  ['NULL', null],
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);

function resolvePlain(source: string): unknown {
  // The common case, without the tests: no number, null or boolean starts with a letter, '_',
  // '/' or '$' other than the words above.
  const first = source.charCodeAt(0);
  if ((first >= 97 && first <= 122) || (first >= 65 && first <= 90) || first === 95 || first === 47 || first === 36) {
    const word = WORDS.get(source);
    return word === undefined ? source : word;
  }
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === 't' || source[0] === 'T';
  if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (FLOAT_NAN.test(source)) return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

/** How a key reads as a property name, as the library's toJS makes it. */
function keyName(key: unknown): string {
  const name = key === null ? '' : String(key);
  // The prototype key and merge keys behave differently in plain objects and in the library.
  if (name === '__proto__' || name === '<<') outside();
  return name;
}

const DOUBLE_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_ESCAPE_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** A scalar read from part of a line: its value and where it ended. */
interface Scanned {
  value: unknown;
  end: number;
}

/** A double-quoted scalar starting at `start` (the quote), closed on the same line. */
function doubleQuoted(line: string, start: number): Scanned {
  let out = '';
  let i = start + 1;
  for (;;) {
    const next = line.indexOf('"', i);
    const escape = line.indexOf('\\', i);
    if (next === -1) outside();
    if (escape === -1 || escape > next) return { value: out + line.slice(i, next), end: next + 1 };
    out += line.slice(i, escape);
    const code = line[escape + 1];
    if (code === undefined) outside();
    const length = HEX_ESCAPE_LENGTH[code];
    if (length !== undefined) {
      const hex = line.slice(escape + 2, escape + 2 + length);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) outside();
      const point = parseInt(hex, 16);
      if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) outside();
      out += String.fromCodePoint(point);
      i = escape + 2 + length;
    } else {
      const plain = DOUBLE_ESCAPES[code];
      if (plain === undefined) outside();
      out += plain;
      i = escape + 2;
    }
  }
}

/** A single-quoted scalar starting at `start`, closed on the same line ('' is a quote). */
function singleQuoted(line: string, start: number): Scanned {
  let out = '';
  let i = start + 1;
  for (;;) {
    const next = line.indexOf("'", i);
    if (next === -1) outside();
    out += line.slice(i, next);
    if (line[next + 1] !== "'") return { value: out, end: next + 1 };
    out += "'";
    i = next + 2;
  }
}

/** Only spaces, or spaces and a comment, from `from` to the end of the line. */
function restIsEmpty(line: string, from: number): boolean {
  let i = from;
  while (line.charCodeAt(i) === 32) i++;
  return i === line.length || (line[i] === '#' && i > from);
}

/** Characters that cannot start a plain scalar (a '-' can, before a non-space). */
const INDICATORS = new Set(['[', ']', '{', '}', ',', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', '?', ':']);

function startsPlain(line: string, at: number, inFlow = false): boolean {
  const first = line[at];
  if (first === undefined || INDICATORS.has(first)) return false;
  if (first !== '-') return true;
  const second = line[at + 1];
  return second !== undefined && second !== ' ' && !(inFlow && ',[]{}'.includes(second));
}

/** Where a plain scalar starting at `at` ends: at a comment, or at the end of the line; trailing spaces dropped. */
function plainEnd(line: string, at: number): number {
  const comment = line.indexOf(' #', at);
  let end = comment === -1 ? line.length : comment;
  while (end > at && line.charCodeAt(end - 1) === 32) end--;
  return end;
}

/** A key at `at` and the column after its ':', or undefined when the line holds no key there. */
function keyAt(line: string, at: number): { key: string; after: number } | undefined {
  const first = line[at];
  let key: unknown;
  let end: number;
  if (first === '"' || first === "'") {
    const scanned = first === '"' ? doubleQuoted(line, at) : singleQuoted(line, at);
    end = scanned.end;
    while (line.charCodeAt(end) === 32) end++;
    if (line[end] !== ':') return undefined;
    key = scanned.value;
  } else {
    if (!startsPlain(line, at)) return undefined;
    // The key ends at the first ': ' (or a ':' ending the line) before any comment.
    let colon = line.indexOf(':', at);
    const comment = line.indexOf(' #', at);
    while (colon !== -1 && colon + 1 < line.length && line[colon + 1] !== ' ') colon = line.indexOf(':', colon + 1);
    if (colon === -1 || (comment !== -1 && comment < colon)) return undefined;
    let keyEnd = colon;
    while (keyEnd > at && line.charCodeAt(keyEnd - 1) === 32) keyEnd--;
    if (keyEnd - at > 1000) outside();
    key = resolvePlain(line.slice(at, keyEnd));
    end = colon;
  }
  if (end + 1 < line.length && line[end + 1] !== ' ') return undefined;
  return { key: keyName(key), after: end + 1 };
}

/**
 * A flow collection closed on its line ("[a, 'b', 3]", "{ type: string, enum: [a, b] }")
 * starting at `start`. Keys without values, single-pair mappings inside sequences, trailing
 * commas and plain scalars holding '#' are left to the library.
 */
function flowCollection(line: string, start: number): Scanned {
  let i = start;
  const skipSpaces = (): void => {
    while (line.charCodeAt(i) === 32) i++;
  };
  const scalar = (): unknown => {
    const first = line[i];
    if (first === '"' || first === "'") {
      const scanned = first === '"' ? doubleQuoted(line, i) : singleQuoted(line, i);
      i = scanned.end;
      return scanned.value;
    }
    if (!startsPlain(line, i, true)) outside();
    const from = i;
    for (; i < line.length; i++) {
      const ch = line[i]!;
      if (',[]{}'.includes(ch)) break;
      if (ch === ':' && (i + 1 === line.length || ' ,[]{}'.includes(line[i + 1]!))) break;
      if (ch === '#' && line[i - 1] === ' ') outside();
    }
    let end = i;
    while (end > from && line.charCodeAt(end - 1) === 32) end--;
    return resolvePlain(line.slice(from, end));
  };
  const node = (): unknown => {
    skipSpaces();
    if (line[i] === '[' || line[i] === '{') return collection();
    return scalar();
  };
  /** After an item: true at the closing bracket (consumed), false after a comma. */
  const separator = (close: string): boolean => {
    skipSpaces();
    if (line[i] === close) {
      i++;
      return true;
    }
    if (line[i] !== ',') outside();
    i++;
    skipSpaces();
    if (line[i] === close) outside();
    return false;
  };
  const collection = (): unknown => {
    const close = line[i] === '[' ? ']' : '}';
    i++;
    skipSpaces();
    if (close === ']') {
      const items: unknown[] = [];
      if (line[i] === ']') {
        i++;
        return items;
      }
      for (;;) {
        items.push(node());
        skipSpaces();
        if (line[i] === ':') outside();
        if (separator(']')) return items;
      }
    }
    const map: Record<string, unknown> = {};
    if (line[i] === '}') {
      i++;
      return map;
    }
    for (;;) {
      skipSpaces();
      if (line[i] === '[' || line[i] === '{') outside();
      const key = keyName(scalar());
      skipSpaces();
      if (line[i] !== ':') outside();
      i++;
      skipSpaces();
      if (line[i] === ',' || line[i] === '}' || i >= line.length) outside();
      map[key] = node();
      if (separator('}')) return map;
    }
  };
  const value = collection();
  return { value, end: i };
}

const indentOf = (line: string): number => {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
};

const isSequenceEntry = (line: string, at: number): boolean => line[at] === '-' && (at + 1 === line.length || line[at + 1] === ' ');

class Reader {
  private index = 0;
  /** The last answer of next(), for `index`: callers often ask twice for the same line. */
  private nextFrom = -1;
  private nextFound = -1;

  constructor(private readonly lines: readonly string[]) {}

  /** The index of the next line with content (not blank, not only a comment), or -1. */
  private next(): number {
    if (this.nextFrom === this.index) return this.nextFound;
    const from = this.index;
    const found = this.scan();
    // scan() may move past a leading document marker: remember for where it started.
    this.nextFrom = from;
    this.nextFound = found;
    return found;
  }

  private scan(): number {
    for (let i = this.index; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      const at = indentOf(line);
      if (at === line.length || line[at] === '#') continue;
      if (at === 0 && (line.startsWith('---') || line.startsWith('...'))) {
        // One leading document marker is fine; later markers mean several documents.
        if (line === '---' && this.index === 0 && this.onlyCommentsBefore(i)) {
          this.index = i + 1;
          return this.scan();
        }
        outside();
      }
      return i;
    }
    return -1;
  }

  private onlyCommentsBefore(lineIndex: number): boolean {
    for (let i = 0; i < lineIndex; i++) {
      const line = this.lines[i]!;
      const at = indentOf(line);
      if (at !== line.length && line[at] !== '#') return false;
    }
    return true;
  }

  document(): unknown {
    const first = this.next();
    if (first === -1) outside();
    const value = this.block(indentOf(this.lines[first]!));
    if (this.next() !== -1) outside();
    return value;
  }

  /** The mapping or sequence whose lines start at column `indent`. */
  private block(indent: number): unknown {
    const at = this.next();
    const line = this.lines[at]!;
    return isSequenceEntry(line, indent) ? this.sequence(indent) : this.mapping(indent, at, indent);
  }

  /**
   * A block mapping with its keys at column `indent`. Its first key may sit further right on its
   * line (`firstColumn`): the compact mapping of a sequence entry ("- name: x").
   */
  private mapping(indent: number, firstLine: number, firstColumn: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let lineIndex = firstLine;
    let column = firstColumn;
    for (;;) {
      const line = this.lines[lineIndex]!;
      const entry = keyAt(line, column);
      if (entry === undefined) outside();
      this.index = lineIndex + 1;
      out[entry.key] = this.value(line, entry.after, indent, true);
      const following = this.next();
      if (following === -1) return out;
      const nextIndent = indentOf(this.lines[following]!);
      if (nextIndent < indent) return out;
      if (nextIndent > indent) outside();
      lineIndex = following;
      column = indent;
    }
  }

  /** A block sequence with its '-' at column `indent`. */
  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      const lineIndex = this.next();
      if (lineIndex === -1) return out;
      const line = this.lines[lineIndex]!;
      const lineIndent = indentOf(line);
      if (lineIndent < indent) return out;
      if (lineIndent > indent) outside();
      // A line at the column that is no entry ends a sequence that is a mapping's value at the
      // mapping's own column ("tags:\n- a\nnext: b"); the caller decides whether it may.
      if (!isSequenceEntry(line, indent)) return out;
      let content = indent + 1;
      while (line.charCodeAt(content) === 32) content++;
      if (content < line.length && line[content] !== '#' && keyAt(line, content) !== undefined) {
        out.push(this.mapping(content, lineIndex, content));
        continue;
      }
      if (isSequenceEntry(line, content)) outside();
      this.index = lineIndex + 1;
      out.push(this.value(line, indent + 1, indent, false));
    }
  }

  /**
   * The value that starts after column `from` of `line` (after a key's ':' or an entry's '-'),
   * or on the lines below it. `parentIndent` is the column of the key or of the '-'.
   */
  private value(line: string, from: number, parentIndent: number, ofKey: boolean): unknown {
    let at = from;
    while (line.charCodeAt(at) === 32) at++;
    if (at === line.length || (line[at] === '#' && at > from)) return this.nested(parentIndent, ofKey);
    if (at === from) outside();
    const first = line[at]!;
    let scanned: Scanned;
    if (first === '"') scanned = doubleQuoted(line, at);
    else if (first === "'") scanned = singleQuoted(line, at);
    else if (first === '[' || first === '{') scanned = flowCollection(line, at);
    else if (first === '|' || first === '>') return this.blockScalar(line, at, parentIndent);
    else {
      if (!startsPlain(line, at)) outside();
      const end = plainEnd(line, at);
      const source = line.slice(at, end);
      // "a: b: c" and a value ending in ':' are mappings where a scalar should be: YAML errors.
      if (source.includes(': ') || source.endsWith(':')) outside();
      scanned = { value: resolvePlain(source), end };
    }
    if (!restIsEmpty(line, scanned.end)) outside();
    // A more indented line below a one-line scalar would continue it (or be an error).
    const following = this.next();
    if (following !== -1 && indentOf(this.lines[following]!) > parentIndent) outside();
    return scanned.value;
  }

  /** The block below a key or an entry with nothing after it: null when there is none. */
  private nested(parentIndent: number, ofKey: boolean): unknown {
    const following = this.next();
    if (following === -1) return null;
    const line = this.lines[following]!;
    const indent = indentOf(line);
    if (indent > parentIndent) return this.block(indent);
    // "key:\n- a" lists the key's entries at the key's own column.
    if (ofKey && indent === parentIndent && isSequenceEntry(line, indent)) return this.sequence(indent);
    return null;
  }

  /** A literal (|) or folded (>) block scalar whose header is at column `at`. */
  private blockScalar(line: string, at: number, parentIndent: number): string {
    const folded = line[at] === '>';
    let i = at + 1;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    if (line[i] === '-') chomp = 'strip';
    else if (line[i] === '+') chomp = 'keep';
    if (chomp !== 'clip') i++;
    if (!restIsEmpty(line, i) || (i < line.length && line[i] !== ' ')) outside();
    // The content: the lines below that are blank or indented further than the parent.
    const content: string[] = [];
    let indent = -1;
    let lineIndex = this.index;
    for (; lineIndex < this.lines.length; lineIndex++) {
      const raw = this.lines[lineIndex]!;
      const rawIndent = indentOf(raw);
      if (rawIndent === raw.length) {
        // A blank line. In a literal scalar, spaces beyond the content's indentation are
        // content; a folded scalar would keep such a line apart: left to the library.
        if (indent !== -1 && rawIndent > indent) {
          if (folded) outside();
          content.push(raw.slice(indent));
        } else content.push('');
        continue;
      }
      if (indent === -1) {
        if (rawIndent <= parentIndent) break;
        indent = rawIndent;
        // Leading blank lines longer than the first content line are a YAML error.
        for (let k = this.index; k < lineIndex; k++) if (this.lines[k]!.length > indent) outside();
      } else if (rawIndent < indent) break;
      // More-indented lines of a folded scalar are kept apart, not folded: left to the library.
      if (folded && rawIndent > indent) outside();
      content.push(raw.slice(indent));
    }
    if (indent === -1) outside();
    this.index = lineIndex;
    let last = content.length;
    while (last > 0 && content[last - 1] === '') last--;
    const body = content.slice(0, last);
    const trailing = content.length - last;
    let text: string;
    if (folded) {
      if (body.some((row) => row.endsWith(' '))) outside();
      text = '';
      let blank = 0;
      for (const [k, row] of body.entries()) {
        if (row === '') {
          blank++;
          continue;
        }
        if (k > 0) text += blank > 0 ? '\n'.repeat(blank) : ' ';
        blank = 0;
        text += row;
      }
    } else text = body.join('\n');
    if (chomp === 'strip') return text;
    if (chomp === 'clip') return `${text}\n`;
    return `${text}\n${'\n'.repeat(trailing)}`;
  }
}
