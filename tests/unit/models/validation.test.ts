import { describe, expect, it } from 'vitest';
import { validateProject, validateProjectDeep, validationRules } from '../../../models/validation';
import { bpmnWithTasks, smallProject } from './fixtures';
import { cleanProject } from '../validation/fixtures';

// This file covers the reference and BPMN-reading rules; every other rule has its own file in
// tests/unit/validation/, and the small project does not satisfy them (no purposes, no DPIA...).
const COVERED = new Set(['broken-reference', 'unknown-catalog-id', 'bpmn-parse-error', 'bpmn-warning']);
const covered = (problems: Awaited<ReturnType<typeof validateProjectDeep>>) => problems.filter((problem) => COVERED.has(problem.ruleId));

const summary = (problems: Awaited<ReturnType<typeof validateProjectDeep>>) =>
  covered(problems).map((problem) => `${problem.severity} ${problem.ruleId} ${problem.message}`);

describe('validateProject', () => {
  it('finds nothing wrong in a consistent project', async () => {
    const project = cleanProject();
    expect(validateProject(project)).toEqual([]);
    expect(await validateProjectDeep(project)).toEqual([]);
  });

  it('reports every broken reference as an error with its path and target', () => {
    const project = smallProject();
    project.interactions[0]!.from = 'nobody';
    project.interactions[0]!.to = 'nowhere';
    project.interactions[0]!.dataElements[1]!.elementId = 'person.shoe_size';
    project.interactions[0]!.apiOperation = { contractId: 'lost-api' };
    project.dataElements[1]!.codeListId = 'gender';
    project.scenarios[0]!.processId = 'old-process';
    project.scenarios[0]!.steps[0]!.interactionIds = ['mis-searches-sr', 'gone'];
    const problems = covered(validateProject(project));
    expect(summary(problems)).toEqual([
      "error broken-reference interactions[0].from: unknown component 'nobody'",
      "error broken-reference interactions[0].to: unknown component 'nowhere'",
      "error broken-reference interactions[0].dataElements[1].elementId: unknown data element 'person.shoe_size'",
      "error broken-reference interactions[0].apiOperation.contractId: unknown API contract 'lost-api'",
      "error broken-reference dataElements[1].codeListId: unknown code list 'gender'",
      "error broken-reference scenarios[0].processId: unknown process 'old-process'",
      "error broken-reference scenarios[0].steps[0].interactionIds[1]: unknown interaction 'gone'",
    ]);
    expect(problems[0]).toEqual({
      ruleId: 'broken-reference',
      severity: 'error',
      message: "interactions[0].from: unknown component 'nobody'",
      path: 'interactions[0].from',
      target: { kind: 'interactions', id: 'mis-searches-sr' },
    });
    expect(problems[4]!.target).toEqual({ kind: 'dataElements', id: 'person.sex' });
  });

  it('warns about ids the catalogue does not know', () => {
    const project = smallProject();
    project.components[1]!.type = 'registy';
    project.components[2]!.type = 'custom';
    project.interactions[1]!.pattern = 'carrier_pigeon';
    project.interactions[0]!.legalBasis = 'because';
    project.processes[0]!.phase = 'intake_registration';
    expect(summary(validateProject(project))).toEqual([
      "warning unknown-catalog-id components[1].type: unknown component type 'registy'",
      "warning unknown-catalog-id interactions[0].legalBasis: unknown legal basis 'because'",
      "warning unknown-catalog-id interactions[1].pattern: unknown interaction pattern 'carrier_pigeon'",
      "warning unknown-catalog-id processes[0].phase: unknown delivery-chain phase 'intake_registration' ('intake_registration' is a delivery-chain step; its phase is 'assess')",
    ]);
  });

  it('applies the project rule overrides: a new severity or off', () => {
    const project = smallProject();
    project.components[1]!.type = 'registy';
    project.interactions[0]!.from = 'nobody';
    project.settings.rules = { 'unknown-catalog-id': 'error', 'broken-reference': 'off' };
    expect(summary(validateProject(project))).toEqual(["error unknown-catalog-id components[1].type: unknown component type 'registy'"]);
    project.settings.rules = { 'unknown-catalog-id': 'info' };
    expect(covered(validateProject(project)).map((problem) => problem.severity)).toEqual(['info', 'error']);
  });

  it('describes every rule it can report', () => {
    expect(validationRules.map((rule) => rule.id)).toEqual(expect.arrayContaining(['broken-reference', 'unknown-catalog-id', 'bpmn-parse-error', 'bpmn-warning']));
  });
});

