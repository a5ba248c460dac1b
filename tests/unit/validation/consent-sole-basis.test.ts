import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../models/validation';
import { cleanProject, ofRule } from './fixtures';

describe('consent-sole-basis', () => {
  it('warns when programme processing with a public body rests on consent alone', () => {
    const project = cleanProject();
    project.interactions[1]!.legalBasis = 'consent';
    expect(ofRule(validateProject(project), 'consent-sole-basis').map((problem) => `${problem.severity} ${problem.path}`)).toEqual([
      'warning interactions[1].legalBasis',
    ]);
  });

  it('accepts consent for a login the person starts, and between private parties', () => {
    const login = cleanProject();
    login.interactions[1]!.legalBasis = 'consent';
    login.interactions[1]!.pattern = 'oidc_authentication';
    expect(ofRule(validateProject(login), 'consent-sole-basis')).toEqual([]);
    const privateFlow = cleanProject();
    privateFlow.interactions[1]!.legalBasis = 'consent';
    privateFlow.components[0]!.sector = 'private';
    privateFlow.components[2]!.sector = 'private';
    expect(ofRule(validateProject(privateFlow), 'consent-sole-basis')).toEqual([]);
  });
});
