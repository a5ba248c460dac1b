// The canonical text of a project: a fixed key order per entity (the order of types.ts, id and
// name first), 2-space indent, trailing newline, optional fields left out when undefined and
// rule overrides sorted by id. Saving an unchanged project therefore reproduces the same bytes
// and `git diff` of two versions shows only what changed.

import type * as T from './types';

/** Lists every key of T exactly once: a new field in types.ts fails to compile here until placed. */
type KeyOrder<Obj> = readonly (keyof Obj)[];
type Complete<Obj, Keys extends KeyOrder<Obj>> = [Exclude<keyof Obj, Keys[number]>] extends [never] ? Keys : never;
function keyOrder<Obj>() {
  return <const Keys extends KeyOrder<Obj>>(keys: Complete<Obj, Keys>): Keys => keys;
}

const authorKeys = keyOrder<T.Author>()(['name', 'organisation', 'email']);
const metaKeys = keyOrder<T.ProjectMeta>()([
  'name',
  'description',
  'country',
  'programme',
  'authors',
  'licence',
  'created',
  'updated',
]);
const positionKeys = keyOrder<T.Position>()(['x', 'y']);
const componentKeys = keyOrder<T.Component>()([
  'id',
  'name',
  'type',
  'customType',
  'ownerAgency',
  'description',
  'product',
  'standards',
  'position',
  'sector',
]);
const carriedDataKeys = keyOrder<T.CarriedData>()(['elementId', 'direction']);
const operationRefKeys = keyOrder<T.OperationRef>()(['contractId', 'operationId', 'method', 'path']);
const securityKeys = keyOrder<T.InteractionSecurity>()(['authentication', 'encryptionInTransit', 'signing', 'dpiaReference']);
const interactionKeys = keyOrder<T.Interaction>()([
  'id',
  'name',
  'from',
  'to',
  'purpose',
  'description',
  'pattern',
  'operationKind',
  'protocol',
  'dataElements',
  'apiOperation',
  'legalBasis',
  'legalReference',
  'security',
  'volume',
  'frequency',
  'retention',
  'crossBorder',
]);
const processKeys = keyOrder<T.Process>()(['id', 'name', 'phase', 'description', 'bpmn']);
const standardRefKeys = keyOrder<T.StandardRef>()(['standard', 'reference']);
const dataElementKeys = keyOrder<T.DataElement>()([
  'id',
  'name',
  'definition',
  'type',
  'format',
  'codeListId',
  'example',
  'sensitivity',
  'category',
  'standardRefs',
  'owner',
]);
const codeValueKeys = keyOrder<T.CodeValue>()(['code', 'label', 'definition']);
const codeListKeys = keyOrder<T.CodeList>()(['id', 'name', 'description', 'values']);
const schemaMappingKeys = keyOrder<T.SchemaMapping>()(['operationId', 'method', 'path', 'location', 'pointer', 'elementId']);
const contractFileKeys = keyOrder<T.ContractFile>()(['path', 'text']);
const apiContractKeys = keyOrder<T.ApiContract>()(['id', 'name', 'version', 'format', 'source', 'sourceName', 'files', 'mappings']);
const scenarioStepKeys = keyOrder<T.ScenarioStep>()([
  'id',
  'bpmnElementId',
  'title',
  'interactionIds',
  'notes',
  'preconditions',
  'postconditions',
  'errorHandling',
]);
const scenarioKeys = keyOrder<T.Scenario>()([
  'id',
  'title',
  'objective',
  'trigger',
  'actors',
  'prerequisites',
  'inputs',
  'outputs',
  'controlPoints',
  'processId',
  'steps',
]);

type Plain = Record<string, unknown>;

/** A new object with the given keys in order; undefined values are left out. */
function pick<Obj extends object>(source: Obj, keys: readonly (keyof Obj)[], nested: Partial<Record<keyof Obj, (value: never) => unknown>> = {}): Plain {
  const out: Plain = {};
  for (const key of keys) {
    const value = source[key];
    if (value === undefined) continue;
    const transform = nested[key] as ((value: unknown) => unknown) | undefined;
    out[key as string] = transform === undefined ? value : transform(value);
  }
  return out;
}

const strings = (values: readonly string[]): string[] => [...values];

const canonicalComponent = (component: T.Component): Plain =>
  pick(component, componentKeys, {
    standards: strings,
    position: (position: T.Position) => pick(position, positionKeys),
  });

const canonicalInteraction = (interaction: T.Interaction): Plain =>
  pick(interaction, interactionKeys, {
    dataElements: (carried: T.CarriedData[]) => carried.map((item) => pick(item, carriedDataKeys)),
    apiOperation: (ref: T.OperationRef) => pick(ref, operationRefKeys),
    security: (security: T.InteractionSecurity) => pick(security, securityKeys),
  });

const canonicalDataElement = (element: T.DataElement): Plain =>
  pick(element, dataElementKeys, {
    standardRefs: (refs: T.StandardRef[]) => refs.map((ref) => pick(ref, standardRefKeys)),
  });

const canonicalCodeList = (list: T.CodeList): Plain =>
  pick(list, codeListKeys, {
    values: (values: T.CodeValue[]) => values.map((value) => pick(value, codeValueKeys)),
  });

const canonicalScenario = (scenario: T.Scenario): Plain =>
  pick(scenario, scenarioKeys, {
    actors: strings,
    steps: (steps: T.ScenarioStep[]) =>
      steps.map((step) => pick(step, scenarioStepKeys, { interactionIds: strings })),
  });

function canonicalRules(rules: Record<string, T.RuleSeverity>): Plain {
  const out: Plain = {};
  for (const ruleId of Object.keys(rules).sort()) out[ruleId] = rules[ruleId];
  return out;
}

/** The project as plain data in canonical key order (what serializeProject writes). */
export function canonicalProject(project: T.Project): Plain {
  return {
    schemaVersion: project.schemaVersion,
    project: pick(project.project, metaKeys, {
      authors: (authors: T.Author[]) => authors.map((author) => pick(author, authorKeys)),
    }),
    components: project.components.map(canonicalComponent),
    interactions: project.interactions.map(canonicalInteraction),
    processes: project.processes.map((process) => pick(process, processKeys)),
    dataElements: project.dataElements.map(canonicalDataElement),
    codeLists: project.codeLists.map(canonicalCodeList),
    apiContracts: project.apiContracts.map((contract) =>
      pick(contract, apiContractKeys, {
        files: (files: T.ContractFile[]) => files.map((file) => pick(file, contractFileKeys)),
        mappings: (mappings: T.SchemaMapping[]) => mappings.map((mapping) => pick(mapping, schemaMappingKeys)),
      }),
    ),
    scenarios: project.scenarios.map(canonicalScenario),
    settings: { rules: canonicalRules(project.settings.rules) },
  };
}

export function serializeProject(project: T.Project): string {
  return `${JSON.stringify(canonicalProject(project), null, 2)}\n`;
}
