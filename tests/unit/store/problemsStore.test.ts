import { describe, expect, it } from 'vitest';
import { generateProject } from '../../../bench/generate';
import { FULL_VALIDATION, ProcessResultCache, validateProjectDeep } from '../../../models/validation';
import type { Project } from '../../../models/project/types';
import { deepProblemsOf, isFullyValidated, problemsOf } from '../../../renderer/store/problems';
import { withRuleSetting } from '../../../renderer/features/problems/ruleSettings';

/** A generated project with one unlabelled task, which bpmnlint's label-required reports. */
function projectWithLintFinding(): Project {
  const project = generateProject('S');
  const [first, ...rest] = project.processes;
  const bpmn = first!.bpmn.replace(/(<bpmn:userTask id="[^"]+") name="[^"]*"/, '$1');
  expect(bpmn).not.toBe(first!.bpmn);
  return { ...project, processes: [{ ...first!, bpmn }, ...rest] };
}

const truth = (project: Project) => validateProjectDeep(project, { ...FULL_VALIDATION, cache: new ProcessResultCache() });

describe('the problems store after a rule setting change', () => {
  it('has the full result at once, exactly what a full validation gives', async () => {
    const before = projectWithLintFinding();
    const full = await deepProblemsOf(before);
    // A rule only the full pass reports (bpmnlint reads the BPMN), so the quick pass cannot stand in for it.
    const lintRule = full.find((problem) => problem.ruleId.startsWith('bpmnlint/'))?.ruleId;
    expect(lintRule, 'the generated project has bpmnlint findings').toBeDefined();
    const otherRule = full.find((problem) => !problem.ruleId.startsWith('bpmnlint/'))!.ruleId;

    const lintOff = withRuleSetting(before, lintRule!, 'off');
    expect(isFullyValidated(lintOff)).toBe(true);
    expect(problemsOf(lintOff)).toEqual(await truth(lintOff));
    expect(problemsOf(lintOff).some((problem) => problem.ruleId === lintRule)).toBe(false);

    const bothChanged = withRuleSetting(lintOff, otherRule, 'info');
    expect(problemsOf(bothChanged)).toEqual(await truth(bothChanged));
    expect(problemsOf(bothChanged).filter((problem) => problem.ruleId === otherRule).every((problem) => problem.severity === 'info')).toBe(true);

    // Restoring the rule brings its findings back without waiting for the full pass.
    const restored = withRuleSetting(bothChanged, lintRule!, null);
    expect(isFullyValidated(restored)).toBe(true);
    expect(problemsOf(restored)).toEqual(await truth(restored));
  });

  it('waits for the full pass after any other edit', async () => {
    const before = generateProject('S');
    await deepProblemsOf(before);
    const [first, ...rest] = before.components;
    const renamed: Project = { ...before, components: [{ ...first!, name: `${first!.name} (renamed)` }, ...rest] };
    expect(isFullyValidated(renamed)).toBe(false);
    expect(await deepProblemsOf(renamed)).toEqual(await truth(renamed));
  });
});
