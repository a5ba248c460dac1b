// Identity of the sample project. Timestamps are fixed so that a fresh build reproduces the
// committed file byte for byte.

import type { ProjectMeta, ProjectSettings } from '../../../models/project/types';

export const SAMPLE_META: ProjectMeta = {
  name: 'Child Grant: registration, eligibility and payment',
  description:
    'Reference model of the Child Grant of the Republic of Maravia (a fictional country): the systems that take part, ' +
    'how they exchange data, the registration, eligibility and payment processes, the data dictionary, two API contracts ' +
    'and two interoperability scenarios. The grant pays a monthly cash transfer for every child under five in a poor ' +
    'household, with a top-up for children with a disability. It is the bundled sample of Convergence Studio.',
  country: 'Republic of Maravia (fictional; ISO 3166 user-assigned code XM / XMV)',
  programme: 'Child Grant (MV-CG), Ministry of Social Development',
  authors: [
    { name: 'Maravia Social Protection Interoperability Working Group', organisation: 'Ministry of Social Development (fictional)' },
    { name: 'Convergence Studio contributors', organisation: 'Convergence Studio' },
  ],
  licence: 'CC-BY-4.0',
  created: '2025-01-15T09:00:00Z',
  updated: '2025-06-02T14:30:00Z',
};

export const SAMPLE_SETTINGS: ProjectSettings = { rules: {} };

/** Agencies, named once so that components, interactions and process lanes agree. */
export const AGENCY = {
  mosd: 'Ministry of Social Development',
  nia: 'National Identity Authority',
  cro: 'Civil Registry Office',
  spcc: 'Social Protection Coordination Council',
  mof: 'Ministry of Finance (Treasury)',
  centralBank: 'Central Bank of Maravia',
  marapay: 'MaraPay Mobile Money Ltd',
  mict: 'Ministry of ICT and Digital Government',
  nso: 'National Statistics Office',
} as const;