describe('validateProjectDeep', () => {
  it('reports BPMN that cannot be read, and reading warnings, with the process path', async () => {
    const project = smallProject();
    project.processes.push(
      { id: 'broken', name: 'Broken', phase: 'manage', bpmn: '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="P">' },
      {
        id: 'odd',
        name: 'Odd',
        phase: 'manage',
        bpmn: bpmnWithTasks('P_odd', [{ id: 'T1', name: 'One' }]).replace('<bpmn:task id="T1" name="One" />', '<bpmn:task id="T1" name="One"><bpmn:frobnicate/></bpmn:task><bpmn:sequenceFlow id="F1" sourceRef="T1" targetRef="Missing"/>'),
      },
    );
    const problems = covered(await validateProjectDeep(project));
    expect(summary(problems)).toEqual([
      'error bpmn-parse-error processes[1].bpmn: unparsable content detected: unexpected end of file (line 1, column 97)',
      'warning bpmn-warning processes[2].bpmn: unparsable content <bpmn:frobnicate/> detected: unknown type <bpmn:Frobnicate> (line 4, column 35)',
      'warning bpmn-warning processes[2].bpmn: unresolved reference <Missing>',
    ]);
    expect(problems[0]!.target).toEqual({ kind: 'processes', id: 'broken' });
  });

  it('checks the cs: links of every step and the BPMN elements scenarios point at', async () => {
    const project = smallProject();
    project.processes[0]!.bpmn = bpmnWithTasks('P_enrolment', [
      {
        id: 'Task_search',
        name: 'Search household',
        links:
          '<cs:stepLinks chainStep="eligibility"><cs:dataRef elementId="person.shoesize" usage="reads"/><cs:dataRef elementId="person.sex" usage="peeks"/><cs:interactionRef interactionId="ghost"/><cs:operationRef contractId="old-api" operationId="x"/></cs:stepLinks>',
      },
    ]);
    project.scenarios[0]!.steps.push({ id: 's2', bpmnElementId: 'Task_gone', title: 'Gone', interactionIds: [] });
    expect(summary(await validateProjectDeep(project))).toEqual([
      "warning unknown-catalog-id processes[0].bpmn#Task_search: step 'Search household' (Task_search) names unknown delivery-chain step 'eligibility'",
      "error broken-reference processes[0].bpmn#Task_search: step 'Search household' (Task_search) links unknown data element 'person.shoesize'",
      "warning unknown-catalog-id processes[0].bpmn#Task_search: step 'Search household' (Task_search) uses data element 'person.sex' with unknown usage 'peeks' (expected one of reads, creates, updates, verifies)",
      "error broken-reference processes[0].bpmn#Task_search: step 'Search household' (Task_search) links unknown interaction 'ghost'",
      "error broken-reference processes[0].bpmn#Task_search: step 'Search household' (Task_search) links an operation of unknown API contract 'old-api'",
      "error broken-reference scenarios[0].steps[1].bpmnElementId: unknown BPMN element 'Task_gone' in process 'enrolment'",
    ]);
  });

  it('applies rule overrides to BPMN problems too', async () => {
    const project = smallProject();
    project.processes[0]!.bpmn = 'not xml';
    project.settings.rules = { 'bpmn-parse-error': 'warning' };
    expect(covered(await validateProjectDeep(project)).map((problem) => [problem.ruleId, problem.severity])).toEqual([
      ['bpmn-parse-error', 'warning'],
    ]);
  });
});
