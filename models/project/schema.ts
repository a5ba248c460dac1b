// The runtime schema of a `.convergence` document (schema version 1). It accepts exactly the
// shapes of ./types.ts: objects are strict, so a misspelt or unknown key is reported rather than
// silently dropped on the next save. References between entities are checked by
// models/validation, not here, so that a file with a dangling reference still opens.

import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from './types';
import type * as T from './types';

/** ISO 8601 date, or date-time with optional seconds, fraction and zone. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const id = z.string().min(1, { error: 'Must not be empty' });
const isoDateTime = z.string().regex(ISO_DATE_TIME, {
  error: 'Expected an ISO 8601 date-time such as 2025-01-31T09:00:00Z',
});

export const sensitivitySchema = z.enum(['none', 'personal', 'sensitive']);

export const authorSchema = z.strictObject({
  name: z.string(),
  organisation: z.string().optional(),
  email: z.string().optional(),
});

export const projectMetaSchema = z.strictObject({
  name: z.string(),
  description: z.string().optional(),
  country: z.string().optional(),
  programme: z.string().optional(),
  authors: z.array(authorSchema),
  licence: z.string().optional(),
  created: isoDateTime,
  updated: isoDateTime,
});

export const positionSchema = z.strictObject({
  x: z.number(),
  y: z.number(),
});

export const componentSchema = z.strictObject({
  id,
  name: z.string(),
  type: z.string().min(1, { error: 'Must not be empty' }),
  customType: z.string().optional(),
  ownerAgency: z.string().optional(),
  description: z.string().optional(),
  product: z.string().optional(),
  standards: z.array(z.string()),
  position: positionSchema.optional(),
  sector: z.enum(['public', 'private', 'non_profit']).optional(),
});

export const operationKindSchema = z.enum(['read', 'create', 'update', 'delete', 'notify', 'verify']);
export const protocolSchema = z.enum(['rest', 'soap', 'graphql', 'message_queue', 'sftp_file', 'other']);
export const authenticationSchema = z.enum(['none', 'api_key', 'basic', 'oauth2', 'oidc', 'mtls', 'jwt_signed', 'other']);

export const carriedDataSchema = z.strictObject({
  elementId: id,
  direction: z.enum(['request', 'response']),
});

export const operationRefSchema = z.strictObject({
  contractId: id,
  operationId: z.string().optional(),
  method: z.string().optional(),
  path: z.string().optional(),
});

export const interactionSecuritySchema = z.strictObject({
  authentication: authenticationSchema.optional(),
  encryptionInTransit: z.boolean().optional(),
  signing: z.boolean().optional(),
  dpiaReference: z.string().optional(),
});

export const interactionSchema = z.strictObject({
  id,
  name: z.string(),
  from: id,
  to: id,
  purpose: z.string().optional(),
  description: z.string().optional(),
  pattern: z.string().min(1, { error: 'Must not be empty' }),
  operationKind: operationKindSchema,
  protocol: protocolSchema,
  dataElements: z.array(carriedDataSchema),
  apiOperation: operationRefSchema.optional(),
  legalBasis: z.string().optional(),
  legalReference: z.string().optional(),
  security: interactionSecuritySchema,
  volume: z.string().optional(),
  frequency: z.string().optional(),
  retention: z.string().optional(),
  crossBorder: z.boolean().optional(),
});

export const processSchema = z.strictObject({
  id,
  name: z.string(),
  phase: z.string().min(1, { error: 'Must not be empty' }),
  description: z.string().optional(),
  bpmn: z.string(),
});

export const dataTypeSchema = z.enum([
  'string',
  'integer',
  'decimal',
  'boolean',
  'date',
  'datetime',
  'code',
  'identifier',
  'object',
]);

export const standardRefSchema = z.strictObject({
  standard: z.string(),
  reference: z.string(),
});

export const dataElementSchema = z.strictObject({
  id,
  name: z.string(),
  definition: z.string(),
  type: dataTypeSchema,
  format: z.string().optional(),
  codeListId: z.string().optional(),
  example: z.string().optional(),
  sensitivity: sensitivitySchema,
  category: z.string().optional(),
  standardRefs: z.array(standardRefSchema),
  owner: z.string().optional(),
});

export const codeValueSchema = z.strictObject({
  code: z.string(),
  label: z.string(),
  definition: z.string().optional(),
});

export const codeListSchema = z.strictObject({
  id,
  name: z.string(),
  description: z.string().optional(),
  values: z.array(codeValueSchema),
});

export const schemaMappingSchema = z.strictObject({
  operationId: z.string().optional(),
  method: z.string().optional(),
  path: z.string().optional(),
  location: z.enum(['request', 'response']),
  pointer: z.string(),
  elementId: z.string(),
});

export const contractFileSchema = z.strictObject({ path: z.string(), text: z.string() });

export const apiContractSchema = z.strictObject({
  id,
  name: z.string(),
  version: z.string(),
  format: z.enum(['yaml', 'json']),
  source: z.string(),
  sourceName: z.string().optional(),
  files: z.array(contractFileSchema).optional(),
  mappings: z.array(schemaMappingSchema).optional(),
});

export const scenarioStepSchema = z.strictObject({
  id,
  bpmnElementId: z.string().optional(),
  title: z.string(),
  interactionIds: z.array(z.string()),
  notes: z.string().optional(),
  preconditions: z.string().optional(),
  postconditions: z.string().optional(),
  errorHandling: z.string().optional(),
});

export const scenarioSchema = z.strictObject({
  id,
  title: z.string(),
  objective: z.string().optional(),
  trigger: z.string().optional(),
  actors: z.array(z.string()),
  prerequisites: z.string().optional(),
  inputs: z.string().optional(),
  outputs: z.string().optional(),
  controlPoints: z.string().optional(),
  processId: z.string().optional(),
  steps: z.array(scenarioStepSchema),
});

export const ruleSeveritySchema = z.enum(['error', 'warning', 'info', 'off']);

/** Rule ids are slugs such as `broken-reference` or `bpmnlint/label-required`. */
const ruleId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, {
  error: 'A rule id must start with a letter or digit and contain only letters, digits and . _ / -',
});

