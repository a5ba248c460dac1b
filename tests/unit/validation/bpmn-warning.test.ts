import { describe, expect, it } from 'vitest';
import { cleanProject, ofRule, validateFully } from './fixtures';

describe('bpmn-warning', () => {
  it('reports parts of the BPMN that were skipped', async () => {
    const project = cleanProject();
    project.processes[0]!.bpmn = project.processes[0]!.bpmn.replace('<bpmn:incoming>', '<bpmn:frobnicate/><bpmn:incoming>');
    const problems = ofRule(await validateFully(project), 'bpmn-warning');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^processes\[0\]\.bpmn: unparsable content <bpmn:frobnicate\/> detected/);
    expect(problems[0]!.severity).toBe('warning');
  });

  it('is silent for clean BPMN', async () => {
    expect(ofRule(await validateFully(cleanProject()), 'bpmn-warning')).toEqual([]);
  });
});
