import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../models/validation';
import { cleanProject, ofRule } from './fixtures';

describe('sensitive-data-protection', () => {
  it('reports sensitive data without encryption in transit or DPIA reference', () => {
    const project = cleanProject();
    project.interactions[0]!.security = { authentication: 'oauth2' };
    expect(ofRule(validateProject(project), 'sensitive-data-protection').map((problem) => `${problem.severity} ${problem.message}`)).toEqual([
      "error interactions[0].security.encryptionInTransit: interaction 'Search household' (mis-searches-sr) carries sensitive data (member.is_disabled) without encryption in transit",
      "error interactions[0].security.dpiaReference: interaction 'Search household' (mis-searches-sr) carries sensitive data (member.is_disabled) without a data-protection impact assessment reference",
    ]);
  });

  it('is silent for protected flows and for flows of merely personal data', () => {
    const project = cleanProject();
    project.interactions[1]!.security = {};
    expect(ofRule(validateProject(project), 'sensitive-data-protection')).toEqual([]);
  });
});
