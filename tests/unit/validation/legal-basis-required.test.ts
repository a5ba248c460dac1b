import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../models/validation';
import { cleanProject, ofRule } from './fixtures';

describe('legal-basis-required', () => {
  it('reports personal data carried without a legal basis or a purpose', () => {
    const project = cleanProject();
    delete project.interactions[1]!.legalBasis;
    project.interactions[1]!.purpose = '  ';
    expect(ofRule(validateProject(project), 'legal-basis-required').map((problem) => [problem.severity, problem.path])).toEqual([
      ['error', 'interactions[1].legalBasis'],
      ['error', 'interactions[1].purpose'],
    ]);
  });

  it('does not ask for a basis when no personal data is carried', () => {
    const project = cleanProject();
    // interactions[2] carries only programme.name (sensitivity none) and has neither.
    expect(project.interactions[2]!.legalBasis).toBeUndefined();
    expect(ofRule(validateProject(project), 'legal-basis-required')).toEqual([]);
  });
});
