// Deterministic generator of synthetic projects for the benchmarks. The same size and seed
// always give the same document (and so the same serialized bytes): timestamps are fixed and
// all choices come from a seeded PRNG. Every reference points at an entity that exists, so the
// projects pass the schema and the validation rules and measure the real work of a valid file.

import { stringify as stringifyYaml } from 'yaml';
import {
  componentTypes,
  deliveryChainPhases,
  deliveryChainSteps,
  interactionPatterns,
  legalBases,
} from '../models/catalog';
import type { DataUsage } from '../models/process/csModdle';
import {
  CURRENT_SCHEMA_VERSION,
  type ApiContract,
  type Authentication,
  type CarriedData,
  type CodeList,
  type Component,
  type DataElement,
  type DataType,
  type Interaction,
  type OperationKind,
  type Process,
  type Project,
  type Protocol,
  type Scenario,
  type ScenarioStep,
  type Sensitivity,
} from '../models/project/types';
import { SeededRandom } from './random';
import { buildSyntheticProcess, type StepLinksSpec } from './syntheticBpmn';

export type SizeName = 'S' | 'M' | 'L';

export interface SizeSpec {
  components: number;
  interactions: number;
  processes: number;
  /** Flow nodes (events, tasks, gateways) per process. */
  elementsPerProcess: number;
  dataElements: number;
  codeLists: number;
  apiContracts: number;
  operationsPerContract: number;
  scenarios: number;
}

export const SIZES: Readonly<Record<SizeName, Readonly<SizeSpec>>> = {
  S: {
    components: 20,
    interactions: 40,
    processes: 5,
    elementsPerProcess: 20,
    dataElements: 100,
    codeLists: 5,
    apiContracts: 2,
    operationsPerContract: 8,
    scenarios: 2,
  },
  M: {
    components: 200,
    interactions: 600,
    processes: 40,
    elementsPerProcess: 50,
    dataElements: 1000,
    codeLists: 25,
    apiContracts: 6,
    operationsPerContract: 16,
    scenarios: 10,
  },
  L: {
    components: 2000,
    interactions: 6000,
    processes: 200,
    elementsPerProcess: 100,
    dataElements: 5000,
    codeLists: 100,
    apiContracts: 20,
    operationsPerContract: 24,
    scenarios: 40,
  },
};

export const SIZE_NAMES: readonly SizeName[] = ['S', 'M', 'L'];

export const DEFAULT_SEED = 20240601;

/** A fixed instant so that generated files do not depend on the clock. */
const FIXED_TIMESTAMP = '2024-06-01T09:00:00.000Z';

const AGENCIES = [
  'Ministry of Social Development',
  'National Identification Authority',
  'Civil Registration Office',
  'Ministry of Finance',
  'Ministry of Health',
  'Ministry of Education',
  'Central Bank',
  'National Statistics Office',
  'Social Security Fund',
  'Ministry of Labour',
];

const PRODUCTS = ['OpenSPP 1.3', 'MOSIP 1.2', 'OpenCRVS 1.6', 'OpenG2P 1.2', 'DHIS2 2.41', 'In-house system', 'Mojaloop'];

const STANDARDS = [
  'DCI SR v1.0.0',
  'DCI CRVS v1.0.0',
  'DCI IBR v1.0.0',
  'G2P Connect Disburse v1.0.0',
  'G2P Connect Mapper v1.0.0',
  'OpenID Connect',
  'OpenAPI 3.1',
  'ISO 20022',
];

const OPERATION_KINDS: readonly OperationKind[] = ['read', 'create', 'update', 'delete', 'notify', 'verify'];
const AUTHENTICATIONS: readonly Authentication[] = ['oauth2', 'oidc', 'mtls', 'jwt_signed', 'api_key'];
const DATA_USAGES_IN_STEPS: readonly DataUsage[] = ['reads', 'creates', 'updates', 'verifies'];

interface DataTopic {
  category: string;
  sensitivity: Sensitivity;
  standard: string;
  stems: readonly { stem: string; label: string; type: DataType }[];
}

