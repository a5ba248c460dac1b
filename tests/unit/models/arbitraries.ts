// fast-check generators of valid projects (schema version 1) for property tests.

import fc from 'fast-check';
import type * as T from '../../../models/project/types';
import { CURRENT_SCHEMA_VERSION } from '../../../models/project/types';

const text = fc.string({ maxLength: 12 });
const anyText = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 8 }));
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

function uniqueById<Item extends { id: string }>(item: fc.Arbitrary<Item>, maxLength = 4): fc.Arbitrary<Item[]> {
  return fc.uniqueArray(item, { selector: (value) => value.id, maxLength });
}

const author: fc.Arbitrary<T.Author> = fc.record({ name: text, organisation: text, email: text }, { requiredKeys: ['name'] });

const meta: fc.Arbitrary<T.ProjectMeta> = fc.record(
  {
    name: anyText,
    description: anyText,
    country: text,
    programme: text,
    authors: fc.array(author, { maxLength: 2 }),
    licence: text,
    created: isoDate,
    updated: isoDate,
  },
  { requiredKeys: ['name', 'authors', 'created', 'updated'] },
);

const position: fc.Arbitrary<T.Position> = fc.record({
  // JSON has no negative zero: -0 is written as 0, so it is not a value a file can hold.
  x: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((x) => (Object.is(x, -0) ? 0 : x)),
  y: fc.integer({ min: -5000, max: 5000 }),
});

const component: fc.Arbitrary<T.Component> = fc.record(
  {
    id,
    name: anyText,
    type: fc.constantFrom('social_registry', 'sp_mis', 'crvs', 'custom', 'registy'),
    customType: text,
    ownerAgency: text,
    description: anyText,
    product: text,
    standards: fc.array(text, { maxLength: 2 }),
    position,
    sector: fc.constantFrom('public', 'private', 'non_profit'),
  },
  { requiredKeys: ['id', 'name', 'type', 'standards'] },
);

const operationRef: fc.Arbitrary<T.OperationRef> = fc.record(
  { contractId: id, operationId: text, method: fc.constantFrom('GET', 'POST'), path: text },
  { requiredKeys: ['contractId'] },
);

const interaction: fc.Arbitrary<T.Interaction> = fc.record(
  {
    id,
    name: anyText,
    from: id,
    to: id,
    purpose: anyText,
    description: anyText,
    pattern: fc.constantFrom('sync_request_response', 'async_request_callback', 'batch_file_exchange'),
    operationKind: fc.constantFrom('read', 'create', 'update', 'delete', 'notify', 'verify'),
    protocol: fc.constantFrom('rest', 'soap', 'graphql', 'message_queue', 'sftp_file', 'other'),
    dataElements: fc.array(fc.record({ elementId: id, direction: fc.constantFrom('request', 'response') }), { maxLength: 3 }),
    apiOperation: operationRef,
    legalBasis: fc.constantFrom('public_task', 'consent'),
    legalReference: text,
    security: fc.record(
      {
        authentication: fc.constantFrom('none', 'api_key', 'basic', 'oauth2', 'oidc', 'mtls', 'jwt_signed', 'other'),
        encryptionInTransit: fc.boolean(),
        signing: fc.boolean(),
        dpiaReference: text,
      },
      { requiredKeys: [] },
    ),
    volume: text,
    frequency: text,
    retention: text,
    crossBorder: fc.boolean(),
  },
  { requiredKeys: ['id', 'name', 'from', 'to', 'pattern', 'operationKind', 'protocol', 'dataElements', 'security'] },
);

const process: fc.Arbitrary<T.Process> = fc.record(
  { id, name: anyText, phase: fc.constantFrom('assess', 'enroll', 'provide', 'manage'), description: anyText, bpmn: anyText },
  { requiredKeys: ['id', 'name', 'phase', 'bpmn'] },
);

const dataElement: fc.Arbitrary<T.DataElement> = fc.record(
  {
    id,
    name: anyText,
    definition: anyText,
    type: fc.constantFrom('string', 'integer', 'decimal', 'boolean', 'date', 'datetime', 'code', 'identifier', 'object'),
    format: text,
    codeListId: id,
    example: text,
    sensitivity: fc.constantFrom('none', 'personal', 'sensitive'),
    category: text,
    standardRefs: fc.array(fc.record({ standard: text, reference: text }), { maxLength: 2 }),
    owner: text,
  },
  { requiredKeys: ['id', 'name', 'definition', 'type', 'sensitivity', 'standardRefs'] },
);

