import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, neutraliseFormula, parseCsv, stringifyCsv } from '../../../models/dictionary/csv';

const cellText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '"', '\n', '\r', '\t', '=', '-', 'é', '1') });
const table = fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { maxLength: 8 });

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text = 'id,name,definition\r\n1,"Smith, Ana","She said ""hi""\nand left"\r\n2,Bo,\r\n';
    expect(parseCsv(text).rows).toEqual([
      ['id', 'name', 'definition'],
      ['1', 'Smith, Ana', 'She said "hi"\nand left'],
      ['2', 'Bo', ''],
    ]);
  });

  it('accepts LF and CR line ends, drops a byte-order mark, keeps a final record without newline', () => {
    expect(parseCsv('\uFEFFa,b\nc,d\re,f').rows).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f']]);
  });

  it('detects semicolons and tabs from the first line', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(parseCsv('a\tb\n1\t2').rows).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('reports an unterminated quote with the line where it opened', () => {
    const result = parseCsv('a,b\n1,"open\nstill open\n');
    expect(result.unterminatedQuoteLine).toBe(2);
  });

  it('round-trips any table through stringifyCsv without neutralising', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(',', ';', '\t'), (rows, delimiter) => {
        const text = stringifyCsv(rows, { delimiter, neutralise: false });
        expect(parseCsv(text, delimiter).rows).toEqual(rows);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseCsv(text)));
  });
});

describe('formula injection guard', () => {
  it('prefixes cells starting with = + - @ tab or CR with an apostrophe', () => {
    for (const cell of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
    expect(neutraliseFormula('Name')).toBe('Name');
    expect(neutraliseFormula('')).toBe('');
  });

  it('stringifyCsv neutralises by default, so no written cell starts with a trigger', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const parsed = parseCsv(stringifyCsv(rows), ',').rows;
        for (const row of parsed) for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      }),
    );
  });
});
