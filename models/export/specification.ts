// Project (or one scenario) → the format-neutral Specification. The scope of a scenario is what
// its steps touch: the interactions they perform, the components at both ends, the scenario's
// process, the data elements those interactions carry (with their code lists) and the API
// operations they call. The whole project is every scenario and every entity. Everything here is
// synchronous and deterministic; BPMN diagrams (which need a browser) are added by exportProject.

import { componentSector, getComponentType, getDeliveryChainPhase, getInteractionPattern, getLegalBasis, authenticationMethods, operationKinds, protocols } from '../catalog';
import { findOperation } from '../contracts/importContract';
import { loadStoredContract } from '../contracts/load';
import { mappingsOf } from '../contracts/mappings';
import { readOperationDetails, type OperationDetail, type OperationMessage, type SchemaNode } from '../contracts/schemaTree';
import { formatStandardRefs } from '../dictionary/tableImport';
import { exportLandscapeSvg } from '../landscape/svgExport';
import type { ApiContract, DataElement, Interaction, Project, Scenario } from '../project/types';
import { interactionSensitivity } from '../queries';
import { anchorOf, fileNameOf } from './anchors';
import { DEFAULT_EXPORT_TEXT, type ExportText } from './text';
import { scenarioInteroperability, scenarioSequence } from './scenarioParts';
import type {
  SpecApiOperation,
  SpecCodeList,
  SpecComponent,
  SpecDataElement,
  SpecDataProtectionFlow,
  SpecDiagram,
  SpecField,
  SpecInteraction,
  SpecMessage,
  SpecProcess,
  SpecScenario,
  SpecSchemaProperty,
  SpecTocEntry,
  Specification,
} from './types';

export interface SpecificationOptions {
  scenarioId?: string;
  timestamp?: string | null;
  /** Labels in the document's language; English when absent. */
  text?: ExportText;
}

/** The options name a scenario the project does not have. */
export class UnknownScenarioError extends Error {
  constructor(readonly scenarioId: string) {
    super(`The project has no scenario with the id “${scenarioId}”`);
    this.name = 'UnknownScenarioError';
  }
}

const vocabularyName = (list: readonly { id: string; name: string }[], id: string | undefined): string | undefined =>
  id === undefined ? undefined : (list.find((entry) => entry.id === id)?.name ?? id);

/** Interactions of the scope: those the scenarios' steps perform (first use first), or all. */
function scopeInteractions(project: Project, scenarios: readonly Scenario[], whole: boolean): Interaction[] {
  if (whole) return project.interactions;
  const byId = new Map(project.interactions.map((i) => [i.id, i]));
  const seen = new Set<string>();
  const out: Interaction[] = [];
  for (const scenario of scenarios)
    for (const step of scenario.steps)
      for (const id of step.interactionIds) {
        const interaction = byId.get(id);
        if (interaction && !seen.has(id)) {
          seen.add(id);
          out.push(interaction);
        }
      }
  return out;
}

function scenarioFields(project: Project, scenario: Scenario, text: ExportText): SpecField[] {
  const fields: SpecField[] = [];
  const add = (key: SpecField['key'], value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') fields.push({ key, label: text.fields[key], text: value });
  };
  add('objective', scenario.objective);
  add('trigger', scenario.trigger);
  add('actors', scenario.actors.join('\n'));
  add('prerequisites', scenario.prerequisites);
  add('inputs', scenario.inputs);
  add('outputs', scenario.outputs);
  add('controlPoints', scenario.controlPoints);
  const process = project.processes.find((p) => p.id === scenario.processId);
  add('process', process?.name ?? scenario.processId);
  return fields;
}