const codeList: fc.Arbitrary<T.CodeList> = fc.record(
  {
    id,
    name: anyText,
    description: anyText,
    values: fc.array(fc.record({ code: text, label: text, definition: text }, { requiredKeys: ['code', 'label'] }), {
      maxLength: 3,
    }),
  },
  { requiredKeys: ['id', 'name', 'values'] },
);

const schemaMapping: fc.Arbitrary<T.SchemaMapping> = fc.record(
  { operationId: text, method: text, path: text, location: fc.constantFrom('request', 'response'), pointer: text, elementId: id },
  { requiredKeys: ['location', 'pointer', 'elementId'] },
);

const apiContract: fc.Arbitrary<T.ApiContract> = fc.record(
  {
    id,
    name: anyText,
    version: text,
    format: fc.constantFrom('yaml', 'json'),
    source: anyText,
    sourceName: text,
    files: fc.array(fc.record({ path: text, text: anyText }), { maxLength: 2 }),
    mappings: fc.array(schemaMapping, { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'name', 'version', 'format', 'source'] },
);

const scenarioStep: fc.Arbitrary<T.ScenarioStep> = fc.record(
  {
    id,
    bpmnElementId: text,
    title: anyText,
    interactionIds: fc.array(id, { maxLength: 2 }),
    notes: anyText,
    preconditions: text,
    postconditions: text,
    errorHandling: text,
  },
  { requiredKeys: ['id', 'title', 'interactionIds'] },
);

const scenario: fc.Arbitrary<T.Scenario> = fc.record(
  {
    id,
    title: anyText,
    objective: text,
    trigger: text,
    actors: fc.array(text, { maxLength: 2 }),
    prerequisites: text,
    inputs: text,
    outputs: text,
    controlPoints: text,
    processId: id,
    steps: uniqueById(scenarioStep, 3),
  },
  { requiredKeys: ['id', 'title', 'actors', 'steps'] },
);

const ruleId = fc.stringMatching(/^[a-z][a-z0-9/-]{0,12}$/);

export const validProject: fc.Arbitrary<T.Project> = fc.record({
  schemaVersion: fc.constant(CURRENT_SCHEMA_VERSION),
  project: meta,
  components: uniqueById(component),
  interactions: uniqueById(interaction),
  processes: uniqueById(process, 2),
  dataElements: uniqueById(dataElement),
  codeLists: uniqueById(codeList, 2),
  apiContracts: uniqueById(apiContract, 2),
  scenarios: uniqueById(scenario, 2),
  settings: fc.record({
    rules: fc.dictionary(ruleId, fc.constantFrom('error', 'warning', 'info', 'off'), { maxKeys: 3 }),
  }),
});

/** Valid documents of the invented schema 0 (see models/project/migrations/v0ToV1.ts). */
export const validV0Document = fc.record(
  {
    schemaVersion: fc.constant(0),
    name: anyText,
    description: anyText,
    country: text,
    author: text,
    created: isoDate,
    modified: isoDate,
    systems: uniqueById(
      fc.record(
        {
          id,
          name: anyText,
          kind: fc.constantFrom('sp_mis', 'crvs', 'bank_psp', 'ledger'),
          agency: text,
          notes: anyText,
          product: text,
          x: fc.integer({ min: -100, max: 2000 }),
          y: fc.integer({ min: -100, max: 2000 }),
        },
        { requiredKeys: ['id', 'name', 'kind'] },
      ),
    ),
    interactions: uniqueById(
      fc.record(
        {
          id,
          name: anyText,
          source: id,
          target: id,
          mode: fc.constantFrom('sync', 'async', 'event', 'batch'),
          operation: fc.constantFrom('read', 'create', 'update', 'delete', 'notify', 'verify'),
          carries: fc.array(id, { maxLength: 3 }),
          purpose: anyText,
          legalBasis: fc.constantFrom('public_task', 'legal_obligation'),
        },
        { requiredKeys: ['id', 'name', 'source', 'target', 'mode', 'carries'] },
      ),
    ),
    processes: uniqueById(
      fc.record({ id, name: anyText, phase: fc.constantFrom('assess', 'enroll'), bpmn: anyText }),
      2,
    ),
    dictionary: uniqueById(
      fc.record(
        {
          id,
          name: anyText,
          description: anyText,
          type: fc.constantFrom('text', 'number', 'integer', 'date', 'boolean', 'code'),
          personal: fc.boolean(),
          sensitive: fc.boolean(),
          codes: fc.array(fc.record({ code: text, label: text }), { maxLength: 3 }),
        },
        { requiredKeys: ['id', 'name', 'description', 'type', 'personal', 'sensitive'] },
      ),
    ),
  },
  { requiredKeys: ['schemaVersion', 'name', 'created', 'modified'] },
);
