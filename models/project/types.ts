// The project document: one `.convergence` file. These types are the contract every layer
// shares; the runtime schema in ./schema.ts must accept exactly these shapes.
// References between entities are by id; ids are short human-readable slugs or nanoids.

export const CURRENT_SCHEMA_VERSION = 3;

/** The sensitivity scale of the catalogue: ids are stable, files refer to them. */
export type Sensitivity = 'none' | 'personal' | 'sensitive';

export interface Author {
  name: string;
  organisation?: string;
  email?: string;
}

export interface ProjectMeta {
  name: string;
  description?: string;
  country?: string;
  programme?: string;
  authors: Author[];
  licence?: string;
  /** ISO 8601 date-time. */
  created: string;
  /** ISO 8601 date-time; changes only when a changed document is saved. */
  updated: string;
}

export interface Position {
  x: number;
  y: number;
}

export interface Component {
  id: string;
  name: string;
  /** A component type id of the built-in catalogue (models/catalog), or 'custom'. */
  type: string;
  /** Label shown for `type: 'custom'`. */
  customType?: string;
  ownerAgency?: string;
  description?: string;
  /** The product or vendor that implements the system (e.g. "OpenSPP 1.3", "MOSIP"). */
  product?: string;
  /** Standards it implements (free text, e.g. "DCI SR v1.0.0", "OpenID Connect"). */
  standards: string[];
  /** Position in the landscape view, in canvas units. */
  position?: Position;
  /**
   * Who runs the system (schema 3). Absent: the catalogue's default for the component type
   * (models/catalog defaultSector). Data-protection rules treat public bodies differently.
   */
  sector?: Sector;
}

export type Sector = 'public' | 'private' | 'non_profit';

export type OperationKind = 'read' | 'create' | 'update' | 'delete' | 'notify' | 'verify';

export type Protocol = 'rest' | 'soap' | 'graphql' | 'message_queue' | 'sftp_file' | 'other';

export type DataDirection = 'request' | 'response';

export interface CarriedData {
  elementId: string;
  direction: DataDirection;
}

/** A link to one operation of an API contract: by operationId, or by method and path. */
export interface OperationRef {
  contractId: string;
  operationId?: string;
  method?: string;
  path?: string;
}

export type Authentication = 'none' | 'api_key' | 'basic' | 'oauth2' | 'oidc' | 'mtls' | 'jwt_signed' | 'other';

export interface InteractionSecurity {
  authentication?: Authentication;
  encryptionInTransit?: boolean;
  /** Messages are signed (e.g. the DCI envelope signature). */
  signing?: boolean;
  /** Reference to the data-protection impact assessment covering this flow. */
  dpiaReference?: string;
}

export interface Interaction {
  id: string;
  name: string;
  /** Initiator component id. */
  from: string;
  /** Provider component id. */
  to: string;
  purpose?: string;
  description?: string;
  /** An interaction pattern id of the catalogue (e.g. 'async_request_callback'). */
  pattern: string;
  operationKind: OperationKind;
  protocol: Protocol;
  dataElements: CarriedData[];
  apiOperation?: OperationRef;
  /** A legal basis id of the catalogue (e.g. 'legal_obligation'). */
  legalBasis?: string;
  /** The law, regulation or agreement that gives the basis. */
  legalReference?: string;
  security: InteractionSecurity;
  /** Expected volume and frequency, free text ("about 2,000 requests a day"). */
  volume?: string;
  frequency?: string;
  /** How long the receiving side keeps the data, free text ("7 years after exit") (schema 3). */
  retention?: string;
  /** The data leaves the country (schema 3); absent means not recorded. */
  crossBorder?: boolean;
}

export interface Process {
  id: string;
  name: string;
  /** A delivery-chain phase id of the catalogue. */
  phase: string;
  description?: string;
  /** BPMN 2.0 XML, the single source of truth for the steps and their links (cs: extension). */
  bpmn: string;
}

export type DataType =
  | 'string'
  | 'integer'
  | 'decimal'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'code'
  | 'identifier'
  | 'object';

export interface StandardRef {
  /** e.g. "DCI", "FHIR", "HXL", "ISO". */
  standard: string;
  /** e.g. "DO.COM.01 Identifier", "Patient.birthDate", "ISO 3166-1 alpha-3". */
  reference: string;
}

export interface DataElement {
  id: string;
  name: string;
  definition: string;
  type: DataType;
  format?: string;
  codeListId?: string;
  example?: string;
  sensitivity: Sensitivity;
  category?: string;
  standardRefs: StandardRef[];
  owner?: string;
}

export interface CodeValue {
  code: string;
  label: string;
  definition?: string;
}

export interface CodeList {
  id: string;
  name: string;
  description?: string;
  values: CodeValue[];
}

export type MessageLocation = 'request' | 'response';

/**
 * A property of an operation's message mapped to a data-dictionary entry (schema 2), so the data
 * an interaction carries is traceable from the BPMN step down to the JSON field.
 */
export interface SchemaMapping {
  /** The operation, by operationId or, when it has none, by method and path (as in OperationRef). */
  operationId?: string;
  method?: string;
  path?: string;
  location: MessageLocation;
  /**
   * The property in the message body as a JSON Pointer (RFC 6901) over the instance, e.g.
   * "/message/search_request/-/search_criteria/reg_type"; `-` stands for any item of an array.
   */
  pointer: string;
  elementId: string;
}

export interface ContractFile {
  /** Relative path with forward slashes, e.g. "common/schema/Identifier.yaml". */
  path: string;
  text: string;
}

export interface ApiContract {
  id: string;
  name: string;
  version: string;
  format: 'yaml' | 'json';
  /** The original OpenAPI document text, kept verbatim. Operations are derived from it. */
  source: string;
  /** Where it was imported from (file name), for the user's information. */
  sourceName?: string;
  /**
   * The other files of the folder the contract was imported from that its `$ref`s reach, verbatim
   * (schema 2); paths are relative to that folder, and `sourceName` is then the entry document's
   * path relative to the same folder. Absent for a contract imported from one file.
   */
  files?: ContractFile[];
  /** Schema properties mapped to data elements (schema 2); absent when there are none. */
  mappings?: SchemaMapping[];
}

export interface ScenarioStep {
  id: string;
  /** The BPMN element id of the step in the scenario's process. */
  bpmnElementId?: string;
  title: string;
  interactionIds: string[];
  notes?: string;
  preconditions?: string;
  postconditions?: string;
  errorHandling?: string;
}

export interface Scenario {
  id: string;
  title: string;
  objective?: string;
  trigger?: string;
  actors: string[];
  prerequisites?: string;
  inputs?: string;
  outputs?: string;
  controlPoints?: string;
  processId?: string;
  steps: ScenarioStep[];
}

export type RuleSeverity = 'error' | 'warning' | 'info' | 'off';

export interface ProjectSettings {
  /** Per-rule severity overrides, by rule id (validation rules and `bpmnlint/<rule>`). */
  rules: Record<string, RuleSeverity>;
}

export interface Project {
  schemaVersion: number;
  project: ProjectMeta;
  components: Component[];
  interactions: Interaction[];
  processes: Process[];
  dataElements: DataElement[];
  codeLists: CodeList[];
  apiContracts: ApiContract[];
  scenarios: Scenario[];
  settings: ProjectSettings;
}

/** The entity collections of a project, in file order. */
export const ENTITY_KINDS = [
  'components',
  'interactions',
  'processes',
  'dataElements',
  'codeLists',
  'apiContracts',
  'scenarios',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
