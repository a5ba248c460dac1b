import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../models/validation';
import { cleanProject, validateFully } from './fixtures';

describe('the clean test project', () => {
  it('passes every rule, bpmnlint included, in both passes', async () => {
    const project = cleanProject();
    expect(validateProject(project)).toEqual([]);
    expect((await validateFully(project)).map((problem) => problem.message)).toEqual([]);
  });
});
