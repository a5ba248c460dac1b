// The two API contracts of the sample. Their text lives in ./contracts/*.yaml and is embedded
// verbatim by scripts/build-sample.ts; operations are derived from it, never copied.

import type { ApiContract } from '../../../models/project/types';

export const REGISTRY_API = 'registry-api';
export const DISBURSEMENT_API = 'disbursement-api';

export interface SampleContractSource {
  id: string;
  name: string;
  version: string;
  /** File name under assets/sample/src/contracts/. */
  file: string;
}

export const SAMPLE_CONTRACT_SOURCES: SampleContractSource[] = [
  { id: REGISTRY_API, name: 'Maravia Registry Interoperability API', version: '1.0.0', file: 'registry-api.yaml' },
  { id: DISBURSEMENT_API, name: 'Maravia G2P Disbursement API', version: '1.0.0', file: 'disbursement-api.yaml' },
];

/** Builds the contract entities from their YAML texts, keyed by file name. */
export function sampleContracts(texts: Record<string, string>): ApiContract[] {
  return SAMPLE_CONTRACT_SOURCES.map((c) => {
    const source = texts[c.file];
    if (source === undefined) throw new Error(`missing contract text ${c.file}`);
    return { id: c.id, name: c.name, version: c.version, format: 'yaml', source, sourceName: c.file };
  });
}
