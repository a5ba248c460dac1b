import { describe, expect, it } from 'vitest';
import {
  CUSTOM_COMPONENT_TYPE,
  authenticationMethods,
  catalogCodeLists,
  catalogDataElements,
  componentGroups,
  componentTypes,
  deliveryChainPhases,
  deliveryChainSteps,
  getComponentType,
  getDeliveryChainPhase,
  getDeliveryChainStep,
  getInteractionPattern,
  getLegalBasis,
  interactionPatterns,
  legalBases,
  operationKinds,
  protocols,
  sensitivityLevels,
  sensitivityRank,
} from '../../../models/catalog';
import { dataElementSchema, codeListSchema } from '../../../models/project/schema';

const duplicates = (values: readonly string[]): string[] => values.filter((value, i) => values.indexOf(value) !== i);

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('component types', () => {
  it('has the 28 catalogue types with unique ids, plus custom', () => {
    expect(componentTypes).toHaveLength(28);
    expect(duplicates(componentTypes.map((type) => type.id))).toEqual([]);
    expect(componentTypes.some((type) => type.id === CUSTOM_COMPONENT_TYPE)).toBe(false);
    expect(getComponentType(CUSTOM_COMPONENT_TYPE)?.group).toBe('custom');
    expect(getComponentType('social_registry')?.shortName).toBe('Social registry');
    expect(getComponentType('registy')).toBeUndefined();
  });

  it('gives every type a known group, a name, a description and at least one standard', () => {
    const groupIds = new Set(componentGroups.map((group) => group.id));
    for (const type of componentTypes) {
      expect(groupIds.has(type.group), type.id).toBe(true);
      expect(type.group).not.toBe('custom');
      expect(type.name.length, type.id).toBeGreaterThan(0);
      expect(type.shortName.length, type.id).toBeLessThanOrEqual(24);
      expect(type.description.length, type.id).toBeGreaterThan(20);
      expect(type.typicalStandards.length, type.id).toBeGreaterThan(0);
    }
    for (const group of componentGroups.filter((g) => g.id !== 'custom')) {
      expect(componentTypes.some((type) => type.group === group.id), group.id).toBe(true);
    }
  });

  it('gives every type (and custom) a distinct colour legible with white text', () => {
    const all = [...componentTypes, getComponentType(CUSTOM_COMPONENT_TYPE)!];
    expect(duplicates(all.map((type) => type.colour.toLowerCase()))).toEqual([]);
    for (const type of all) {
      expect(type.colour, type.id).toMatch(/^#[0-9a-f]{6}$/i);
      const contrastWithWhite = 1.05 / (relativeLuminance(type.colour) + 0.05);
      expect(contrastWithWhite, type.id).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives every type a distinct, well-formed icon inside the 24x24 box', () => {
    const all = [...componentTypes, getComponentType(CUSTOM_COMPONENT_TYPE)!];
    expect(duplicates(all.map((type) => type.iconPath))).toEqual([]);
    for (const type of all) {
      expect(type.iconPath, type.id).toMatch(/^M[-0-9. MLHVAZC]+Z$/);
      // Every coordinate-like number stays within the view box.
      const numbers = type.iconPath.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(Math.min(...numbers), type.id).toBeGreaterThanOrEqual(0);
      expect(Math.max(...numbers), type.id).toBeLessThanOrEqual(24);
    }
  });
});

describe('delivery chain', () => {
  it('has four ordered phases and 14 steps whose phase exists', () => {
    expect(deliveryChainPhases.map((phase) => phase.id)).toEqual(['assess', 'enroll', 'provide', 'manage']);
    expect(deliveryChainSteps).toHaveLength(14);
    expect(duplicates(deliveryChainSteps.map((step) => step.id))).toEqual([]);
    for (const step of deliveryChainSteps) expect(getDeliveryChainPhase(step.phase), step.id).toBeDefined();
    const orders = deliveryChainSteps.map((step) => step.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    // Steps of an earlier phase never come after steps of a later one.
    const phaseOrders = deliveryChainSteps.map((step) => getDeliveryChainPhase(step.phase)!.order);
    expect(phaseOrders).toEqual([...phaseOrders].sort((a, b) => a - b));
    expect(getDeliveryChainStep('intake_registration')?.phase).toBe('assess');
    expect(getDeliveryChainStep('assess')).toBeUndefined();
  });
});

describe('vocabularies', () => {
  it('lists the 13 interaction patterns with a timing', () => {
    expect(interactionPatterns).toHaveLength(13);
    expect(duplicates(interactionPatterns.map((pattern) => pattern.id))).toEqual([]);
    expect(getInteractionPattern('subscribe_notify')?.timing).toBe('event');
    expect(getInteractionPattern('batch_file_exchange')?.timing).toBe('batch');
  });

  it('covers exactly the literal types of the document', () => {
    expect(operationKinds.map((kind) => kind.id)).toEqual(['read', 'create', 'update', 'delete', 'notify', 'verify']);
    expect(protocols.map((protocol) => protocol.id)).toEqual(['rest', 'soap', 'graphql', 'message_queue', 'sftp_file', 'other']);
    expect(duplicates(authenticationMethods.map((method) => method.id))).toEqual([]);
    expect(authenticationMethods).toHaveLength(8);
  });

  it('ranks sensitivity none < personal < sensitive', () => {
    expect(sensitivityLevels.map((level) => [level.id, level.rank])).toEqual([
      ['none', 0],
      ['personal', 1],
      ['sensitive', 2],
    ]);
    expect(sensitivityRank('sensitive')).toBeGreaterThan(sensitivityRank('personal'));
  });

  it('has the six GDPR legal bases, legitimate interests closed to public authorities', () => {
    expect(legalBases.map((basis) => basis.id)).toEqual([
      'consent',
      'contract',
      'legal_obligation',
      'vital_interests',
      'public_task',
      'legitimate_interests',
    ]);
    expect(getLegalBasis('legitimate_interests')?.availableToPublicAuthorities).toBe(false);
    expect(legalBases.filter((basis) => !basis.availableToPublicAuthorities)).toHaveLength(1);
  });
});

describe('catalogue data dictionary', () => {
  it('has 73 elements with unique ids that are valid DataElements', () => {
    expect(catalogDataElements).toHaveLength(73);
    expect(duplicates(catalogDataElements.map((element) => element.id))).toEqual([]);
    for (const element of catalogDataElements) {
      const result = dataElementSchema.safeParse(element);
      expect(result.success, `${element.id}: ${result.success ? '' : result.error.message}`).toBe(true);
      expect(element.standardRefs.length, element.id).toBeGreaterThan(0);
    }
  });

  it('refers only to catalogue code lists, which are valid and have unique codes', () => {
    const listIds = new Set(catalogCodeLists.map((list) => list.id));
    expect(listIds.size).toBe(catalogCodeLists.length);
    for (const element of catalogDataElements) {
      if (element.codeListId !== undefined) expect(listIds.has(element.codeListId), element.id).toBe(true);
    }
    for (const list of catalogCodeLists) {
      expect(codeListSchema.safeParse(list).success, list.id).toBe(true);
      expect(duplicates(list.values.map((value) => value.code)), list.id).toEqual([]);
    }
    expect(catalogCodeLists.find((list) => list.id === 'sex')?.values.map((value) => value.code)).toEqual([
      'male',
      'female',
      'other',
      'unknown',
    ]);
  });

  it('marks health and biometric data as sensitive', () => {
    const sensitive = catalogDataElements.filter((element) => element.sensitivity === 'sensitive').map((element) => element.id);
    expect(sensitive).toEqual(expect.arrayContaining(['member.is_disabled', 'identity.biometric_data', 'health.condition']));
  });
});
