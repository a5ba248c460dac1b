// Assembles the sample project from its sources. Pure: the contract texts are passed in, so
// that the build script (which reads files) and the tests share this one definition.

import type { Project } from '../../../models/project/types';
import { CURRENT_SCHEMA_VERSION } from '../../../models/project/types';
import { SAMPLE_CODE_LISTS } from './codeLists';
import { SAMPLE_COMPONENTS } from './components';
import { sampleContracts } from './contracts';
import { SAMPLE_DATA_ELEMENTS } from './dataElements';
import { SAMPLE_INTERACTIONS } from './interactions';
import { SAMPLE_META, SAMPLE_SETTINGS } from './meta';
import { sampleProcesses } from './processes';
import { SAMPLE_SCENARIOS } from './scenarios';

export { SAMPLE_CONTRACT_SOURCES } from './contracts';

/** The sample project; `contractTexts` maps each contract file name to its YAML text. */
export function buildSampleProject(contractTexts: Record<string, string>): Project {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    project: SAMPLE_META,
    components: SAMPLE_COMPONENTS,
    interactions: SAMPLE_INTERACTIONS,
    processes: sampleProcesses(),
    dataElements: SAMPLE_DATA_ELEMENTS,
    codeLists: SAMPLE_CODE_LISTS,
    apiContracts: sampleContracts(contractTexts),
    scenarios: SAMPLE_SCENARIOS,
    settings: SAMPLE_SETTINGS,
  };
}
