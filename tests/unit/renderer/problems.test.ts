import { describe, expect, it } from 'vitest';
import { createEmptyProject } from '../../../models/project/create';
import type { Project } from '../../../models/project/types';
import { deepProblemsOf, problemCountsOf, problemsOf } from '../../../renderer/store/problems';

function projectWithBrokenBpmn(): Project {
  const project = createEmptyProject({ name: 'Broken', now: '2024-01-01T00:00:00.000Z' });
  return {
    ...project,
    processes: [{ id: 'intake', name: 'Intake', phase: 'assess', bpmn: '<bpmn:definitions' }],
  };
}

describe('problems of the open project', () => {
  it('gives the document checks at once and the BPMN checks once the deep pass has run', async () => {
    const project = projectWithBrokenBpmn();
    expect(problemsOf(project).some((problem) => problem.ruleId === 'bpmn-parse-error')).toBe(false);

    const deep = await deepProblemsOf(project);
    expect(deep.some((problem) => problem.ruleId === 'bpmn-parse-error')).toBe(true);
    expect(problemsOf(project)).toBe(deep);
    expect(problemCountsOf(project).errors).toBe(deep.filter((problem) => problem.severity === 'error').length);
    expect(problemCountsOf(project).errors).toBeGreaterThan(0);
  });

  it('keeps results per document: an edited copy is checked anew', async () => {
    const project = projectWithBrokenBpmn();
    await deepProblemsOf(project);
    const fixed: Project = { ...project, processes: [] };
    expect(problemsOf(fixed).some((problem) => problem.ruleId === 'bpmn-parse-error')).toBe(false);
    expect(await deepProblemsOf(fixed)).toEqual([]);
  });
});
