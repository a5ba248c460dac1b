import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateToCurrent, migrationSteps, MigrationError, OLDEST_SCHEMA_VERSION } from '../../../models/project/migrations';
import { formatDocumentIssue, openProjectText } from '../../../models/project/open';
import { projectSchema } from '../../../models/project/schema';
import { CURRENT_SCHEMA_VERSION } from '../../../models/project/types';
import { validV0Document } from './arbitraries';
import { readFixture } from './fixtures';

describe('migration chain', () => {
  it('leads from the oldest version to the current one without gaps', () => {
    let version = OLDEST_SCHEMA_VERSION;
    while (version < CURRENT_SCHEMA_VERSION) {
      const step = migrationSteps.find((candidate) => candidate.from === version);
      expect(step, `a step from schema ${version}`).toBeDefined();
      expect(step!.to).toBe(version + 1);
      version = step!.to;
    }
    expect(OLDEST_SCHEMA_VERSION).toBe(0);
  });

  it('leaves a current document as it is', () => {
    const document = { schemaVersion: CURRENT_SCHEMA_VERSION, anything: true };
    expect(migrateToCurrent(document)).toEqual({ value: document, from: CURRENT_SCHEMA_VERSION });
  });

  it('refuses versions it cannot migrate', () => {
    expect(() => migrateToCurrent({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toThrow(MigrationError);
    expect(() => migrateToCurrent({ schemaVersion: -1 })).toThrow(MigrationError);
    expect(() => migrateToCurrent({})).toThrow(MigrationError);
    expect(() => migrateToCurrent('text')).toThrow(MigrationError);
  });
});

describe('schema 0 to 1', () => {
  it('turns every valid schema 0 document into one the schema 1 accepts', () => {
    fc.assert(
      fc.property(validV0Document, (document) => {
        const { value, from } = migrateToCurrent(document);
        expect(from).toBe(0);
        const result = projectSchema.safeParse(value);
        if (!result.success) throw new Error(result.error.message);
      }),
      { numRuns: 300 },
    );
  });

  it('is pure: the input document is not changed and shares nothing with the output', () => {
    fc.assert(
      fc.property(validV0Document, (document) => {
        const before = structuredClone(document);
        const { value } = migrateToCurrent(document);
        expect(document).toEqual(before);
        // Changing the result must not reach back into the input.
        const migrated = value as { components: Array<{ standards: string[] }>; codeLists: Array<{ values: unknown[] }> };
        for (const component of migrated.components) component.standards.push('changed');
        for (const list of migrated.codeLists) list.values.length = 0;
        expect(document).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('opens the same as it migrates, with a note on paths that fail the new schema', () => {
    const document = JSON.parse(readFixture('v0-example.convergence')) as Record<string, any>;
    document.systems[1].kind = 17;
    const result = openProjectText(JSON.stringify(document));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((issue) => formatDocumentIssue(issue))).toEqual([
      'components[1].type: Expected string, received number (in the document as upgraded from schema 0)',
    ]);
  });
});
