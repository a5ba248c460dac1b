import { describe, expect, it } from 'vitest';
import { validateProject, validateProjectDeep, validationRules, ProcessResultCache, FULL_VALIDATION } from '../../../models/validation';
import { engineRules } from '../../../models/validation/rules/index';
import { cleanProject, ofRule } from './fixtures';

const ISSUE_RULE_IDS = [
  'broken-reference',
  'interaction-endpoint',
  'orphan-component',
  'legal-basis-required',
  'legitimate-interest-public-body',
  'consent-sole-basis',
  'sensitive-data-protection',
  'data-minimisation',
  'async-callback-missing',
  'operation-not-in-contract',
  'automated-decision-review',
  'dictionary-definition-missing',
  'duplicate-name',
  'unknown-catalog-id',
  'bpmn-parse-error',
  'bpmn-warning',
];

describe('the rule engine', () => {
  it('has one module per rule of the issue, each fully described', () => {
    expect(engineRules.map((rule) => rule.id).sort()).toEqual([...ISSUE_RULE_IDS].sort());
    for (const rule of validationRules) {
      expect(rule.name, rule.id).not.toBe('');
      expect(rule.description.length, rule.id).toBeGreaterThan(20);
      expect(rule.fixHint.length, rule.id).toBeGreaterThan(10);
      expect(['error', 'warning', 'info']).toContain(rule.defaultSeverity);
    }
    expect(new Set(validationRules.map((rule) => rule.id)).size).toBe(validationRules.length);
  });

  it('applies per-project severities and switches rules off, bpmnlint rules included', async () => {
    const project = cleanProject();
    project.components.push({ id: 'gis', name: 'GIS', type: 'data_analytics', standards: [] });
    project.dataElements[0]!.definition = '';
    project.processes[0]!.bpmn = project.processes[0]!.bpmn.replace('name="Record household"', 'name=""');
    project.settings.rules = { 'orphan-component': 'error', 'dictionary-definition-missing': 'off', 'bpmnlint/label-required': 'info' };
    const problems = await validateProjectDeep(project, FULL_VALIDATION);
    expect(ofRule(problems, 'orphan-component').map((problem) => problem.severity)).toEqual(['error']);
    expect(ofRule(problems, 'dictionary-definition-missing')).toEqual([]);
    expect(ofRule(problems, 'bpmnlint/label-required').map((problem) => problem.severity)).toEqual(['info']);
  });

  it('sorts problems by the entity they are about, in file order', () => {
    const project = cleanProject();
    project.scenarios[0]!.processId = 'gone';
    project.dataElements[0]!.definition = '';
    project.components.push({ id: 'gis', name: 'GIS', type: 'data_analytics', standards: [] });
    expect(validateProject(project).map((problem) => problem.path)).toEqual(['components[3]', 'dataElements[0].definition', 'scenarios[0].processId']);
  });

  it('re-reads only the process that changed: per-process results are cached by object, then by BPMN text', async () => {
    const cache = new ProcessResultCache();
    const project = cleanProject();
    project.processes.push({ ...project.processes[0]!, id: 'other', name: 'Other' });
    await validateProjectDeep(project, { ...FULL_VALIDATION, cache });
    expect(cache.work).toEqual({ parses: 2, lints: 2 });
    // A one-field edit elsewhere: same process objects.
    await validateProjectDeep({ ...project, components: project.components.map((c, i) => (i === 0 ? { ...c, name: 'MIS' } : c)) }, { ...FULL_VALIDATION, cache });
    expect(cache.work).toEqual({ parses: 2, lints: 2 });
    // A structured clone (what a worker receives) finds the entries by text.
    await validateProjectDeep(structuredClone(project), { ...FULL_VALIDATION, cache });
    expect(cache.work).toEqual({ parses: 2, lints: 2 });
    // Editing one process re-reads that one only.
    const edited = { ...project, processes: [{ ...project.processes[0]!, bpmn: project.processes[0]!.bpmn.replace('Record household', 'Record the household') }, project.processes[1]!] };
    await validateProjectDeep(edited, { ...FULL_VALIDATION, cache });
    expect(cache.work).toEqual({ parses: 3, lints: 3 });
  });

  it('forgets the oldest texts beyond its limit and reads them again when they come back', async () => {
    const cache = new ProcessResultCache(1);
    const project = cleanProject();
    const [process] = project.processes;
    const other = { ...process!, bpmn: process!.bpmn.replace('Record household', 'Record the household') };
    await cache.steps(structuredClone(process!));
    await cache.steps(structuredClone(other));
    await cache.steps(structuredClone(process!));
    expect(cache.work.parses).toBe(3);
  });
});