function buildScenario(project: Project, scenario: Scenario, text: ExportText): SpecScenario {
  const interactionName = new Map(project.interactions.map((i) => [i.id, i.name]));
  return {
    id: scenario.id,
    anchor: anchorOf('scenario', scenario.id),
    title: scenario.title,
    fields: scenarioFields(project, scenario, text),
    steps: scenario.steps.map((step, index) => ({
      id: step.id,
      number: index + 1,
      title: step.title,
      ...(step.bpmnElementId !== undefined ? { bpmnElementId: step.bpmnElementId } : {}),
      interactions: step.interactionIds.map((id) => interactionName.get(id) ?? id),
      ...(step.notes ? { notes: step.notes } : {}),
      ...(step.preconditions ? { preconditions: step.preconditions } : {}),
      ...(step.postconditions ? { postconditions: step.postconditions } : {}),
      ...(step.errorHandling ? { errorHandling: step.errorHandling } : {}),
    })),
    sequence: scenarioSequence(project, scenario, `${text.sequenceDiagram}: ${scenario.title}`, text),
    interoperability: scenarioInteroperability(project, scenario, text),
  };
}

function componentRow(project: Project, id: string, text: ExportText): SpecComponent | undefined {
  const c = project.components.find((x) => x.id === id);
  if (!c) return undefined;
  const type = c.type === 'custom' ? (c.customType ?? 'custom') : (getComponentType(c.type)?.name ?? c.type);
  return {
    id: c.id,
    name: c.name,
    type,
    ...(c.ownerAgency ? { ownerAgency: c.ownerAgency } : {}),
    ...(c.product ? { product: c.product } : {}),
    ...(c.description ? { description: c.description } : {}),
    standards: [...c.standards],
    sector: text.sector[componentSector(c)],
  };
}

function interactionRow(project: Project, i: Interaction, operationLabel: (i: Interaction) => string | undefined): SpecInteraction {
  const name = (id: string) => project.components.find((c) => c.id === id)?.name ?? id;
  const pattern = getInteractionPattern(i.pattern);
  const apiOperation = operationLabel(i);
  return {
    id: i.id,
    name: i.name,
    from: name(i.from),
    to: name(i.to),
    pattern: pattern?.name ?? i.pattern,
    timing: pattern?.timing ?? '',
    operationKind: vocabularyName(operationKinds, i.operationKind) ?? i.operationKind,
    protocol: vocabularyName(protocols, i.protocol) ?? i.protocol,
    ...(i.purpose ? { purpose: i.purpose } : {}),
    ...(i.description ? { description: i.description } : {}),
    ...(apiOperation ? { apiOperation } : {}),
    ...(i.volume ? { volume: i.volume } : {}),
    ...(i.frequency ? { frequency: i.frequency } : {}),
  };
}

/** Contracts are parsed once per export, not once per operation. */
function contractReader(project: Project): (contractId: string) => { contract: ApiContract; operations: OperationDetail[] } | undefined {
  const cache = new Map<string, { contract: ApiContract; operations: OperationDetail[] } | undefined>();
  return (contractId) => {
    if (cache.has(contractId)) return cache.get(contractId);
    const contract = project.apiContracts.find((c) => c.id === contractId);
    let entry: { contract: ApiContract; operations: OperationDetail[] } | undefined;
    if (contract) {
      const loaded = loadStoredContract(contract);
      entry = { contract, operations: loaded.ok ? readOperationDetails(loaded.contract.document) : [] };
    }
    cache.set(contractId, entry);
    return entry;
  };
}

function dottedPath(parent: string, name: string): string {
  if (name === '[]') return `${parent}[]`;
  if (name.startsWith('(')) return `${parent} ${name}`;
  return parent === '' ? name : `${parent}.${name}`;
}

