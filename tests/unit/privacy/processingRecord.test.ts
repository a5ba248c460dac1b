import { describe, expect, it } from 'vitest';
import { buildProcessingRecord } from '../../../models/privacy';
import { sampleProject, smallPrivacyProject } from './fixtures';

describe('buildProcessingRecord', () => {
  it('has one row per flow of personal data, none for flows without it', () => {
    const rows = buildProcessingRecord(smallPrivacyProject());
    expect(rows.map((row) => row.interactionId)).toEqual(['read-profile', 'pay']);
  });

  it('records parties, categories, sensitivity, basis, security, retention and transfer', () => {
    const [row] = buildProcessingRecord(smallPrivacyProject());
    expect(row).toMatchObject({
      interactionName: 'Read profile',
      from: { id: 'mis', name: 'Pension MIS', sector: 'public', ownerAgency: 'Ministry', known: true },
      to: { id: 'registry', name: 'Registry', sector: 'public' },
      dataCategories: [
        { id: 'identity', name: 'Identity' },
        { id: 'health', name: 'Health and disability' },
      ],
      sensitivity: 'sensitive',
      purpose: 'Assess eligibility',
      legalBasis: { id: 'public_task', name: 'Public task', gdprRef: 'Art. 6(1)(e)', known: true },
      legalReference: 'Pensions Act, s. 3',
      security: { authentication: 'oauth2', authenticationName: 'OAuth 2.0 client credentials', encryptionInTransit: true, signing: false, dpiaReference: 'DPIA-1' },
      retention: '5 years',
      crossBorder: false,
    });
    // An element sent and returned appears once; the non-personal batch id not at all.
    expect(row!.dataElements).toEqual([
      { id: 'person.id', name: 'Person id', sensitivity: 'personal', category: 'identity', direction: 'both' },
      { id: 'person.health', name: 'Health status', sensitivity: 'sensitive', category: 'health', direction: 'response' },
    ]);
  });

  it('uses the sector default of the component type, and the component own sector when set', () => {
    const project = smallPrivacyProject();
    expect(buildProcessingRecord(project)[1]!.to).toMatchObject({ sector: 'private', sectorName: 'Private company' });
    project.components[2] = { ...project.components[2]!, sector: 'non_profit' };
    expect(buildProcessingRecord(project)[1]!.to).toMatchObject({ sector: 'non_profit', sectorName: 'Non-profit organisation' });
  });

  it('leaves unrecorded facts absent and marks missing components and unknown legal bases', () => {
    const project = smallPrivacyProject();
    project.interactions[1] = { ...project.interactions[1]!, to: 'ghost', legalBasis: 'whim' };
    const row = buildProcessingRecord(project)[1]!;
    expect(row.to).toMatchObject({ id: 'ghost', name: 'ghost', known: false });
    expect(row.legalBasis).toEqual({ id: 'whim', name: 'whim', known: false });
    expect(row.purpose).toBeUndefined();
    expect(row.retention).toBeUndefined();
    expect(row.crossBorder).toBeUndefined();
  });

  it('limits the record to the interactions of a scenario, and to nothing for an unknown scenario', () => {
    const project = smallPrivacyProject();
    expect(buildProcessingRecord(project, { scenarioId: 'paying' }).map((row) => row.interactionId)).toEqual(['pay']);
    expect(buildProcessingRecord(project, { scenarioId: 'nope' })).toEqual([]);
  });

  it('covers every personal flow of the sample, each with a legal basis, purpose and retention', () => {
    const project = sampleProject();
    const rows = buildProcessingRecord(project);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThanOrEqual(project.interactions.length);
    for (const row of rows) {
      expect(row.legalBasis?.known, row.interactionId).toBe(true);
      expect(row.purpose, row.interactionId).toBeTruthy();
      expect(row.retention, row.interactionId).toBeTruthy();
      expect(row.crossBorder, row.interactionId).toBe(false);
    }
    expect(rows.find((row) => row.interactionId === 'mis-reads-household-profile')?.sensitivity).toBe('sensitive');
  });
});
