import { CURRENT_SCHEMA_VERSION, type Project } from './types';

/** A new, empty project. `now` is passed in so that creating a project stays deterministic. */
export function createEmptyProject(opts: { name: string; now: string }): Project {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    project: { name: opts.name, authors: [], created: opts.now, updated: opts.now },
    components: [],
    interactions: [],
    processes: [],
    dataElements: [],
    codeLists: [],
    apiContracts: [],
    scenarios: [],
    settings: { rules: {} },
  };
}