function flattenProperties(tree: SchemaNode | null, mapped: Map<string, string>): SpecSchemaProperty[] {
  const out: SpecSchemaProperty[] = [];
  if (!tree) return out;
  const visit = (node: SchemaNode, parentPath: string, depth: number) => {
    const path = depth === 0 ? '' : dottedPath(parentPath, node.name);
    if (depth > 0) {
      const property: SpecSchemaProperty = { path, depth: depth - 1, name: node.name, type: node.format ? `${node.type} (${node.format})` : node.type, required: node.required };
      if (node.description) property.description = node.description;
      const element = mapped.get(node.pointer);
      if (element) property.dataElement = element;
      out.push(property);
    }
    for (const child of node.children) visit(child, path, depth + 1);
  };
  visit(tree, '', 0);
  return out;
}

function specMessage(message: OperationMessage, label: string, mapped: Map<string, string>): SpecMessage {
  return {
    label,
    ...(message.mediaType ? { mediaType: message.mediaType } : {}),
    ...(message.description ? { description: message.description } : {}),
    properties: flattenProperties(message.tree, mapped),
  };
}

function buildOperations(project: Project, interactions: readonly Interaction[], read: ReturnType<typeof contractReader>): SpecApiOperation[] {
  const elementName = new Map(project.dataElements.map((e) => [e.id, e.name]));
  const byKey = new Map<string, SpecApiOperation>();
  for (const interaction of interactions) {
    const ref = interaction.apiOperation;
    if (!ref) continue;
    const entry = read(ref.contractId);
    const detail = entry ? findOperation(entry.operations, ref) : undefined;
    if (!entry || !detail) continue;
    const key = `${entry.contract.id} ${detail.method} ${detail.path}`;
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.usedBy.includes(interaction.name)) existing.usedBy.push(interaction.name);
      continue;
    }
    const opKey = { method: detail.method, path: detail.path, ...(detail.operationId ? { operationId: detail.operationId } : {}) };
    const names = (location: 'request' | 'response') =>
      new Map([...mappingsOf(entry.contract, opKey, location)].map(([pointer, m]) => [pointer, elementName.get(m.elementId) ?? m.elementId]));
    const requestNames = names('request');
    const responseNames = names('response');
    byKey.set(key, {
      key,
      anchor: anchorOf('operation', `${entry.contract.id}-${detail.method}-${detail.path}`),
      contractId: entry.contract.id,
      contractName: entry.contract.name,
      contractVersion: entry.contract.version,
      method: detail.method,
      path: detail.path,
      ...(detail.operationId ? { operationId: detail.operationId } : {}),
      ...(detail.summary ? { summary: detail.summary } : {}),
      ...(detail.description ? { description: detail.description } : {}),
      parameters: detail.parameters.map((p) => ({ name: p.name, in: p.in, required: p.required, type: p.type, ...(p.description ? { description: p.description } : {}) })),
      request: detail.request ? specMessage(detail.request, 'Request', requestNames) : null,
      responses: detail.responses.map((r) => specMessage(r, r.status ?? 'default', responseNames)),
      callbacks: detail.callbacks.map((cb) => ({
        name: cb.callback,
        expression: cb.expression,
        method: cb.method,
        ...(cb.operationId ? { operationId: cb.operationId } : {}),
        ...(cb.summary ? { summary: cb.summary } : {}),
        request: cb.request ? specMessage(cb.request, 'Request', new Map()) : null,
      })),
      usedBy: [interaction.name],
    });
  }
  // Operations sorted by contract, path, method: the order of an API reference.
  return [...byKey.values()].sort((a, b) => cmp(a.contractId, b.contractId) || cmp(a.path, b.path) || cmp(a.method, b.method));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function protectionFlow(project: Project, i: Interaction, text: ExportText): SpecDataProtectionFlow {
  const componentName = (id: string) => project.components.find((c) => c.id === id)?.name ?? id;
  const recipient = project.components.find((c) => c.id === i.to);
  const elements = new Map(project.dataElements.map((e) => [e.id, e]));
  const personal = i.dataElements
    .map((d) => elements.get(d.elementId))
    .filter((e): e is DataElement => e !== undefined && e.sensitivity !== 'none')
    .map((e) => e.name);
  const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? text.yes : text.no);
  const basis = i.legalBasis ? getLegalBasis(i.legalBasis) : undefined;
  const flow: SpecDataProtectionFlow = {
    interactionId: i.id,
    interaction: i.name,
    from: componentName(i.from),
    to: componentName(i.to),
    recipientSector: recipient ? text.sector[componentSector(recipient)] : '',
    sensitivity: text.sensitivity[interactionSensitivity(project, i)],
    personalData: [...new Set(personal)],
  };
  if (i.legalBasis) flow.legalBasis = basis ? `${basis.name} (${basis.gdprRef})` : i.legalBasis;
  if (i.legalReference) flow.legalReference = i.legalReference;
  if (i.purpose) flow.purpose = i.purpose;
  if (i.retention) flow.retention = i.retention;
  const crossBorder = yesNo(i.crossBorder);
  if (crossBorder) flow.crossBorder = crossBorder;
  const auth = vocabularyName(authenticationMethods, i.security.authentication);
  if (auth) flow.authentication = auth;
  const encrypted = yesNo(i.security.encryptionInTransit);
  if (encrypted) flow.encryptionInTransit = encrypted;
  const signing = yesNo(i.security.signing);
  if (signing) flow.signing = signing;
  if (i.security.dpiaReference) flow.dpiaReference = i.security.dpiaReference;
  return flow;
}

