// Reading BPMN XML with our `cs` extension. One place that knows bpmn-moddle's error wording.

import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { csModdleDescriptor } from './csModdle';
import { readBpmnFast } from './fastBpmnReader';

export type { ModdleElement } from 'bpmn-moddle';

/** The BPMN could not be read at all (not XML, or not BPMN definitions). */
export class BpmnParseError extends Error {
  override name = 'BpmnParseError';
}

export function createCsModdle(): BpmnModdle {
  return new BpmnModdle({ cs: csModdleDescriptor });
}

/**
 * bpmn-moddle reports "unparsable content <x> detected\n\tline: 0\n\tcolumn: 114\n\tnested error: ..."
 * with 0-based positions; we make one readable line with 1-based positions.
 */
export function describeModdleMessage(message: string): string {
  const [first = '', ...details] = message.split('\n').map((part) => part.trim());
  const field = (name: string): string | undefined =>
    details.find((detail) => detail.startsWith(`${name}:`))?.slice(name.length + 1).trim();
  const line = field('line');
  const column = field('column');
  const nested = field('nested error');
  let text = first.replace(/\s+/g, ' ');
  if (nested !== undefined && nested !== '') text += `: ${nested}`;
  if (line !== undefined && column !== undefined && /^\d+$/.test(line) && /^\d+$/.test(column)) {
    text += ` (line ${Number(line) + 1}, column ${Number(column) + 1})`;
  }
  return text;
}

let sharedModdle: BpmnModdle | undefined;

/** Parses BPMN XML; rejects with BpmnParseError when nothing usable can be read. */
export async function parseBpmn(xml: string): Promise<{ definitions: ModdleElement; warnings: string[] }> {
  sharedModdle ??= createCsModdle();
  if (xml.trim() === '') throw new BpmnParseError('The BPMN is empty');
  try {
    const result = await sharedModdle.fromXML(xml);
    if (result.rootElement === undefined || !result.rootElement.$instanceOf('bpmn:Definitions')) {
      throw new BpmnParseError('The XML is not BPMN 2.0 definitions');
    }
    return { definitions: result.rootElement, warnings: result.warnings.map((warning) => describeModdleMessage(warning.message)) };
  } catch (error) {
    if (error instanceof BpmnParseError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new BpmnParseError(describeModdleMessage(message));
  }
}

/**
 * parseBpmn for code that only reads the tree (the validation): the fast reader's tree when it
 * can read the document without a warning (fastBpmnReader.ts), else parseBpmn's result, so
 * warnings and errors are always bpmn-moddle's.
 */
export async function readBpmnTree(xml: string): Promise<{ definitions: ModdleElement; warnings: string[] }> {
  sharedModdle ??= createCsModdle();
  const definitions = readBpmnFast(xml, sharedModdle);
  if (definitions) return { definitions, warnings: [] };
  return parseBpmn(xml);
}
