// The JSON bundle validates against the schema published in the repository, and the schema is
// strict enough to reject a bundle that lost or mistyped a field.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { BUNDLE_SCHEMA_PATH, exportProject } from '../../../models/export';
import { hostileProject, repoRoot, sampleProject } from './fixtures';

const schema = JSON.parse(readFileSync(path.join(repoRoot, BUNDLE_SCHEMA_PATH), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

async function bundle(scenarioId?: string, project = sampleProject(), timestamp?: string) {
  const [file] = await exportProject(project, 'json', { ...(scenarioId ? { scenarioId } : {}), ...(timestamp ? { timestamp } : {}) });
  return JSON.parse(file!.text!);
}

describe('specification bundle schema', () => {
  it('is a draft 2020-12 schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  for (const scenarioId of [undefined, 'register-child', 'monthly-payroll']) {
    it(`accepts the ${scenarioId ?? 'whole project'} bundle`, async () => {
      const data = await bundle(scenarioId, sampleProject(), '2026-01-01T00:00:00Z');
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  it('accepts hostile text as plain strings', async () => {
    expect(validate(await bundle(undefined, hostileProject()))).toBe(true);
  });

  it('rejects missing, extra and mistyped fields', async () => {
    const data = await bundle('register-child');
    const missing = structuredClone(data);
    delete missing.specification.scenarios[0].steps;
    expect(validate(missing)).toBe(false);
    const extra = structuredClone(data);
    extra.specification.scenarios[0].surprise = true;
    expect(validate(extra)).toBe(false);
    const wrongType = structuredClone(data);
    wrongType.specification.dataElements[0].standards = 'ISO';
    expect(validate(wrongType)).toBe(false);
    const wrongFormat = structuredClone(data);
    wrongFormat.formatVersion = 2;
    expect(validate(wrongFormat)).toBe(false);
  });
});
