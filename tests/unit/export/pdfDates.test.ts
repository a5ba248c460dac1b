import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfDateOf, pinPdfDates } from '../../../models/export/pdfDates';

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const text = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

const PDF = `%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<</Creator (Chromium)\n/Producer (Skia/PDF m120)\n/CreationDate (D:20261127115113+00'00')\n/ModDate (D:20261127115113+00'00')>>\nendobj\nstream\u0000\u00ff\u0080binary\nxref\n0 2\ntrailer\n`;

describe('pinPdfDates', () => {
  it('writes the given date into both entries and keeps every other byte and the length', () => {
    const input = latin1(PDF);
    const out = pinPdfDates(input, '2024-03-05T08:09:10.000Z');
    expect(out.length).toBe(input.length);
    expect(text(out)).toBe(PDF.replaceAll("D:20261127115113+00'00'", "D:20240305080910+00'00'"));
    expect(text(input)).toBe(PDF);
  });

  it('gives the same bytes for two prints made at different times', () => {
    const later = PDF.replaceAll('20261127115113', '20261127120502');
    const iso = '2025-01-31T23:59:59Z';
    expect(pinPdfDates(latin1(PDF), iso)).toEqual(pinPdfDates(latin1(later), iso));
  });

  it('leaves a date of another length, and an unreadable date to pin to, alone', () => {
    const zulu = PDF.replaceAll("+00'00'", 'Z');
    expect(text(pinPdfDates(latin1(zulu), '2024-03-05T08:09:10Z'))).toBe(zulu);
    expect(text(pinPdfDates(latin1(PDF), 'not a date'))).toBe(PDF);
  });

  it('formats dates in UTC in the form Chromium writes', () => {
    expect(pdfDateOf('2024-12-31T23:00:00-02:00')).toBe("D:20250101010000+00'00'");
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (date) => {
        expect(pdfDateOf(date.toISOString())).toMatch(/^D:\d{14}\+00'00'$/);
      }),
    );
  });
});