export function buildSpecification(project: Project, options: SpecificationOptions = {}): Specification {
  const text = options.text ?? DEFAULT_EXPORT_TEXT;
  const whole = options.scenarioId === undefined;
  const scenarios = whole ? project.scenarios : project.scenarios.filter((s) => s.id === options.scenarioId);
  if (!whole && scenarios.length === 0) throw new UnknownScenarioError(options.scenarioId!);
  const scenario = whole ? undefined : scenarios[0]!;

  const interactions = scopeInteractions(project, scenarios, whole);
  const componentIds = whole
    ? project.components.map((c) => c.id)
    : project.components.map((c) => c.id).filter((id) => interactions.some((i) => i.from === id || i.to === id));
  const processIds = whole ? project.processes.map((p) => p.id) : project.processes.filter((p) => p.id === scenario!.processId).map((p) => p.id);

  const read = contractReader(project);
  const operationLabel = (i: Interaction): string | undefined => {
    const ref = i.apiOperation;
    if (!ref) return undefined;
    const detail = findOperation(read(ref.contractId)?.operations ?? [], ref);
    const method = detail?.method ?? ref.method?.toUpperCase();
    const path = detail?.path ?? ref.path;
    return method && path ? `${method} ${path}` : (ref.operationId ?? undefined);
  };

  const carriers = new Map<string, string[]>();
  for (const i of interactions)
    for (const d of i.dataElements) {
      const list = carriers.get(d.elementId) ?? [];
      if (!list.includes(i.name)) list.push(i.name);
      carriers.set(d.elementId, list);
    }
  const codeListName = new Map(project.codeLists.map((l) => [l.id, l.name]));
  const dataElements: SpecDataElement[] = project.dataElements
    .filter((e) => whole || carriers.has(e.id))
    .map((e) => ({
      id: e.id,
      anchor: anchorOf('element', e.id),
      name: e.name,
      definition: e.definition,
      type: e.type,
      ...(e.format ? { format: e.format } : {}),
      ...(e.codeListId ? { codeListId: e.codeListId, codeListName: codeListName.get(e.codeListId) ?? e.codeListId } : {}),
      ...(e.example ? { example: e.example } : {}),
      sensitivity: text.sensitivity[e.sensitivity],
      ...(e.category ? { category: e.category } : {}),
      standards: formatStandardRefs(e.standardRefs) ? e.standardRefs.map((r) => formatStandardRefs([r])) : [],
      ...(e.owner ? { owner: e.owner } : {}),
      carriedBy: carriers.get(e.id) ?? [],
    }));
  const usedLists = new Set(dataElements.map((e) => e.codeListId).filter((id): id is string => id !== undefined));
  const codeLists: SpecCodeList[] = project.codeLists
    .filter((l) => whole || usedLists.has(l.id))
    .map((l) => ({
      id: l.id,
      anchor: anchorOf('codelist', l.id),
      name: l.name,
      ...(l.description ? { description: l.description } : {}),
      values: l.values.map((v) => ({ code: v.code, label: v.label, ...(v.definition ? { definition: v.definition } : {}) })),
    }));

  const landscapeDiagram: SpecDiagram = {
    id: 'diagram-landscape',
    kind: 'landscape',
    title: text.landscape,
    fileName: 'landscape.svg',
    svg: exportLandscapeSvg(project, whole ? {} : { componentIds: new Set(componentIds), interactionIds: new Set(interactions.map((i) => i.id)) }),
  };

  const processes: SpecProcess[] = project.processes
    .filter((p) => processIds.includes(p.id))
    .map((p) => ({
      id: p.id,
      anchor: anchorOf('process', p.id),
      name: p.name,
      phase: getDeliveryChainPhase(p.phase)?.name ?? p.phase,
      ...(p.description ? { description: p.description } : {}),
      bpmnFileName: fileNameOf(p.id, '.bpmn'),
      diagram: { id: anchorOf('diagram-bpmn', p.id), kind: 'bpmn', title: p.name, fileName: fileNameOf(p.id, '.bpmn.svg') },
    }));

  const specScenarios = scenarios.map((s) => buildScenario(project, s, text));
  const apiOperations = buildOperations(project, interactions, read);

  const toc: SpecTocEntry[] = [{ anchor: 'about', title: text.about, level: 1 }];
  if (specScenarios.length > 0) {
    toc.push({ anchor: 'scenarios', title: text.scenarios, level: 1 });
    for (const s of specScenarios) toc.push({ anchor: s.anchor, title: s.title, level: 2 });
  }
  toc.push({ anchor: 'landscape', title: text.landscape, level: 1 });
  if (processes.length > 0) {
    toc.push({ anchor: 'processes', title: text.processes, level: 1 });
    for (const p of processes) toc.push({ anchor: p.anchor, title: p.name, level: 2 });
  }
  if (dataElements.length > 0) toc.push({ anchor: 'data-elements', title: text.dataElements, level: 1 });
  if (codeLists.length > 0) toc.push({ anchor: 'code-lists', title: text.codeLists, level: 1 });
  if (apiOperations.length > 0) toc.push({ anchor: 'api-operations', title: text.apiOperations, level: 1 });
  if (interactions.length > 0) toc.push({ anchor: 'data-protection', title: text.dataProtection, level: 1 });

  const meta = project.project;
  return {
    title: scenario ? scenario.title : meta.name,
    scenarioId: scenario ? scenario.id : null,
    metadata: {
      name: meta.name,
      ...(meta.description ? { description: meta.description } : {}),
      ...(meta.country ? { country: meta.country } : {}),
      ...(meta.programme ? { programme: meta.programme } : {}),
      authors: meta.authors.map((a) => (a.organisation ? `${a.name} (${a.organisation})` : a.name)),
      ...(meta.licence ? { licence: meta.licence } : {}),
      created: meta.created,
      updated: meta.updated,
      ...(options.timestamp ? { generatedAt: options.timestamp } : {}),
    },
    toc,
    scenarios: specScenarios,
    landscape: {
      diagram: landscapeDiagram,
      components: componentIds.map((id) => componentRow(project, id, text)).filter((c): c is SpecComponent => c !== undefined),
      interactions: interactions.map((i) => interactionRow(project, i, operationLabel)),
    },
    processes,
    dataElements,
    codeLists,
    apiOperations,
    dataProtection: interactions.map((i) => protectionFlow(project, i, text)),
  };
}