const DATA_TOPICS: readonly DataTopic[] = [
  {
    category: 'identity',
    sensitivity: 'personal',
    standard: 'DCI',
    stems: [
      { stem: 'identifier', label: 'Identifier', type: 'identifier' },
      { stem: 'given_name', label: 'Given name', type: 'string' },
      { stem: 'surname', label: 'Surname', type: 'string' },
      { stem: 'identifier_type', label: 'Identifier type', type: 'code' },
    ],
  },
  {
    category: 'demographic',
    sensitivity: 'personal',
    standard: 'DCI',
    stems: [
      { stem: 'birth_date', label: 'Birth date', type: 'date' },
      { stem: 'sex', label: 'Sex', type: 'code' },
      { stem: 'marital_status', label: 'Marital status', type: 'code' },
    ],
  },
  {
    category: 'household',
    sensitivity: 'personal',
    standard: 'DCI',
    stems: [
      { stem: 'group_size', label: 'Household size', type: 'integer' },
      { stem: 'relationship', label: 'Relationship to head', type: 'code' },
      { stem: 'head_flag', label: 'Is household head', type: 'boolean' },
    ],
  },
  {
    category: 'socioeconomic',
    sensitivity: 'personal',
    standard: 'DCI',
    stems: [
      { stem: 'poverty_score', label: 'Poverty score', type: 'decimal' },
      { stem: 'income_level', label: 'Income level', type: 'code' },
      { stem: 'employment_status', label: 'Employment status', type: 'code' },
    ],
  },
  {
    category: 'health',
    sensitivity: 'sensitive',
    standard: 'FHIR',
    stems: [
      { stem: 'disability_status', label: 'Disability status', type: 'code' },
      { stem: 'condition', label: 'Health condition', type: 'object' },
    ],
  },
  {
    category: 'location',
    sensitivity: 'personal',
    standard: 'ISO',
    stems: [
      { stem: 'region_code', label: 'Region code', type: 'code' },
      { stem: 'address_line', label: 'Address line', type: 'string' },
    ],
  },
  {
    category: 'payment',
    sensitivity: 'personal',
    standard: 'G2P Connect',
    stems: [
      { stem: 'financial_address', label: 'Financial address', type: 'string' },
      { stem: 'amount', label: 'Payment amount', type: 'decimal' },
      { stem: 'paid_at', label: 'Payment time', type: 'datetime' },
    ],
  },
  {
    category: 'programme',
    sensitivity: 'none',
    standard: 'DCI',
    stems: [
      { stem: 'programme_code', label: 'Programme code', type: 'code' },
      { stem: 'benefit_frequency', label: 'Benefit frequency', type: 'string' },
    ],
  },
];

const EXAMPLE_BY_TYPE: Record<DataType, string> = {
  string: 'Example text',
  integer: '4',
  decimal: '12.5',
  boolean: 'true',
  date: '2019-04-12',
  datetime: '2024-03-01T10:15:00Z',
  code: 'A',
  identifier: 'UIN-4829-1730',
  object: '{"code":"A","since":"2020-01-01"}',
};

const TASK_VERBS = ['Check', 'Record', 'Verify', 'Notify', 'Review', 'Approve', 'Update', 'Send', 'Collect', 'Assess'];
const TASK_OBJECTS = [
  'applicant identity',
  'household roster',
  'eligibility criteria',
  'payment instruction',
  'enrolment decision',
  'grievance case',
  'beneficiary record',
  'financial address',
  'consent record',
  'benefit amount',
];

function pad(index: number, width: number): string {
  return String(index).padStart(width, '0');
}

/** Protocol that fits how a pattern is typically carried. */
function protocolFor(pattern: string): Protocol {
  if (pattern === 'batch_file_exchange') return 'sftp_file';
  if (pattern === 'publish_subscribe_broker' || pattern === 'data_replication') return 'message_queue';
  if (pattern === 'manual_offline') return 'other';
  return 'rest';
}

interface GeneratedOperation {
  contractId: string;
  operationId: string;
  method: string;
  path: string;
}

function generateComponents(rng: SeededRandom, spec: SizeSpec): Component[] {
  const width = String(spec.components).length;
  const perRow = Math.ceil(Math.sqrt(spec.components));
  const components: Component[] = [];
  for (let i = 0; i < spec.components; i++) {
    const type = componentTypes[i % componentTypes.length];
    if (!type) throw new Error('the component type catalogue is empty');
    const component: Component = {
      id: `comp-${pad(i + 1, width)}`,
      name: `${type.shortName} ${i + 1}`,
      type: type.id,
      ownerAgency: rng.pick(AGENCIES),
      description: `Synthetic ${type.shortName} number ${i + 1} of the benchmark landscape.`,
      standards: rng.sample(STANDARDS, rng.between(0, 2)),
      position: { x: (i % perRow) * 240, y: Math.floor(i / perRow) * 160 },
    };
    if (rng.chance(0.5)) component.product = rng.pick(PRODUCTS);
    components.push(component);
  }
  return components;
}

