import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../models/validation';
import { cleanProject, ofRule } from './fixtures';

describe('duplicate-name', () => {
  it('warns about the second entity of a kind with the same name, ignoring case and spacing', () => {
    const project = cleanProject();
    project.components[2]!.name = ' social  REGISTRY';
    project.scenarios.push({ ...project.scenarios[0]!, id: 'enrol-child-2' });
    expect(ofRule(validateProject(project), 'duplicate-name').map((problem) => `${problem.severity} ${problem.message}`)).toEqual([
      "warning components[2].name: component ' social  REGISTRY' (crvs) has the same name as component 'sr'",
      "warning scenarios[1].title: scenario 'Enrol a child' (enrol-child-2) has the same name as scenario 'enrol-child'",
    ]);
  });

  it('allows the same name in different kinds and two versions of one contract', () => {
    const project = cleanProject();
    project.processes[0]!.name = 'Search household';
    project.apiContracts.push({ ...project.apiContracts[0]!, id: 'sr-api-2', version: '2.0.0' });
    expect(ofRule(validateProject(project), 'duplicate-name')).toEqual([]);
  });
});
