// Projects for the data-protection annex tests: the bundled sample, and a small hand-made one
// whose every answer is known.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmptyProject } from '../../../models/project/create';
import { openProjectText } from '../../../models/project/open';
import type { Interaction, Project } from '../../../models/project/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function sampleProject(): Project {
  const opened = openProjectText(readFileSync(path.join(repoRoot, 'assets', 'sample', 'child-grant.convergence'), 'utf8'));
  if (!opened.ok) throw new Error('the sample does not open');
  return opened.project;
}

export const XSS_NAME = '<img src=x onerror=alert(1)>';
export const XSS_REFERENCE = 'javascript:alert(1)';

export function interaction(partial: Partial<Interaction> & Pick<Interaction, 'id' | 'from' | 'to'>): Interaction {
  return {
    name: partial.id,
    pattern: 'sync_request_response',
    operationKind: 'read',
    protocol: 'rest',
    dataElements: [],
    security: {},
    ...partial,
  };
}

/** An MIS, a registry, a private bank; one personal flow, one sensitive flow, one without personal data. */
export function smallPrivacyProject(): Project {
  const project = createEmptyProject({ name: 'Pension test', now: '2025-01-01T00:00:00Z' });
  project.components = [
    { id: 'mis', name: 'Pension MIS', type: 'sp_mis', standards: [], ownerAgency: 'Ministry' },
    { id: 'registry', name: 'Registry', type: 'social_registry', standards: [] },
    { id: 'bank', name: 'Bank', type: 'bank_psp', standards: [] },
  ];
  project.dataElements = [
    { id: 'person.id', name: 'Person id', definition: 'id', type: 'identifier', sensitivity: 'personal', category: 'identity', standardRefs: [] },
    { id: 'person.health', name: 'Health status', definition: 'health', type: 'code', sensitivity: 'sensitive', category: 'health', standardRefs: [] },
    { id: 'batch.id', name: 'Batch id', definition: 'batch', type: 'identifier', sensitivity: 'none', category: 'payment', standardRefs: [] },
  ];
  project.interactions = [
    interaction({
      id: 'read-profile',
      name: 'Read profile',
      from: 'mis',
      to: 'registry',
      purpose: 'Assess eligibility',
      legalBasis: 'public_task',
      legalReference: 'Pensions Act, s. 3',
      security: { authentication: 'oauth2', encryptionInTransit: true, signing: false, dpiaReference: 'DPIA-1' },
      retention: '5 years',
      crossBorder: false,
      volume: 'about 200 a day',
      dataElements: [
        { elementId: 'person.id', direction: 'request' },
        { elementId: 'person.id', direction: 'response' },
        { elementId: 'person.health', direction: 'response' },
        { elementId: 'batch.id', direction: 'response' },
      ],
    }),
    interaction({
      id: 'pay',
      name: 'Pay',
      from: 'mis',
      to: 'bank',
      dataElements: [{ elementId: 'person.id', direction: 'request' }],
    }),
    interaction({ id: 'totals', name: 'Totals', from: 'mis', to: 'bank', dataElements: [{ elementId: 'batch.id', direction: 'request' }] }),
  ];
  project.scenarios = [
    { id: 'paying', title: 'Paying', actors: [], steps: [{ id: 's1', title: 'Pay', interactionIds: ['pay'] }] },
  ];
  return project;
}
