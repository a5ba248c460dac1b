// Chromium writes the time of printing into a PDF's information dictionary (/CreationDate and
// /ModDate), so two exports of the same document differ. Pinning both to a date taken from the
// document (or the export's own timestamp) makes the PDF as reproducible as the other formats.
// The new value has exactly the length of the old one, so the cross-reference offsets that
// follow stay right; a date written in a form of another length is left as it is.

const DATE_ENTRY = /\/(CreationDate|ModDate)\s*\((D:[^)]*)\)/g;

/** `2024-03-05T08:09:10.000Z` → `D:20240305080910+00'00'` (UTC, the form Chromium writes). */
export function pdfDateOf(iso: string): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const d = new Date(time);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `D:${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}+00'00'`;
}

/** The PDF with its creation and modification dates set to `iso`; the input is not changed. */
export function pinPdfDates(bytes: Uint8Array, iso: string): Uint8Array {
  const date = pdfDateOf(iso);
  if (date === undefined) return bytes;
  // latin1 maps every byte to one character and back, so binary streams survive the round trip.
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  let changed = false;
  const pinned = text.replace(DATE_ENTRY, (entry: string, key: string, value: string) => {
    if (value.length !== date.length || value === date) return entry;
    changed = true;
    return entry.replace(value, date);
  });
  if (!changed) return bytes;
  const out = new Uint8Array(pinned.length);
  for (let i = 0; i < pinned.length; i += 1) out[i] = pinned.charCodeAt(i);
  return out;
}
