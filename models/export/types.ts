// The format-neutral specification every exporter renders (HTML, Markdown, JSON, DOCX...). It
// holds plain strings, tables and already-rendered diagrams, so a renderer only lays them out and
// escapes them for its own format; it never looks into the project again. Ordering is fixed by
// the builder (document order of scenarios and steps, ids elsewhere) so exports are diffable.

export type ExportFormat = 'html' | 'md' | 'pdf' | 'docx' | 'json' | 'openapi' | 'bpmn' | 'csv' | 'svg' | 'png';

/** One file an export produces. Text formats carry `text`, binary formats `bytes`. */
export interface ExportArtifact {
  /** File name relative to the output folder (may contain a sub-folder, with forward slashes). */
  name: string;
  mimeType: string;
  text?: string;
  bytes?: Uint8Array;
}

export interface ExportOptions {
  /** Only this scenario (its steps, components, processes, data and operations); all when absent. */
  scenarioId?: string;
  /** ISO 8601 time written into the export; absent or null: no time at all (byte-stable output). */
  timestamp?: string | null;
  /**
   * SVG of a process's BPMN diagram, from a browser when one is available (bpmn-js needs a DOM).
   * Without it, or when it answers undefined, documents say the diagram is in the .bpmn file.
   */
  bpmnSvg?: (processId: string) => Promise<string | undefined>;
}

/** A table as header labels and rows of plain text cells (one cell per header). */
export interface SpecTable {
  headers: string[];
  rows: string[][];
}

export type SpecDiagramKind = 'landscape' | 'sequence' | 'bpmn';

export interface SpecDiagram {
  /** Stable id, also the HTML anchor ("diagram-landscape", "diagram-sequence-register-child"). */
  id: string;
  kind: SpecDiagramKind;
  title: string;
  /** File name of the diagram's standalone artifact ("landscape.svg", "register-child.sequence.svg"). */
  fileName: string;
  /** Self-contained SVG text; absent for a BPMN diagram no browser rendered. */
  svg?: string;
  /** Mermaid text of sequence diagrams (Markdown renders it on GitHub/GitLab). */
  mermaid?: string;
}

/** A titled free-text field of a scenario (objective, trigger...), in the DCI process-page order. */
export interface SpecField {
  key: 'objective' | 'trigger' | 'actors' | 'prerequisites' | 'inputs' | 'outputs' | 'controlPoints' | 'process';
  label: string;
  /** Paragraph text; lists (actors) are joined one item a line. */
  text: string;
}

export interface SpecStep {
  id: string;
  /** 1-based position in the scenario. */
  number: number;
  title: string;
  bpmnElementId?: string;
  /**
   * The name of that BPMN element, when the process was read (exportProject and
   * buildSpecificationWithDiagrams read it; the synchronous buildSpecification does not).
   */
  bpmnElementName?: string;
  /** Names of the interactions the step performs, in step order. */
  interactions: string[];
  notes?: string;
  preconditions?: string;
  postconditions?: string;
  errorHandling?: string;
}

export interface SpecScenario {
  id: string;
  /** HTML anchor. */
  anchor: string;
  title: string;
  fields: SpecField[];
  steps: SpecStep[];
  sequence: SpecDiagram | null;
  interoperability: SpecTable;
}

export interface SpecComponent {
  id: string;
  name: string;
  type: string;
  ownerAgency?: string;
  product?: string;
  description?: string;
  standards: string[];
  sector: string;
}

export interface SpecInteraction {
  id: string;
  name: string;
  from: string;
  to: string;
  pattern: string;
  timing: string;
  operationKind: string;
  protocol: string;
  purpose?: string;
  description?: string;
  /** "POST /registry/search" when linked to an operation. */
  apiOperation?: string;
  volume?: string;
  frequency?: string;
}

export interface SpecProcess {
  id: string;
  anchor: string;
  name: string;
  phase: string;
  description?: string;
  /** The process as BPMN 2.0 XML file, beside the document ("intake-registration.bpmn"). */
  bpmnFileName: string;
  diagram: SpecDiagram;
}

export interface SpecCodeValue {
  code: string;
  label: string;
  definition?: string;
}

export interface SpecCodeList {
  id: string;
  anchor: string;
  name: string;
  description?: string;
  values: SpecCodeValue[];
}

export interface SpecDataElement {
  id: string;
  anchor: string;
  name: string;
  definition: string;
  type: string;
  format?: string;
  codeListId?: string;
  codeListName?: string;
  example?: string;
  sensitivity: string;
  category?: string;
  standards: string[];
  owner?: string;
  /** Names of the interactions (of the specification's scope) that carry it. */
  carriedBy: string[];
}

export interface SpecSchemaProperty {
  /** Dotted path inside the message ("message.search_request[].reg_type"). */
  path: string;
  depth: number;
  name: string;
  type: string;
  required: boolean;
  description?: string;
  /** The data element mapped to this property, by name. */
  dataElement?: string;
}

export interface SpecMessage {
  /** "Request" or the response status ("200", "default"). */
  label: string;
  mediaType?: string;
  description?: string;
  properties: SpecSchemaProperty[];
}

export interface SpecCallback {
  name: string;
  expression: string;
  method: string;
  operationId?: string;
  summary?: string;
  request: SpecMessage | null;
}

export interface SpecApiOperation {
  /** "registry-api search" style stable key; anchor derived from it. */
  key: string;
  anchor: string;
  contractId: string;
  contractName: string;
  contractVersion: string;
  method: string;
  path: string;
  operationId?: string;
  summary?: string;
  description?: string;
  parameters: Array<{ name: string; in: string; required: boolean; type: string; description?: string }>;
  request: SpecMessage | null;
  responses: SpecMessage[];
  callbacks: SpecCallback[];
  /** Names of the interactions that use the operation. */
  usedBy: string[];
}

/** The data-protection facts of one flow (interaction) of the scope. */
export interface SpecDataProtectionFlow {
  interactionId: string;
  interaction: string;
  from: string;
  to: string;
  /** Sector of the receiving side ("Public", "Private", "Non-profit"). */
  recipientSector: string;
  sensitivity: string;
  personalData: string[];
  legalBasis?: string;
  legalReference?: string;
  purpose?: string;
  retention?: string;
  crossBorder?: string;
  authentication?: string;
  encryptionInTransit?: string;
  signing?: string;
  dpiaReference?: string;
}

export interface SpecMetadata {
  name: string;
  description?: string;
  country?: string;
  programme?: string;
  authors: string[];
  licence?: string;
  created: string;
  updated: string;
  /** Present only when ExportOptions.timestamp was given. */
  generatedAt?: string;
}

export interface SpecTocEntry {
  anchor: string;
  title: string;
  level: 1 | 2;
}

export interface Specification {
  title: string;
  /** The scenario exported, or null for the whole project. */
  scenarioId: string | null;
  metadata: SpecMetadata;
  toc: SpecTocEntry[];
  scenarios: SpecScenario[];
  landscape: {
    diagram: SpecDiagram;
    components: SpecComponent[];
    interactions: SpecInteraction[];
  };
  processes: SpecProcess[];
  dataElements: SpecDataElement[];
  codeLists: SpecCodeList[];
  apiOperations: SpecApiOperation[];
  dataProtection: SpecDataProtectionFlow[];
}
