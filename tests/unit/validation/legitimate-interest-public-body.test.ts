import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../models/validation';
import { cleanProject, ofRule } from './fixtures';

describe('legitimate-interest-public-body', () => {
  it('reports legitimate interests on a flow with a public body', () => {
    const project = cleanProject();
    project.interactions[0]!.legalBasis = 'legitimate_interests';
    expect(ofRule(validateProject(project), 'legitimate-interest-public-body').map((problem) => `${problem.severity} ${problem.message}`)).toEqual([
      "error interactions[0].legalBasis: interaction 'Search household' (mis-searches-sr) relies on legitimate interests but 'Programme MIS' (mis) and 'Social registry' (sr) are public bodies",
    ]);
  });

  it('accepts it between private operators (component sector, schema 3) and public task for public bodies', () => {
    const project = cleanProject();
    project.interactions[0]!.legalBasis = 'legitimate_interests';
    project.components[0]!.sector = 'private';
    project.components[1]!.sector = 'non_profit';
    expect(ofRule(validateProject(project), 'legitimate-interest-public-body')).toEqual([]);
    expect(ofRule(validateProject(cleanProject()), 'legitimate-interest-public-body')).toEqual([]);
  });
});
