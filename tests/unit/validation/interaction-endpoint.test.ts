import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../models/validation';
import { cleanProject, ofRule } from './fixtures';

describe('interaction-endpoint', () => {
  it('reports a missing end and a component talking to itself', () => {
    const project = cleanProject();
    project.interactions[0]!.from = '';
    project.interactions[1]!.to = 'crvs';
    const problems = validateProject(project);
    expect(ofRule(problems, 'interaction-endpoint').map((problem) => `${problem.severity} ${problem.message}`)).toEqual([
      "error interactions[0].from: interaction 'Search household' (mis-searches-sr) has no initiating component",
      "error interactions[1].to: interaction 'Birth notification' (crvs-notifies-mis) connects component 'crvs' to itself",
    ]);
    // An empty end is not also reported as a broken reference.
    expect(ofRule(problems, 'broken-reference')).toEqual([]);
  });

  it('is silent for interactions between two components', () => {
    expect(ofRule(validateProject(cleanProject()), 'interaction-endpoint')).toEqual([]);
  });
});
