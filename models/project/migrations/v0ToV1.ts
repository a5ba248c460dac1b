// Schema 0 was the format of the first prototype. It kept the project's name and dates at the top
// level, called components "systems", stored the data dictionary as "dictionary" with yes/no
// privacy flags and inline code lists, gave interactions a coarse "mode" instead of a pattern,
// and had no contracts, scenarios or settings:
//
//   { "schemaVersion": 0, "name", "description"?, "country"?, "author"?, "created", "modified",
//     "systems":      [{ "id", "name", "kind", "agency"?, "notes"?, "product"?, "x"?, "y"? }],
//     "interactions": [{ "id", "name", "source", "target", "mode": "sync"|"async"|"event"|"batch",
//                        "operation"?, "carries": [elementId], "purpose"?, "legalBasis"? }],
//     "processes":    [{ "id", "name", "phase", "bpmn" }],
//     "dictionary":   [{ "id", "name", "description", "type": "text"|"number"|"integer"|"date"|
//                        "boolean"|"code", "personal": bool, "sensitive": bool,
//                        "codes"?: [{ "code", "label" }] }] }
//
// Values of the wrong shape are passed through unchanged, so the schema of version 1 reports them
// instead of the migration guessing.

import type { MigrationStep } from './types';

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (value: Json): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function cloneJson(value: Json): Json {
  if (Array.isArray(value)) return value.map(cloneJson);
  if (isObject(value)) {
    const copy: JsonObject = {};
    for (const [key, inner] of Object.entries(value)) copy[key] = cloneJson(inner);
    return copy;
  }
  return value;
}

/** Maps each object item of an array; non-objects and non-arrays pass through for the schema to report. */
function mapItems(value: Json, map: (item: JsonObject) => Json): Json {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return cloneJson(value);
  return value.map((item) => (isObject(item) ? map(item) : cloneJson(item)));
}

/** Copies the listed optional fields that are present, renaming them where asked. */
function copyOptional(target: JsonObject, source: JsonObject, fields: Record<string, string>): void {
  for (const [from, to] of Object.entries(fields)) {
    if (source[from] !== undefined) target[to] = cloneJson(source[from]);
  }
}

const PATTERN_OF_MODE: Record<string, string> = {
  sync: 'sync_request_response',
  async: 'async_request_callback',
  event: 'subscribe_notify',
  batch: 'batch_file_exchange',
};

const DATA_TYPE_OF_V0: Record<string, string> = {
  text: 'string',
  number: 'decimal',
  integer: 'integer',
  date: 'date',
  boolean: 'boolean',
  code: 'code',
};

const OPERATION_KINDS = new Set(['read', 'create', 'update', 'delete', 'notify', 'verify']);

function migrateSystem(system: JsonObject): JsonObject {
  const component: JsonObject = { id: cloneJson(system.id), name: cloneJson(system.name), type: cloneJson(system.kind) };
  copyOptional(component, system, { agency: 'ownerAgency', notes: 'description', product: 'product' });
  component.standards = [];
  if (typeof system.x === 'number' && typeof system.y === 'number') component.position = { x: system.x, y: system.y };
  return component;
}

function operationKindOf(interaction: JsonObject): Json {
  if (typeof interaction.operation === 'string' && OPERATION_KINDS.has(interaction.operation)) return interaction.operation;
  if (interaction.operation !== undefined) return cloneJson(interaction.operation);
  return interaction.mode === 'event' ? 'notify' : 'read';
}

function migrateInteraction(interaction: JsonObject): JsonObject {
  const mode = interaction.mode;
  const operationKind = operationKindOf(interaction);
  // Schema 0 did not record direction: for reads and verifications the provider returns the data,
  // for every other kind the initiator sends it.
  const direction = operationKind === 'read' || operationKind === 'verify' ? 'response' : 'request';
  const migrated: JsonObject = {
    id: cloneJson(interaction.id),
    name: cloneJson(interaction.name),
    from: cloneJson(interaction.source),
    to: cloneJson(interaction.target),
  };
  copyOptional(migrated, interaction, { purpose: 'purpose' });
  migrated.pattern = typeof mode === 'string' ? (PATTERN_OF_MODE[mode] ?? mode) : cloneJson(mode);
  migrated.operationKind = operationKind;
  migrated.protocol = mode === 'batch' ? 'sftp_file' : 'rest';
  migrated.dataElements = Array.isArray(interaction.carries)
    ? interaction.carries.map((elementId) => ({ elementId: cloneJson(elementId), direction }))
    : interaction.carries === undefined
      ? []
      : cloneJson(interaction.carries);
  copyOptional(migrated, interaction, { legalBasis: 'legalBasis' });
  migrated.security = {};
  return migrated;
}

function uniqueCodeListId(base: string, taken: Set<string>): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
  taken.add(candidate);
  return candidate;
}

function migrateDictionary(dictionary: Json): { dataElements: Json; codeLists: JsonObject[] } {
  const codeLists: JsonObject[] = [];
  const takenCodeListIds = new Set<string>();
  const dataElements = mapItems(dictionary, (entry) => {
    const element: JsonObject = { id: cloneJson(entry.id), name: cloneJson(entry.name), definition: cloneJson(entry.description) };
    element.type = typeof entry.type === 'string' ? (DATA_TYPE_OF_V0[entry.type] ?? entry.type) : cloneJson(entry.type);
    if (Array.isArray(entry.codes)) {
      const codeListId = uniqueCodeListId(`${String(entry.id)}-codes`, takenCodeListIds);
      element.codeListId = codeListId;
      codeLists.push({ id: codeListId, name: `${String(entry.name)} codes`, values: cloneJson(entry.codes) });
    }
    element.sensitivity = entry.sensitive === true ? 'sensitive' : entry.personal === true ? 'personal' : 'none';
    element.standardRefs = [];
    return element;
  });
  return { dataElements, codeLists };
}

function migrateProcess(process: JsonObject): JsonObject {
  return { id: cloneJson(process.id), name: cloneJson(process.name), phase: cloneJson(process.phase), bpmn: cloneJson(process.bpmn) };
}

export const v0ToV1: MigrationStep = {
  from: 0,
  to: 1,
  summary:
    'Project details moved under "project", systems became components, the dictionary became dataElements with a sensitivity level and separate code lists, and interactions gained pattern, protocol and security.',
  migrate(raw: unknown): unknown {
    if (!isObject(raw)) return cloneJson(raw);
    const project: JsonObject = { name: cloneJson(raw.name) };
    copyOptional(project, raw, { description: 'description', country: 'country' });
    project.authors = typeof raw.author === 'string' && raw.author.trim() !== '' ? [{ name: raw.author }] : [];
    project.created = cloneJson(raw.created);
    project.updated = cloneJson(raw.modified);
    const { dataElements, codeLists } = migrateDictionary(raw.dictionary);
    return {
      schemaVersion: 1,
      project,
      components: mapItems(raw.systems, migrateSystem),
      interactions: mapItems(raw.interactions, migrateInteraction),
      processes: mapItems(raw.processes, migrateProcess),
      dataElements,
      codeLists,
      apiContracts: [],
      scenarios: [],
      settings: { rules: {} },
    };
  },
};
