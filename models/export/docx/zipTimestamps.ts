// The docx library stamps every zip entry with the current time, so the same document would
// give different bytes on every export. Working groups diff exports (DESIGN.md, "Exports"), so
// the entries' DOS date and time are rewritten to one fixed moment. Neither is covered by the
// entries' CRCs, so the archive stays valid.

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/** MS-DOS time and date words of an ISO date (UTC); DOS dates start in 1980. */
export function dosDateTime(iso: string): { time: number; date: number } {
  const parsed = new Date(iso);
  const valid = Number.isFinite(parsed.getTime()) ? parsed : new Date(Date.UTC(1980, 0, 1));
  const year = Math.min(2107, Math.max(1980, valid.getUTCFullYear()));
  const time = (valid.getUTCHours() << 11) | (valid.getUTCMinutes() << 5) | Math.floor(valid.getUTCSeconds() / 2);
  const date = ((year - 1980) << 9) | ((valid.getUTCMonth() + 1) << 5) | valid.getUTCDate();
  return { time, date };
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new Error('Not a zip archive: no end-of-central-directory record');
}

/** Returns a copy of the zip with every entry dated `iso`. */
export function fixZipTimestamps(zip: Uint8Array, iso: string): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { time, date } = dosDateTime(iso);
  const end = findEndOfCentralDirectory(view);
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let index = 0; index < entries; index += 1) {
    if (view.getUint32(offset, true) !== CENTRAL_HEADER) throw new Error('Not a zip archive: broken central directory');
    view.setUint16(offset + 12, time, true);
    view.setUint16(offset + 14, date, true);
    const localOffset = view.getUint32(offset + 42, true);
    if (view.getUint32(localOffset, true) !== LOCAL_HEADER) throw new Error('Not a zip archive: broken local header');
    view.setUint16(localOffset + 10, time, true);
    view.setUint16(localOffset + 12, date, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return bytes;
}
