import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmptyProject } from '../../../models/project/create';
import { openProjectText } from '../../../models/project/open';
import { serializeProject } from '../../../models/project/serialize';
import type { Project } from '../../../models/project/types';
import { validProject } from './arbitraries';
import { NOW, smallProject } from './fixtures';

function reopen(text: string): Project {
  const result = openProjectText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.project;
}

describe('serializeProject', () => {
  it('writes 2-space JSON with a trailing newline and the documented key order', () => {
    const text = serializeProject(createEmptyProject({ name: 'Empty', now: NOW }));
    expect(text).toBe(`{
  "schemaVersion": 3,
  "project": {
    "name": "Empty",
    "authors": [],
    "created": "${NOW}",
    "updated": "${NOW}"
  },
  "components": [],
  "interactions": [],
  "processes": [],
  "dataElements": [],
  "codeLists": [],
  "apiContracts": [],
  "scenarios": [],
  "settings": {
    "rules": {}
  }
}
`);
  });

  it('puts id and name first whatever order the object was built in, and drops undefined fields', () => {
    const project = smallProject();
    project.components = [
      { standards: ['X'], description: undefined, type: 'crvs', name: 'CRVS', id: 'crvs', position: { y: 2, x: 1 } },
    ];
    project.settings.rules = { 'zeta-rule': 'off', 'alpha-rule': 'info' };
    const text = serializeProject(project);
    expect(text).toContain(`"components": [
    {
      "id": "crvs",
      "name": "CRVS",
      "type": "crvs",
      "standards": [
        "X"
      ],
      "position": {
        "x": 1,
        "y": 2
      }
    }
  ]`);
    expect(text.indexOf('alpha-rule')).toBeLessThan(text.indexOf('zeta-rule'));
    expect(text).not.toContain('description');
  });

  it('reproduces the same bytes after open of a canonical file (property)', () => {
    fc.assert(
      fc.property(validProject, (project) => {
        const text = serializeProject(project);
        expect(serializeProject(reopen(text))).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every value through a save and open (property)', () => {
    fc.assert(
      fc.property(validProject, (project) => {
        expect(reopen(serializeProject(project))).toEqual(project);
      }),
      { numRuns: 100 },
    );
  });

  it('does not change the project it writes', () => {
    const project = smallProject();
    project.settings.rules = { b: 'off', a: 'error' };
    const before = structuredClone(project);
    serializeProject(project);
    expect(project).toEqual(before);
    expect(Object.keys(project.settings.rules)).toEqual(['b', 'a']);
  });
});
