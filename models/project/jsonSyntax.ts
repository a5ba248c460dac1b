// Locates the first syntax error in text that JSON.parse rejected. Engines word and position
// their errors differently (and some give no position at all), so we scan the text ourselves to
// give every user the same message with a line and column. Only runs on the failure path.

export interface JsonSyntaxError {
  /** Offset in UTF-16 code units where the problem was found. */
  offset: number;
  message: string;
}

type State = 'value' | 'valueOrClose' | 'keyOrClose' | 'key' | 'colon' | 'commaOrClose' | 'done';

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

function describeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f || code === 0xfeff) {
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return char;
}

function unexpected(text: string, offset: number, hint?: string): JsonSyntaxError {
  const char = String.fromCodePoint(text.codePointAt(offset) ?? 0);
  const base = `Unexpected token ${describeChar(char)} in JSON`;
  return { offset, message: hint === undefined ? base : `${base}: ${hint}` };
}

const endedEarly = (offset: number, what: string): JsonSyntaxError => ({
  offset,
  message: `The JSON ends early ${what}; the file may be truncated`,
});

/** Returns the end offset of the string starting at `start` (a quote), or an error. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code === 0x5c) {
      const escape = text[i + 1];
      if (escape === undefined) return endedEarly(text.length, 'inside a string');
      if (escape === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (hex.length < 4 && i + 2 + hex.length >= text.length) return endedEarly(text.length, 'inside a string');
        if (!HEX4.test(hex)) return { offset: i, message: 'Invalid \\u escape in a string: expected four hexadecimal digits' };
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(escape)) {
        return { offset: i, message: `Invalid escape \\${describeChar(escape)} in a string` };
      }
      i += 2;
      continue;
    }
    if (code < 0x20) {
      return {
        offset: i,
        message: `Unescaped control character ${describeChar(text[i] ?? '')} in a string (a line break must be written as \\n)`,
      };
    }
    i += 1;
  }
  return endedEarly(text.length, 'inside a string');
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: Array<'{' | '['> = [];
  let state: State = 'value';
  let afterComma = false;
  let i = 0;
  const n = text.length;
  const afterValue = (): State => (stack.length > 0 ? 'commaOrClose' : 'done');

  while (true) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i += 1;
      else break;
    }
    if (i >= n) {
      if (state === 'done') return undefined;
      if (stack.length === 0 && state === 'value') return endedEarly(n, 'before any value');
      const open = stack[stack.length - 1] === '{' ? 'an object' : 'an array';
      return endedEarly(n, `inside ${open} that is never closed`);
    }
    const c = text[i] as string;

    switch (state) {
      case 'value':
      case 'valueOrClose': {
        if (c === ']' && (state === 'valueOrClose' || afterComma)) {
          if (afterComma) return unexpected(text, i, 'remove the comma before ]');
          stack.pop();
          state = afterValue();
          i += 1;
          break;
        }
        afterComma = false;
        if (c === '{') {
          stack.push('{');
          state = 'keyOrClose';
          i += 1;
        } else if (c === '[') {
          stack.push('[');
          state = 'valueOrClose';
          i += 1;
        } else if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          state = afterValue();
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i;
          const match = NUMBER.exec(text);
          if (match === null) {
            if (i + 1 >= n) return endedEarly(n, 'inside a number');
            return { offset: i, message: 'Invalid number in JSON' };
          }
          i += match[0].length;
          state = afterValue();
        } else {
          const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
          if (literal !== undefined) {
            i += literal.length;
            state = afterValue();
          } else {
            const word = ['true', 'false', 'null'].find((w) => i + w.length > n && w.startsWith(text.slice(i, n)));
            if (word !== undefined) return endedEarly(n, `inside "${word}"`);
            return unexpected(text, i, c === "'" ? 'strings must use double quotes' : undefined);
          }
        }
        break;
      }
      case 'keyOrClose':
      case 'key': {
        if (c === '}') {
          if (state === 'key') return unexpected(text, i, 'remove the comma before }');
          stack.pop();
          state = afterValue();
          i += 1;
        } else if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          state = 'colon';
        } else {
          return unexpected(text, i, c === "'" ? 'property names must use double quotes' : 'expected a property name in double quotes');
        }
        break;
      }
      case 'colon': {
        if (c !== ':') return unexpected(text, i, "expected ':' after the property name");
        state = 'value';
        i += 1;
        break;
      }
      case 'commaOrClose': {
        const open = stack[stack.length - 1];
        const close = open === '{' ? '}' : ']';
        if (c === ',') {
          state = open === '{' ? 'key' : 'value';
          afterComma = open === '[';
          i += 1;
        } else if (c === close) {
          stack.pop();
          state = afterValue();
          i += 1;
        } else {
          return unexpected(text, i, `expected ',' or '${close}'`);
        }
        break;
      }
      case 'done':
        return unexpected(text, i, 'there is more text after the end of the JSON value');
    }
  }
}

/** 1-based line and column (in UTF-16 code units) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
