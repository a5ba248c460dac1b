import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PROJECT_BYTES, formatDocumentIssue, openProjectText, type OpenResult } from '../../../models/project/open';
import { serializeProject } from '../../../models/project/serialize';
import { validateProject } from '../../../models/validation';
import { readFixture, smallProject } from './fixtures';

const canonical = serializeProject(smallProject());

function errorsOf(result: OpenResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map((issue) => formatDocumentIssue(issue));
}

/** Opens a copy of the small project after `edit` changed its parsed JSON. */
function openEdited(edit: (document: Record<string, any>) => void): OpenResult {
  const document = JSON.parse(canonical) as Record<string, any>;
  edit(document);
  return openProjectText(JSON.stringify(document, null, 2));
}

describe('openProjectText accepts', () => {
  it('a canonical project and returns it unchanged', () => {
    const result = openProjectText(canonical);
    expect(result).toEqual({ ok: true, project: smallProject() });
  });

  it('a file that starts with a byte-order mark', () => {
    expect(openProjectText(`\uFEFF${canonical}`).ok).toBe(true);
  });
});

describe('openProjectText refuses', () => {
  it('a 0-byte file', () => {
    expect(errorsOf(openProjectText(''))).toEqual(['The file is empty (0 bytes)']);
  });

  it('a file of whitespace only', () => {
    expect(errorsOf(openProjectText(' \n\t\r\n'))).toEqual(['The file contains only whitespace']);
  });

  it('text that is not JSON, with line and column', () => {
    const result = openProjectText('{\n  "schemaVersion": 1,\n  "project": {\n    "name": }\n}\n');
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '', line: 4, column: 13, message: 'Unexpected token } in JSON' }],
    });
    expect(errorsOf(result)).toEqual(['line 4, column 13: Unexpected token } in JSON']);
    if (result.ok) return;
    expect(formatDocumentIssue(result.errors[0]!, 'child.convergence')).toBe(
      'child.convergence: line 4, column 13: Unexpected token } in JSON',
    );
  });

  it('a document that is not JSON at all', () => {
    expect(errorsOf(openProjectText('<bpmn:definitions/>'))).toEqual(['line 1, column 1: Unexpected token < in JSON']);
  });

  it('a truncated file, saying it ends early', () => {
    const truncated = canonical.slice(0, Math.floor(canonical.length / 2));
    const [message] = errorsOf(openProjectText(truncated));
    expect(message).toMatch(/^line \d+, column \d+: The JSON ends early .*truncated/);
    const lines = truncated.split('\n');
    expect(message).toContain(`line ${lines.length}, column ${(lines.at(-1) ?? '').length + 1}:`);
  });

  it('JSON that is not an object', () => {
    expect(errorsOf(openProjectText('[1, 2]'))).toEqual(['Expected a JSON object (a Convergence Studio project), found an array']);
    expect(errorsOf(openProjectText('null'))).toEqual(['Expected a JSON object (a Convergence Studio project), found null']);
    expect(errorsOf(openProjectText('42'))).toEqual(['Expected a JSON object (a Convergence Studio project), found a number']);
  });

  it('a document without a schemaVersion or with a malformed one', () => {
    expect(errorsOf(openProjectText('{"name": "x"}'))[0]).toMatch(/^schemaVersion: Missing: this does not look like a Convergence Studio project/);
    expect(errorsOf(openEdited((d) => (d.schemaVersion = '1')))).toEqual(["schemaVersion: Expected a whole number, received '1'"]);
    expect(errorsOf(openEdited((d) => (d.schemaVersion = 1.5)))).toEqual(['schemaVersion: Expected a whole number, received 1.5']);
    expect(errorsOf(openEdited((d) => (d.schemaVersion = -1)))[0]).toMatch(/^schemaVersion: Schema -1 is not a Convergence Studio schema version/);
  });

  it('a file from a newer version, never downgrading it', () => {
    expect(errorsOf(openEdited((d) => (d.schemaVersion = 7)))).toEqual([
      'schemaVersion: This file was written by a newer version of Convergence Studio (schema 7); this version reads up to schema 3. Update the app to open it.',
    ]);
  });

  it('wrong types, listing every one with its path', () => {
    const result = openEdited((d) => {
      d.components[2].type = 3;
      d.project.name = null;
      d.interactions[0].operationKind = 'reed';
      d.interactions[1].dataElements[0].direction = 'sideways';
      d.dataElements[0].sensitivity = true;
      delete d.scenarios[0].steps[0].title;
      d.settings.rules['broken-reference'] = 'loud';
    });
    expect(errorsOf(result)).toEqual([
      'project.name: Expected string, received null',
      'components[2].type: Expected string, received number',
      "interactions[0].operationKind: Expected one of 'read', 'create', 'update', 'delete', 'notify', 'verify', received 'reed'",
      "interactions[1].dataElements[0].direction: Expected one of 'request', 'response', received 'sideways'",
      "dataElements[0].sensitivity: Expected one of 'none', 'personal', 'sensitive', received boolean",
      'scenarios[0].steps[0].title: Missing required field (expected string)',
      `settings.rules["broken-reference"]: Expected one of 'error', 'warning', 'info', 'off', received 'loud'`,
    ]);
  });

  it('unknown keys at any depth', () => {
    const result = openEdited((d) => {
      d.colour = 'blue';
      d.components[0].colour = 'red';
      d.interactions[0].security.tls = true;
    });
    expect(errorsOf(result).map((message) => message.split(':')[0])).toEqual([
      'components[0].colour',
      'interactions[0].security.tls',
      'colour',
    ]);
    expect(errorsOf(result)[0]).toContain('Unknown field');
  });

  it('duplicate ids within a collection, naming the second one', () => {
    const result = openEdited((d) => {
      d.components[2].id = 'mis';
      d.scenarios[0].steps.push({ ...d.scenarios[0].steps[0] });
    });
    expect(errorsOf(result)).toEqual([
      "components[2].id: Duplicate id 'mis' (already used by components[0])",
      "scenarios[0].steps[1].id: Duplicate id 's1' (already used by scenarios[0].steps[0])",
    ]);
  });

  it('a 50 MB text before parsing it, saying its size and the limit', () => {
    // Unterminated on purpose: had the text been parsed, the answer would be a syntax error.
    const big = `{"schemaVersion":1,"padding":"${'x'.repeat(50 * 1024 * 1024 - 30)}`;
    expect(errorsOf(openProjectText(big))).toEqual(['The file is too large to open: 50.0 MiB; the limit is 40.0 MiB']);
    expect(MAX_PROJECT_BYTES).toBe(40 * 1024 * 1024);
  });

  it('multi-byte text over the limit even when it has fewer characters than the limit', () => {
    const text = `{"schemaVersion":1,"p":"${'é'.repeat(21 * 1024 * 1024)}"}`;
    expect(text.length).toBeLessThan(MAX_PROJECT_BYTES);
    expect(errorsOf(openProjectText(text))[0]).toMatch(/^The file is too large to open: 42\.0 MiB/);
  });
});

