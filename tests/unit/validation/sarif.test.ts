import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { serializeProject } from '../../../models/project/serialize';
import { getValidationRule } from '../../../models/validation';
import { cleanProject } from './fixtures';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const schema = JSON.parse(readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'sarif-2.1.0-subset.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);
// The complete OASIS schema (2.1.0 rtm.5, draft-04) as Microsoft ships it in @microsoft/jest-sarif,
// a devDependency used for nothing else: the subset above pins what we rely on, this one catches
// anything else the full specification forbids.
const fullSchema = JSON.parse(
  readFileSync(path.join(repoRoot, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'),
);
// The schema's language pattern is not a valid Unicode-mode regular expression; plain mode reads it as written.
const ajv04 = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv04);
const validateFullSarif = ajv04.compile(fullSchema);

const dir = mkdtempSync(path.join(tmpdir(), 'cs-sarif-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sarifOf(name: string, text: string): Promise<{ code: number; log: { runs: Array<{ tool: { driver: { rules: Array<Record<string, unknown>> } }; results: Array<Record<string, unknown>> }> } }> {
  writeFileSync(path.join(dir, name), text);
  let stdout = '';
  const code = await runCli(['validate', name, '--format', 'sarif'], { stdout: (s) => (stdout += s), stderr: () => undefined, cwd: dir });
  return { code, log: JSON.parse(stdout) };
}

describe('convergence validate --format sarif', () => {
  it('writes a log that validates against the SARIF 2.1.0 schema, with every rule described', async () => {
    const project = cleanProject();
    project.interactions[0]!.legalBasis = 'legitimate_interests';
    project.components.push({ id: 'gis', name: 'GIS', type: 'data_analytics', standards: [] });
    project.processes[0]!.bpmn = project.processes[0]!.bpmn.replace('name="Record household"', 'name=""');
    const { code, log } = await sarifOf('broken.convergence', serializeProject(project));
    expect(code).toBe(1);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
    expect(validateFullSarif(log), JSON.stringify(validateFullSarif.errors, null, 2)).toBe(true);
    const [run] = log.runs;
    const results = run!.results;
    expect(results.map((result) => result.ruleId)).toEqual(['orphan-component', 'legitimate-interest-public-body', 'bpmnlint/label-required']);
    for (const result of results) {
      const rule = run!.tool.driver.rules[result.ruleIndex as number]!;
      expect(rule.id).toBe(result.ruleId);
      const known = getValidationRule(result.ruleId as string)!;
      expect(rule.help).toEqual({ text: known.fixHint });
      expect(rule.fullDescription).toEqual({ text: known.description });
    }
    expect(results[2]!.locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: 'broken.convergence', index: 0 } },
        logicalLocations: [{ fullyQualifiedName: 'processes[0].bpmn#Task_record', kind: 'member' }],
      },
    ]);
    const lintRule = run!.tool.driver.rules.find((rule) => rule.id === 'bpmnlint/label-required')!;
    expect(lintRule.helpUri).toBe('https://github.com/bpmn-io/bpmnlint/blob/main/docs/rules/label-required.md');
    expect(lintRule.defaultConfiguration).toEqual({ level: 'error' });
  });

  it('the schema copy is strict enough to refuse a log with a wrong level or a result without message', () => {
    const bad = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a', level: 'fatal', message: { text: 'm' } }, { ruleId: 'b' }] }] };
    expect(validateSarif(bad)).toBe(false);
    expect(validateFullSarif(bad)).toBe(false);
    expect(validateSarif({ version: '2.1.0', runs: [] })).toBe(true);
  });

  it('gives the sample a valid log with no error-level result (exit 0)', async () => {
    const { code, log } = await sarifOf('sample.convergence', readFileSync(path.join(repoRoot, 'assets', 'sample', 'child-grant.convergence'), 'utf8'));
    expect(code).toBe(0);
    expect(validateSarif(log)).toBe(true);
    expect(validateFullSarif(log), JSON.stringify(validateFullSarif.errors, null, 2)).toBe(true);
    expect(log.runs[0]!.results.filter((result) => result.level === 'error')).toEqual([]);
  });
});
