import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn } from '../../../models/project/jsonSyntax';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Valid JSON text, then cut, or with one character removed, replaced or inserted. */
const nearlyJson = fc
  .tuple(fc.json({ maxDepth: 4 }), fc.nat(), fc.constantFrom('cut', 'delete', 'replace', 'insert', 'keep'), fc.constantFrom('}', ']', ',', ':', '"', "'", '\n', 'x', '0', '-', ' ', '\\'))
  .map(([text, at, edit, char]) => {
    const i = text.length === 0 ? 0 : at % text.length;
    switch (edit) {
      case 'cut':
        return text.slice(0, i);
      case 'delete':
        return text.slice(0, i) + text.slice(i + 1);
      case 'replace':
        return text.slice(0, i) + char + text.slice(i + 1);
      case 'insert':
        return text.slice(0, i) + char + text.slice(i);
      default:
        return text;
    }
  });

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on valid, truncated and damaged JSON (property)', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyJson, fc.string({ maxLength: 12 })), (text) => {
        const error = findJsonSyntaxError(text);
        expect(error === undefined).toBe(parses(text));
        if (error !== undefined) {
          expect(error.offset).toBeGreaterThanOrEqual(0);
          expect(error.offset).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('says a truncated document ends early, at its end', () => {
    const text = '{"a": [1, 2, {"b": "c"';
    expect(findJsonSyntaxError(text)).toEqual({
      offset: text.length,
      message: 'The JSON ends early inside an object that is never closed; the file may be truncated',
    });
    expect(findJsonSyntaxError('{"a": "unterminated')?.message).toMatch(/ends early inside a string/);
  });

  it('points at the offending character with a hint', () => {
    expect(findJsonSyntaxError('{"a": 1,}')).toEqual({ offset: 8, message: 'Unexpected token } in JSON: remove the comma before }' });
    expect(findJsonSyntaxError('{"a" 1}')).toEqual({ offset: 5, message: "Unexpected token 1 in JSON: expected ':' after the property name" });
    expect(findJsonSyntaxError("{'a': 1}")?.message).toBe("Unexpected token ' in JSON: property names must use double quotes");
    expect(findJsonSyntaxError('{} {}')).toEqual({ offset: 3, message: 'Unexpected token { in JSON: there is more text after the end of the JSON value' });
    expect(findJsonSyntaxError('"a\tb"')?.message).toMatch(/^Unescaped control character U\+0009/);
  });
});

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    const text = 'ab\ncd\r\nef';
    expect(lineAndColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn(text, 2)).toEqual({ line: 1, column: 3 });
    expect(lineAndColumn(text, 3)).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn(text, 7)).toEqual({ line: 3, column: 1 });
    expect(lineAndColumn(text, text.length)).toEqual({ line: 3, column: 3 });
  });
});