describe('openProjectText with unknown references', () => {
  it('opens the file and leaves the dangling references to validateProject', () => {
    const result = openEdited((d) => {
      d.interactions[0].from = 'ghost';
      d.dataElements[1].codeListId = 'gender';
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The reference rules; the data-protection rules have their own tests (tests/unit/validation).
    const problems = validateProject(result.project).filter((problem) => problem.ruleId === 'broken-reference');
    expect(problems.map((problem) => [problem.severity, problem.path, problem.message])).toEqual([
      ['error', 'interactions[0].from', "interactions[0].from: unknown component 'ghost'"],
      ['error', 'dataElements[1].codeListId', "dataElements[1].codeListId: unknown code list 'gender'"],
    ]);
  });
});

describe('openProjectText on arbitrary input', () => {
  it('never throws and always explains a refusal (property)', () => {
    const documentLike = fc.record({
      schemaVersion: fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.jsonValue()),
      project: fc.jsonValue(),
      systems: fc.jsonValue(),
      components: fc.jsonValue(),
      interactions: fc.array(fc.jsonValue(), { maxLength: 3 }),
      dictionary: fc.jsonValue(),
    }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), documentLike.map((value) => JSON.stringify(value))), (text) => {
        const result = openProjectText(text);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const issue of result.errors) expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('opening is pure', () => {
  it('returns a project that does not share objects between two opens', () => {
    const first = openProjectText(canonical);
    const second = openProjectText(canonical);
    if (!first.ok || !second.ok) throw new Error('expected both opens to succeed');
    first.project.components[0]!.name = 'changed';
    expect(second.project.components[0]!.name).toBe('Programme MIS');
  });
});

describe('schema 0 fixture', () => {
  it('migrates to a valid current-schema project and reports the version it came from', () => {
    const result = openProjectText(readFixture('v0-example.convergence'));
    if (!result.ok) throw new Error(result.errors.map((issue) => formatDocumentIssue(issue)).join('\n'));
    expect(result.migratedFrom).toBe(0);
    const { project } = result;
    expect(project.schemaVersion).toBe(3);
    expect(project.project).toEqual({
      name: 'Old-age allowance pilot',
      description: 'Prototype model from the first workshop: enrolment checks against CRVS and the social registry.',
      country: 'Examplestan',
      authors: [{ name: 'Programme design team' }],
      created: '2024-03-04T09:30:00Z',
      updated: '2024-05-21T16:05:00Z',
    });
    expect(project.components.map((component) => [component.id, component.type])).toEqual([
      ['mis', 'sp_mis'],
      ['crvs', 'crvs'],
      ['sr', 'social_registry'],
      ['bank', 'bank_psp'],
    ]);
    expect(project.components[1]).toMatchObject({ ownerAgency: 'Registrar General', position: { x: 420, y: 40 } });
    expect(project.components[3]!.position).toBeUndefined();
    expect(project.interactions[0]).toMatchObject({
      from: 'mis',
      to: 'crvs',
      pattern: 'sync_request_response',
      operationKind: 'read',
      protocol: 'rest',
      dataElements: [
        { elementId: 'uin', direction: 'response' },
        { elementId: 'birth-date', direction: 'response' },
      ],
      legalBasis: 'legal_obligation',
      security: {},
    });
    expect(project.interactions[1]).toMatchObject({ pattern: 'subscribe_notify', operationKind: 'notify' });
    expect(project.interactions[2]).toMatchObject({ pattern: 'batch_file_exchange', protocol: 'sftp_file', operationKind: 'update' });
    expect(project.dataElements.map((element) => [element.id, element.type, element.sensitivity])).toEqual([
      ['uin', 'string', 'personal'],
      ['birth-date', 'date', 'personal'],
      ['enrolment-status', 'code', 'personal'],
      ['disability-flag', 'boolean', 'sensitive'],
      ['benefit-amount', 'decimal', 'none'],
    ]);
    expect(project.dataElements[2]!.codeListId).toBe('enrolment-status-codes');
    expect(project.codeLists).toEqual([
      {
        id: 'enrolment-status-codes',
        name: 'Enrolment status codes',
        values: [
          { code: '1', label: 'Active' },
          { code: '2', label: 'Deceased' },
          { code: '4', label: 'Suspended' },
        ],
      },
    ]);
    expect(project.settings).toEqual({ rules: {} });
    // A migrated file keeps its references intact (the old fixture predates purposes and legal bases).
    expect(validateProject(project).filter((problem) => ['broken-reference', 'unknown-catalog-id'].includes(problem.ruleId))).toEqual([]);
  });
});
