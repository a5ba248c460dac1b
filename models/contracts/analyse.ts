// Everything the contracts view shows about one contract, computed in one pass (in a web worker
// in the app): load and resolve, read operations with schema trees, and collect its problems.

import { groupOperationsByTag, readContractValue, type ContractServer, type ContractTag, type ContractWebhook } from './operations';
import { loadContract, type LoadError, type RefProblem } from './load';
import { duplicateOperationIds, readOperationDetails, type OperationDetail } from './schemaTree';

export interface ContractAnalysis {
  specVersion: string;
  title?: string;
  version?: string;
  servers: ContractServer[];
  tags: ContractTag[];
  operations: OperationDetail[];
  webhooks: ContractWebhook[];
  refProblems: RefProblem[];
  /** operationId -> the operations ("POST /x") sharing it. */
  duplicateOperationIds: Array<[string, string[]]>;
  /** Files the entry's references reached (folder imports). */
  referencedFiles: Array<{ path: string; text: string }>;
  format: 'yaml' | 'json';
}

export type AnalyseResult = { ok: true; analysis: ContractAnalysis } | { ok: false; error: LoadError };

export interface AnalyseRequest {
  entryPath: string;
  files: Array<[string, string]>;
}

export function analyseContract(request: AnalyseRequest): AnalyseResult {
  const files = new Map(request.files);
  const loaded = loadContract(request.entryPath, files);
  if (!loaded.ok) return loaded;
  const { document } = loaded.contract;
  // Servers, tags and webhooks come from the existing reader, over the resolved document.
  const basics = readContractValue(document);
  const operations = readOperationDetails(document);
  const analysis: ContractAnalysis = {
    specVersion: loaded.contract.specVersion,
    servers: basics.ok ? basics.document.servers : [],
    tags: basics.ok ? basics.document.tags : [],
    webhooks: basics.ok ? basics.document.webhooks : [],
    operations,
    refProblems: loaded.contract.refProblems,
    duplicateOperationIds: [...duplicateOperationIds(operations)],
    referencedFiles: loaded.contract.referencedFiles,
    format: loaded.contract.format,
  };
  if (basics.ok && basics.document.title) analysis.title = basics.document.title;
  if (basics.ok && basics.document.version) analysis.version = basics.document.version;
  return { ok: true, analysis };
}

/** Operations of an analysis grouped by tag, like the documentation tools group them. */
export function groupDetailsByTag(analysis: Pick<ContractAnalysis, 'tags' | 'operations'>): Array<{ tag?: string; description?: string; operations: OperationDetail[] }> {
  const groups = groupOperationsByTag({ tags: analysis.tags, operations: analysis.operations.map((op) => ({ ...op, callbacks: [] })) });
  const byKey = new Map(analysis.operations.map((op) => [`${op.method} ${op.path}`, op]));
  return groups.map((g) => ({ ...g, operations: g.operations.map((op) => byKey.get(`${op.method} ${op.path}`)!) }));
}