export const projectSettingsSchema = z.strictObject({
  rules: z.record(ruleId, ruleSeveritySchema),
});

export const projectSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  project: projectMetaSchema,
  components: z.array(componentSchema),
  interactions: z.array(interactionSchema),
  processes: z.array(processSchema),
  dataElements: z.array(dataElementSchema),
  codeLists: z.array(codeListSchema),
  apiContracts: z.array(apiContractSchema),
  scenarios: z.array(scenarioSchema),
  settings: projectSettingsSchema,
});

// Compile-time proof that the schema and the hand-written types describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<Condition extends true> = Condition;
export type SchemaMatchesTypes = [
  Assert<Same<z.infer<typeof projectSchema>, T.Project & { schemaVersion: typeof CURRENT_SCHEMA_VERSION }>>,
  Assert<Same<z.infer<typeof componentSchema>, T.Component>>,
  Assert<Same<z.infer<typeof interactionSchema>, T.Interaction>>,
  Assert<Same<z.infer<typeof processSchema>, T.Process>>,
  Assert<Same<z.infer<typeof dataElementSchema>, T.DataElement>>,
  Assert<Same<z.infer<typeof codeListSchema>, T.CodeList>>,
  Assert<Same<z.infer<typeof schemaMappingSchema>, T.SchemaMapping>>,
  Assert<Same<z.infer<typeof contractFileSchema>, T.ContractFile>>,
  Assert<Same<z.infer<typeof apiContractSchema>, T.ApiContract>>,
  Assert<Same<z.infer<typeof scenarioSchema>, T.Scenario>>,
  Assert<Same<z.infer<typeof projectSettingsSchema>, T.ProjectSettings>>,
  Assert<Same<z.infer<typeof projectMetaSchema>, T.ProjectMeta>>,
];