function generateCodeLists(rng: SeededRandom, spec: SizeSpec): CodeList[] {
  const width = String(spec.codeLists).length;
  const lists: CodeList[] = [];
  for (let i = 0; i < spec.codeLists; i++) {
    const count = rng.between(3, 8);
    const values = [];
    for (let v = 0; v < count; v++) {
      const code = String.fromCharCode(65 + v);
      values.push({ code, label: `Value ${code} of list ${i + 1}`, definition: `Meaning of code ${code}.` });
    }
    lists.push({
      id: `codes-${pad(i + 1, width)}`,
      name: `Code list ${i + 1}`,
      description: 'Synthetic code list used by coded data elements.',
      values,
    });
  }
  return lists;
}

function generateDataElements(rng: SeededRandom, spec: SizeSpec, codeLists: CodeList[]): DataElement[] {
  const width = String(spec.dataElements).length;
  const elements: DataElement[] = [];
  for (let i = 0; i < spec.dataElements; i++) {
    const topic = DATA_TOPICS[i % DATA_TOPICS.length] as DataTopic;
    const stem = rng.pick(topic.stems);
    const element: DataElement = {
      id: `${topic.category}.${stem.stem}_${pad(i + 1, width)}`,
      name: `${stem.label} ${i + 1}`,
      definition: `${stem.label} as held for the ${topic.category} domain (synthetic element ${i + 1}).`,
      type: stem.type,
      example: EXAMPLE_BY_TYPE[stem.type],
      sensitivity: topic.sensitivity,
      category: topic.category,
      standardRefs: [{ standard: topic.standard, reference: `${topic.category}.${stem.stem}` }],
      owner: rng.pick(AGENCIES),
    };
    if (stem.type === 'code' && codeLists.length > 0) element.codeListId = rng.pick(codeLists).id;
    if (stem.type === 'date') element.format = 'YYYY-MM-DD';
    elements.push(element);
  }
  return elements;
}

function generateContracts(spec: SizeSpec): { contracts: ApiContract[]; operations: GeneratedOperation[] } {
  const width = String(spec.apiContracts).length;
  const contracts: ApiContract[] = [];
  const operations: GeneratedOperation[] = [];
  for (let i = 0; i < spec.apiContracts; i++) {
    const id = `api-${pad(i + 1, width)}`;
    const paths: Record<string, Record<string, unknown>> = {};
    for (let o = 0; o < spec.operationsPerContract; o++) {
      const resource = `resource${o + 1}`;
      const isSearch = o % 2 === 0;
      const path = isSearch ? `/registry/${resource}/sync/search` : `/registry/${resource}/notify`;
      const method = 'POST';
      const operationId = isSearch ? `search${o + 1}` : `notify${o + 1}`;
      paths[path] = {
        post: {
          operationId,
          summary: isSearch ? `Search ${resource} records` : `Notify about ${resource} events`,
          tags: [isSearch ? 'search' : 'notify'],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Envelope' } } },
          },
          responses: {
            '200': {
              description: 'Accepted',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Envelope' } } },
            },
          },
        },
      };
      operations.push({ contractId: id, operationId, method, path });
    }
    const document = {
      openapi: '3.1.0',
      info: { title: `Synthetic registry API ${i + 1}`, version: '1.0.0' },
      servers: [{ url: `https://api${i + 1}.example.org` }],
      tags: [
        { name: 'search', description: 'Registry searches' },
        { name: 'notify', description: 'Event notifications' },
      ],
      paths,
      components: {
        schemas: {
          Envelope: {
            type: 'object',
            required: ['header', 'message'],
            properties: { header: { type: 'object' }, message: { type: 'object' } },
          },
        },
      },
    };
    const format = i % 2 === 0 ? 'yaml' : 'json';
    contracts.push({
      id,
      name: `Synthetic registry API ${i + 1}`,
      version: '1.0.0',
      format,
      source: format === 'yaml' ? stringifyYaml(document) : `${JSON.stringify(document, null, 2)}\n`,
      sourceName: `synthetic-api-${i + 1}.${format}`,
    });
  }
  return { contracts, operations };
}

