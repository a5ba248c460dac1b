import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../models/validation';
import { cleanProject, ofRule, validateFully } from './fixtures';

describe('unknown-catalog-id', () => {
  it('warns about ids the catalogue does not know', async () => {
    const project = cleanProject();
    project.components[1]!.type = 'registy';
    project.interactions[1]!.pattern = 'carrier_pigeon';
    project.processes[0]!.bpmn = project.processes[0]!.bpmn.replace('usage="updates"', 'usage="peeks"');
    const problems = ofRule(await validateFully(project), 'unknown-catalog-id');
    expect(problems.map((problem) => `${problem.severity} ${problem.message}`)).toEqual([
      "warning components[1].type: unknown component type 'registy'",
      "warning interactions[1].pattern: unknown interaction pattern 'carrier_pigeon'",
      "warning processes[0].bpmn#Task_record: step 'Record household' (Task_record) uses data element 'person.identifier' with unknown usage 'peeks' (expected one of reads, creates, updates, verifies)",
    ]);
  });

  it('accepts catalogue ids and the custom component type', () => {
    const project = cleanProject();
    project.components[2]!.type = 'custom';
    expect(ofRule(validateProject(project), 'unknown-catalog-id')).toEqual([]);
  });
});
