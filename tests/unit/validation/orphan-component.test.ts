import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../models/validation';
import { cleanProject, ofRule } from './fixtures';

describe('orphan-component', () => {
  it('warns about a component in no interaction', () => {
    const project = cleanProject();
    project.components.push({ id: 'gis', name: 'GIS', type: 'data_analytics', standards: [] });
    expect(ofRule(validateProject(project), 'orphan-component')).toEqual([
      {
        ruleId: 'orphan-component',
        severity: 'warning',
        message: "components[3]: component 'GIS' (gis) takes part in no interaction",
        path: 'components[3]',
        target: { kind: 'components', id: 'gis' },
      },
    ]);
  });

  it('is silent when every component exchanges data', () => {
    expect(ofRule(validateProject(cleanProject()), 'orphan-component')).toEqual([]);
  });
});
