// The interoperability table of a scenario: one row per interaction of each step (a step without
// interactions gets one row of its own, so the numbering matches the sequence diagram), with the
// facts a vendor builds against. Ids are kept beside the English catalogue names so the UI can
// translate them and exporters can print them.

import { authenticationMethods, getInteractionPattern, getLegalBasis, operationKinds, protocols, type InteractionTiming } from '../catalog';
import { resolveOperationRef } from '../contracts/resolveOperation';
import type {
  DataDirection,
  Interaction,
  InteractionSecurity,
  OperationKind,
  OperationRef,
  Project,
  Protocol,
  Scenario,
} from '../project/types';
import { byId } from './lookup';

export interface InteropParty {
  id: string;
  name: string;
  /** Not a component of the project. */
  missing: boolean;
}

export interface InteropDataElement {
  id: string;
  /** The data element's name, or its id when it is not in the dictionary. */
  name: string;
  direction: DataDirection;
}

export interface InteropOperation {
  contractId: string;
  /** The contract's name, or its id when there is no such contract. */
  contractName: string;
  operationId?: string;
  /** Upper-case HTTP method; from the contract when the reference resolves, else as written. */
  method?: string;
  path?: string;
  summary?: string;
  /** The reference was found in the contract's OpenAPI text. */
  resolved: boolean;
}

export interface InteropRow {
  stepId: string;
  /** 1-based. */
  stepNumber: number;
  stepTitle: string;
  /** Absent on the row of a step that performs no interaction. */
  interactionId?: string;
  interactionName?: string;
  initiator?: InteropParty;
  counterpart?: InteropParty;
  /** The interaction's purpose and description, or the step's notes for a step without one. */
  description: string;
  operationKind?: OperationKind;
  operationKindName?: string;
  timing?: InteractionTiming;
  pattern?: string;
  patternName?: string;
  protocol?: Protocol;
  protocolName?: string;
  /** "Asynchronous request with callback · REST (HTTP/JSON)". */
  technique: string;
  dataElements: InteropDataElement[];
  apiOperation?: InteropOperation;
  legalBasis?: string;
  legalBasisName?: string;
  legalReference?: string;
  security?: InteractionSecurity;
  /** "OAuth 2.0 client credentials; encrypted in transit; signed messages". */
  securitySummary: string;
}

/** The operation a reference points at, from the contract's text when it resolves. */
export function resolveOperation(project: Project, ref: OperationRef): InteropOperation {
  const resolved = resolveOperationRef(project.apiContracts, ref);
  const out: InteropOperation = {
    contractId: ref.contractId,
    contractName: resolved.contract?.name ?? ref.contractId,
    resolved: resolved.operation !== undefined,
  };
  if (resolved.operationId !== undefined) out.operationId = resolved.operationId;
  if (resolved.method !== undefined) out.method = resolved.method;
  if (resolved.path !== undefined) out.path = resolved.path;
  if (resolved.operation?.summary !== undefined) out.summary = resolved.operation.summary;
  return out;
}

export function securitySummary(security: InteractionSecurity | undefined): string {
  if (!security) return '';
  const parts: string[] = [];
  if (security.authentication) parts.push(authenticationMethods.find((m) => m.id === security.authentication)?.name ?? security.authentication);
  if (security.encryptionInTransit === true) parts.push('encrypted in transit');
  if (security.encryptionInTransit === false) parts.push('not encrypted in transit');
  if (security.signing === true) parts.push('signed messages');
  if (security.dpiaReference) parts.push(`DPIA: ${security.dpiaReference}`);
  return parts.join('; ');
}

interface Lookup {
  project: Project;
  components: ReadonlyMap<string, Project['components'][number]>;
  elements: ReadonlyMap<string, Project['dataElements'][number]>;
}

function party(lookup: Lookup, id: string): InteropParty {
  const component = lookup.components.get(id);
  return { id, name: component?.name ?? id, missing: component === undefined };
}

function interactionRow(lookup: Lookup, base: Pick<InteropRow, 'stepId' | 'stepNumber' | 'stepTitle'>, interaction: Interaction): InteropRow {
  const { project, elements } = lookup;
  const pattern = getInteractionPattern(interaction.pattern);
  const protocolName = protocols.find((p) => p.id === interaction.protocol)?.name ?? interaction.protocol;
  const patternName = pattern?.name ?? interaction.pattern;
  const row: InteropRow = {
    ...base,
    interactionId: interaction.id,
    interactionName: interaction.name,
    initiator: party(lookup, interaction.from),
    counterpart: party(lookup, interaction.to),
    description: [interaction.purpose, interaction.description].filter((part): part is string => !!part && part.trim() !== '').join(' ') || interaction.name,
    operationKind: interaction.operationKind,
    operationKindName: operationKinds.find((k) => k.id === interaction.operationKind)?.name ?? interaction.operationKind,
    timing: pattern?.timing ?? 'sync',
    pattern: interaction.pattern,
    patternName,
    protocol: interaction.protocol,
    protocolName,
    technique: `${patternName} · ${protocolName}`,
    dataElements: interaction.dataElements.map((carried) => ({
      id: carried.elementId,
      name: elements.get(carried.elementId)?.name ?? carried.elementId,
      direction: carried.direction,
    })),
    security: interaction.security,
    securitySummary: securitySummary(interaction.security),
  };
  if (interaction.apiOperation) row.apiOperation = resolveOperation(project, interaction.apiOperation);
  if (interaction.legalBasis) {
    row.legalBasis = interaction.legalBasis;
    row.legalBasisName = getLegalBasis(interaction.legalBasis)?.name ?? interaction.legalBasis;
  }
  if (interaction.legalReference) row.legalReference = interaction.legalReference;
  return row;
}

/** The rows of the scenario's interoperability table, in step order. */
export function buildInteropTable(project: Project, scenario: Scenario): InteropRow[] {
  const interactions = byId(project.interactions);
  const lookup: Lookup = { project, components: byId(project.components), elements: byId(project.dataElements) };
  const rows: InteropRow[] = [];
  scenario.steps.forEach((step, index) => {
    const base = { stepId: step.id, stepNumber: index + 1, stepTitle: step.title };
    const found = [...new Set(step.interactionIds)].flatMap((id) => {
      const interaction = interactions.get(id);
      return interaction ? [interaction] : [];
    });
    if (found.length === 0) {
      rows.push({ ...base, description: step.notes ?? '', technique: '', dataElements: [], securitySummary: '' });
      return;
    }
    for (const interaction of found) rows.push(interactionRow(lookup, base, interaction));
  });
  return rows;
}
