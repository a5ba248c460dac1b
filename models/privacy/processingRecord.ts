// The record of processing: every interaction that carries personal or sensitive data, with
// who sends it to whom, what, why, on which legal basis, how it is protected and how long it is kept.

import { authenticationMethods, componentSector, getDataCategory, getLegalBasis, sensitivityRank } from '../catalog';
import type { DataElement, Interaction, Project } from '../project/types';
import { SECTOR_NAMES } from './labels';
import { resolveScope } from './scope';
import type { PrivacyOptions, ProcessingCategory, ProcessingDataElement, ProcessingParty, ProcessingRecordRow } from './types';

export function buildProcessingRecord(project: Project, options: PrivacyOptions = {}): ProcessingRecordRow[] {
  const scope = resolveScope(project, options);
  const elementsById = new Map(project.dataElements.map((element) => [element.id, element]));
  const componentsById = new Map(project.components.map((component) => [component.id, component]));
  const party = (id: string): ProcessingParty => {
    const component = componentsById.get(id);
    const sector = componentSector(component ?? { type: '' });
    return {
      id,
      name: component?.name ?? id,
      ...(component?.ownerAgency ? { ownerAgency: component.ownerAgency } : {}),
      sector,
      sectorName: SECTOR_NAMES[sector],
      known: component !== undefined,
    };
  };
  const rows: ProcessingRecordRow[] = [];
  for (const interaction of scope.interactions) {
    const carried = personalElements(interaction, elementsById);
    if (carried.length === 0) continue;
    rows.push(buildRow(interaction, carried, party));
  }
  return rows;
}

/** The personal elements an interaction carries, each once, with the direction(s) it travels. */
export function personalElements(interaction: Interaction, elementsById: ReadonlyMap<string, DataElement>): ProcessingDataElement[] {
  const byId = new Map<string, ProcessingDataElement>();
  for (const ref of interaction.dataElements) {
    const element = elementsById.get(ref.elementId);
    if (!element || element.sensitivity === 'none') continue;
    const seen = byId.get(element.id);
    if (seen) {
      if (seen.direction !== ref.direction) seen.direction = 'both';
      continue;
    }
    byId.set(element.id, {
      id: element.id,
      name: element.name,
      sensitivity: element.sensitivity,
      ...(element.category ? { category: element.category } : {}),
      direction: ref.direction,
    });
  }
  return [...byId.values()];
}

function buildRow(
  interaction: Interaction,
  carried: ProcessingDataElement[],
  party: (id: string) => ProcessingParty,
): ProcessingRecordRow {
  const categories = new Map<string, ProcessingCategory>();
  for (const element of carried) {
    const id = element.category ?? '';
    if (!categories.has(id)) categories.set(id, { id, name: id === '' ? 'Uncategorised' : (getDataCategory(id)?.name ?? id) });
  }
  const highest = Math.max(...carried.map((element) => sensitivityRank(element.sensitivity)));
  const basis = interaction.legalBasis ? getLegalBasis(interaction.legalBasis) : undefined;
  const security = interaction.security;
  const authenticationName = security.authentication
    ? authenticationMethods.find((method) => method.id === security.authentication)?.name
    : undefined;
  const row: ProcessingRecordRow = {
    interactionId: interaction.id,
    interactionName: interaction.name,
    from: party(interaction.from),
    to: party(interaction.to),
    dataCategories: [...categories.values()],
    dataElements: carried,
    sensitivity: highest >= 2 ? 'sensitive' : 'personal',
    security: {
      ...(security.authentication ? { authentication: security.authentication } : {}),
      ...(authenticationName ? { authenticationName } : {}),
      ...(security.encryptionInTransit !== undefined ? { encryptionInTransit: security.encryptionInTransit } : {}),
      ...(security.signing !== undefined ? { signing: security.signing } : {}),
      ...(security.dpiaReference ? { dpiaReference: security.dpiaReference } : {}),
    },
  };
  if (interaction.purpose) row.purpose = interaction.purpose;
  if (interaction.legalBasis) {
    row.legalBasis = basis
      ? { id: basis.id, name: basis.name, gdprRef: basis.gdprRef, known: true }
      : { id: interaction.legalBasis, name: interaction.legalBasis, known: false };
  }
  if (interaction.legalReference) row.legalReference = interaction.legalReference;
  if (interaction.retention) row.retention = interaction.retention;
  if (interaction.crossBorder !== undefined) row.crossBorder = interaction.crossBorder;
  if (interaction.volume) row.volume = interaction.volume;
  if (interaction.frequency) row.frequency = interaction.frequency;
  return row;
}
