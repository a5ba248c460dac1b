import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../models/validation';
import { cleanProject, ofRule } from './fixtures';

describe('dictionary-definition-missing', () => {
  it('warns about a data element with a blank definition', () => {
    const project = cleanProject();
    project.dataElements[2]!.definition = ' ';
    expect(ofRule(validateProject(project), 'dictionary-definition-missing')).toEqual([
      {
        ruleId: 'dictionary-definition-missing',
        severity: 'warning',
        message: "dataElements[2].definition: data element 'Disability flag' (member.is_disabled) has no definition",
        path: 'dataElements[2].definition',
        target: { kind: 'dataElements', id: 'member.is_disabled' },
      },
    ]);
  });

  it('is silent when every element is defined', () => {
    expect(ofRule(validateProject(cleanProject()), 'dictionary-definition-missing')).toEqual([]);
  });
});
