import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../models/validation';
import { cleanProject, ENROLMENT_TASKS, linearBpmn, ofRule, validateFully } from './fixtures';

/** The clean project where the search step only verifies the disability flag it gets back. */
function verifyingSearch() {
  const project = cleanProject();
  const tasks = ENROLMENT_TASKS.map((task) =>
    task.id === 'Task_search'
      ? { ...task, links: task.links!.replace('usage="reads"/>', 'usage="reads"/><cs:dataRef elementId="member.is_disabled" usage="verifies"/>') }
      : { ...task, links: task.links!.replace('<cs:dataRef elementId="member.is_disabled" usage="reads"/>', '') },
  );
  project.processes[0]!.bpmn = linearBpmn('P_enrolment', tasks);
  return project;
}

describe('data-minimisation', () => {
  it('suggests a yes/no verification when the linked step only verifies the returned record', async () => {
    const problems = ofRule(await validateFully(verifyingSearch()), 'data-minimisation');
    expect(problems.map((problem) => `${problem.severity} ${problem.message}`)).toEqual([
      "warning interactions[0].operationKind: interaction 'Search household' (mis-searches-sr) returns full records (member.is_disabled) but step 'Search household' (Task_search) only verifies them: a yes/no verification would do",
    ]);
  });

  it('reports returned personal data that no step of the process uses', async () => {
    const project = cleanProject();
    project.dataElements.push({ id: 'contact.phone', name: 'Phone', definition: 'Mobile number.', type: 'string', sensitivity: 'personal', standardRefs: [] });
    project.interactions[0]!.dataElements.push({ elementId: 'contact.phone', direction: 'response' });
    expect(ofRule(await validateFully(project), 'data-minimisation').map((problem) => problem.path)).toEqual(['interactions[0].dataElements[2]']);
  });

  it('is silent for a verification operation, for used data, and before the BPMN is read', async () => {
    const verification = verifyingSearch();
    verification.interactions[0]!.pattern = 'verification_yes_no';
    verification.interactions[0]!.operationKind = 'verify';
    expect(ofRule(await validateFully(verification), 'data-minimisation')).toEqual([]);
    expect(ofRule(await validateFully(cleanProject()), 'data-minimisation')).toEqual([]);
    expect(ofRule(validateProject(verifyingSearch()), 'data-minimisation')).toEqual([]);
  });
});
