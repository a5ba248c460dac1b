// The data-protection facts of each flow as one table, shared by the HTML and Markdown renderers
// so both documents always list the same columns in the same order.

import type { ExportText } from './text';
import type { SpecDataProtectionFlow } from './types';

export function dataProtectionTable(flows: readonly SpecDataProtectionFlow[], text: ExportText): { headers: string[]; rows: string[][] } {
  const p = text.protection;
  return {
    headers: [p.flow, p.recipientSector, p.sensitivity, p.personalData, p.legalBasis, p.legalReference, p.purpose, p.retention, p.crossBorder, p.authentication, p.encryptionInTransit, p.signing, p.dpiaReference],
    rows: flows.map((f) => [
      `${f.interaction}\n${f.from} → ${f.to}`,
      f.recipientSector,
      f.sensitivity,
      f.personalData.join('\n'),
      f.legalBasis ?? '',
      f.legalReference ?? '',
      f.purpose ?? '',
      f.retention ?? '',
      f.crossBorder ?? '',
      f.authentication ?? '',
      f.encryptionInTransit ?? '',
      f.signing ?? '',
      f.dpiaReference ?? '',
    ]),
  };
}