function generateInteractions(
  rng: SeededRandom,
  spec: SizeSpec,
  components: Component[],
  dataElements: DataElement[],
  operations: GeneratedOperation[],
): Interaction[] {
  const width = String(spec.interactions).length;
  const interactions: Interaction[] = [];
  for (let i = 0; i < spec.interactions; i++) {
    // Every component takes part in at least one interaction before others repeat.
    const from = components[i % components.length] as Component;
    let to = rng.pick(components);
    while (to.id === from.id) to = rng.pick(components);
    const pattern = rng.pick(interactionPatterns).id;
    const carriedElements = rng.sample(dataElements, rng.between(1, 6));
    const carried: CarriedData[] = carriedElements.map((element, index) => ({
      elementId: element.id,
      direction: index === 0 ? 'request' : 'response',
    }));
    const carriesPersonal = carriedElements.some((element) => element.sensitivity !== 'none');
    const interaction: Interaction = {
      id: `ix-${pad(i + 1, width)}`,
      name: `${from.name} to ${to.name}`,
      from: from.id,
      to: to.id,
      purpose: 'Exchange the records the delivery step needs.',
      pattern,
      operationKind: rng.pick(OPERATION_KINDS),
      protocol: protocolFor(pattern),
      dataElements: carried,
      security: {
        authentication: rng.pick(AUTHENTICATIONS),
        encryptionInTransit: true,
        signing: rng.chance(0.5),
      },
      volume: `about ${rng.between(1, 50) * 100} requests a day`,
      frequency: rng.pick(['continuous', 'daily', 'weekly', 'monthly']),
    };
    if (carriesPersonal) {
      // The generated systems are mostly public bodies: legitimate interests is not open to them
      // (the legitimate-interest-public-body rule), so the large project stays free of errors.
      interaction.legalBasis = rng.pick(legalBases.filter((basis) => basis.availableToPublicAuthorities)).id;
      interaction.legalReference = `Social Protection Act, section ${rng.between(1, 60)}`;
      interaction.security.dpiaReference = `DPIA-${pad(rng.between(1, 99), 3)}`;
    }
    if (operations.length > 0 && rng.chance(0.4)) {
      const op = rng.pick(operations);
      interaction.apiOperation = { contractId: op.contractId, operationId: op.operationId };
    }
    interactions.push(interaction);
  }
  return interactions;
}

function operationKey(contractId: string, operationId: string): string {
  return `${contractId}#${operationId}`;
}

function stepLinksFor(
  rng: SeededRandom,
  chainSteps: readonly string[],
  dataElements: DataElement[],
  interactions: Interaction[],
  operationsByKey: Map<string, GeneratedOperation>,
): StepLinksSpec {
  const links: StepLinksSpec = {
    chainStep: rng.pick(chainSteps),
    agency: rng.pick(AGENCIES),
    dataRefs: rng
      .sample(dataElements, rng.between(1, 3))
      .map((element) => ({ elementId: element.id, usage: rng.pick(DATA_USAGES_IN_STEPS) })),
    interactionRefs: [],
    operationRefs: [],
  };
  if (interactions.length > 0 && rng.chance(0.6)) {
    const interaction = rng.pick(interactions);
    links.interactionRefs.push(interaction.id);
    const ref = interaction.apiOperation;
    const op = ref && operationsByKey.get(operationKey(ref.contractId, ref.operationId ?? ''));
    if (op) links.operationRefs.push(op);
  }
  return links;
}

function generateProcesses(
  rng: SeededRandom,
  spec: SizeSpec,
  dataElements: DataElement[],
  interactions: Interaction[],
  operations: GeneratedOperation[],
): { processes: Process[]; taskIndex: Map<string, { taskIds: string[]; taskInteractions: Map<string, string[]> }> } {
  const width = String(spec.processes).length;
  const processes: Process[] = [];
  const taskIndex = new Map<string, { taskIds: string[]; taskInteractions: Map<string, string[]> }>();
  const operationsByKey = new Map(operations.map((op) => [operationKey(op.contractId, op.operationId), op]));
  for (let i = 0; i < spec.processes; i++) {
    const phase = deliveryChainPhases[i % deliveryChainPhases.length];
    if (!phase) throw new Error('the delivery-chain phase catalogue is empty');
    const chainSteps = deliveryChainSteps.filter((s) => s.phase === phase.id).map((s) => s.id);
    if (chainSteps.length === 0) throw new Error(`no delivery-chain step in phase '${phase.id}'`);
    const id = `proc-${pad(i + 1, width)}`;
    const name = `${phase.name} process ${i + 1}`;
    const built = buildSyntheticProcess({
      bpmnProcessId: `Process_${pad(i + 1, width)}`,
      name,
      flowNodeCount: spec.elementsPerProcess,
      wantsDecision: () => rng.chance(0.15),
      describeTask: (index) => ({
        name: `${rng.pick(TASK_VERBS)} ${rng.pick(TASK_OBJECTS)} (${index + 1})`,
        kind: rng.chance(0.5) ? 'serviceTask' : 'userTask',
        links: stepLinksFor(rng, chainSteps, dataElements, interactions, operationsByKey),
      }),
    });
    processes.push({
      id,
      name,
      phase: phase.id,
      description: `Synthetic ${phase.name.toLowerCase()} process with ${spec.elementsPerProcess} flow nodes.`,
      bpmn: built.xml,
    });
    taskIndex.set(id, built);
  }
  return { processes, taskIndex };
}

