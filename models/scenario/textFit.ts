// Wrapping user text into a few lines of an estimated width, for SVG where nothing wraps by
// itself. Estimates come from the landscape's character-width table, so both diagrams agree.

import { estimateTextWidth, fitText } from '../landscape/geometry';

export { estimateTextWidth, fitText };

/**
 * `text` broken at spaces into at most `maxLines` lines of at most `maxWidth` (estimated); the
 * last line ends with an ellipsis when text is left over, and a word longer than a line is cut
 * with one.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const width = (value: string) => estimateTextWidth(value, fontSize, bold);
  const lines: string[] = [];
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    let line = words[index]!;
    index += 1;
    if (width(line) > maxWidth) {
      lines.push(fitText(line, maxWidth, fontSize, bold));
      continue;
    }
    while (index < words.length && width(`${line} ${words[index]!}`) <= maxWidth) {
      line = `${line} ${words[index]!}`;
      index += 1;
    }
    lines.push(line);
  }
  if (index < words.length && lines.length > 0 && !lines[lines.length - 1]!.endsWith('…')) {
    // The next word did not fit on the last line, so this always ends in an ellipsis.
    lines[lines.length - 1] = fitText(`${lines[lines.length - 1]!} ${words.slice(index).join(' ')}`, maxWidth, fontSize, bold);
  }
  return lines;
}
