import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, type DataElement, type Interaction, type Project } from '../../../models/project/types';
import { highestSensitivity, landscapeFacts, timingOf } from '../../../models/landscape/facts';

const element = (id: string, sensitivity: DataElement['sensitivity']): DataElement => ({
  id,
  name: id,
  definition: '',
  type: 'string',
  sensitivity,
  standardRefs: [],
});

const interaction = (id: string, from: string, to: string, elementIds: string[], pattern = 'sync_request_response'): Interaction => ({
  id,
  name: id,
  from,
  to,
  pattern,
  operationKind: 'read',
  protocol: 'rest',
  dataElements: elementIds.map((elementId) => ({ elementId, direction: 'request' as const })),
  security: {},
});

function project(interactions: Interaction[]): Project {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    project: { name: 't', authors: [], created: '2025-01-01T00:00:00Z', updated: '2025-01-01T00:00:00Z' },
    components: ['mis', 'sr', 'id', 'bank'].map((id) => ({ id, name: id, type: 'sp_mis', standards: [] })),
    interactions,
    processes: [],
    dataElements: [element('age', 'none'), element('name', 'personal'), element('disability', 'sensitive')],
    codeLists: [],
    apiContracts: [],
    scenarios: [],
    settings: { rules: {} },
  };
}

describe('timingOf', () => {
  it('takes the timing class from the catalogue and treats unknown patterns as requests', () => {
    expect(timingOf('sync_request_response')).toBe('sync');
    expect(timingOf('async_request_callback')).toBe('async');
    expect(timingOf('subscribe_notify')).toBe('event');
    expect(timingOf('batch_file_exchange')).toBe('batch');
    expect(timingOf('no_such_pattern')).toBe('sync');
  });
});

describe('highestSensitivity', () => {
  it('ranks sensitive over personal over none', () => {
    expect(highestSensitivity([])).toBe('none');
    expect(highestSensitivity(['personal', 'none'])).toBe('personal');
    expect(highestSensitivity(['none', 'sensitive', 'personal'])).toBe('sensitive');
  });
});

describe('landscapeFacts', () => {
  it('gives each component the highest sensitivity of the interactions it takes part in', () => {
    const facts = landscapeFacts(
      project([
        interaction('mis-sr', 'mis', 'sr', ['age', 'name']),
        interaction('mis-id', 'mis', 'id', ['disability']),
        interaction('sr-self', 'sr', 'sr', ['age']),
      ]),
    );
    expect(facts.interactionSensitivity.get('mis-sr')).toBe('personal');
    expect(facts.interactionSensitivity.get('mis-id')).toBe('sensitive');
    expect(facts.interactionSensitivity.get('sr-self')).toBe('none');
    expect(facts.componentSensitivity.get('mis')).toBe('sensitive');
    expect(facts.componentSensitivity.get('sr')).toBe('personal');
    expect(facts.componentSensitivity.get('id')).toBe('sensitive');
    expect(facts.componentSensitivity.get('bank')).toBeUndefined();
    expect(facts.componentInteractionCount.get('mis')).toBe(2);
    expect(facts.componentInteractionCount.get('sr')).toBe(2);
    expect(facts.componentInteractionCount.get('bank')).toBeUndefined();
  });
});