function generateScenarios(
  rng: SeededRandom,
  spec: SizeSpec,
  components: Component[],
  processes: Process[],
  taskIndex: Map<string, { taskIds: string[]; taskInteractions: Map<string, string[]> }>,
): Scenario[] {
  const width = String(spec.scenarios).length;
  const scenarios: Scenario[] = [];
  for (let i = 0; i < spec.scenarios && processes.length > 0; i++) {
    const process = processes[i % processes.length] as Process;
    const tasks = taskIndex.get(process.id);
    if (!tasks) throw new Error(`no task index for ${process.id}`);
    const stepTaskIds = rng.sample(tasks.taskIds, rng.between(3, 8));
    const steps: ScenarioStep[] = stepTaskIds.map((taskId, index) => ({
      id: `step-${index + 1}`,
      bpmnElementId: taskId,
      title: `Step ${index + 1}`,
      interactionIds: [...(tasks.taskInteractions.get(taskId) ?? [])],
      notes: 'Synthetic scenario step.',
    }));
    scenarios.push({
      id: `scen-${pad(i + 1, width)}`,
      title: `Scenario ${i + 1}: ${process.name}`,
      objective: 'Exercise one delivery process end to end.',
      trigger: 'An application arrives.',
      actors: rng.sample(components, 3).map((c) => c.name),
      processId: process.id,
      steps,
    });
  }
  return scenarios;
}

/** Generates one synthetic project. `size` is a name of SIZES or an explicit spec. */
export function generateProject(size: SizeName | SizeSpec, seed: number = DEFAULT_SEED): Project {
  const spec = typeof size === 'string' ? SIZES[size] : size;
  const label = typeof size === 'string' ? size : 'custom';
  const rng = new SeededRandom(seed);
  const components = generateComponents(rng, spec);
  const codeLists = generateCodeLists(rng, spec);
  const dataElements = generateDataElements(rng, spec, codeLists);
  const { contracts, operations } = generateContracts(spec);
  const interactions = generateInteractions(rng, spec, components, dataElements, operations);
  const { processes, taskIndex } = generateProcesses(rng, spec, dataElements, interactions, operations);
  const scenarios = generateScenarios(rng, spec, components, processes, taskIndex);
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    project: {
      name: `Synthetic benchmark project ${label}`,
      description: `Generated by bench/generate.ts with seed ${seed}.`,
      country: 'Freedonia',
      programme: 'Synthetic benchmark programme',
      authors: [{ name: 'Benchmark generator' }],
      licence: 'CC0-1.0',
      created: FIXED_TIMESTAMP,
      updated: FIXED_TIMESTAMP,
    },
    components,
    interactions,
    processes,
    dataElements,
    codeLists,
    apiContracts: contracts,
    scenarios,
    settings: { rules: {} },
  };
}

/** Entity counts of a project, as the benchmark table reports them. */
export interface EntityCounts {
  components: number;
  interactions: number;
  processes: number;
  bpmnFlowNodes: number;
  dataElements: number;
}

export function countEntities(project: Project): EntityCounts {
  let bpmnFlowNodes = 0;
  for (const process of project.processes) {
    bpmnFlowNodes += (process.bpmn.match(/<bpmn:(?:startEvent|endEvent|userTask|serviceTask|exclusiveGateway) /g) ?? []).length;
  }
  return {
    components: project.components.length,
    interactions: project.interactions.length,
    processes: project.processes.length,
    bpmnFlowNodes,
    dataElements: project.dataElements.length,
  };
}
