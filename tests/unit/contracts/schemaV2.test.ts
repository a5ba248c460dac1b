import { describe, expect, it } from 'vitest';
import { migrateToCurrent } from '../../../models/project/migrations';
import { openProjectText } from '../../../models/project/open';
import { serializeProject } from '../../../models/project/serialize';
import { readFixture } from '../models/fixtures';

describe('schema 2: contract mappings', () => {
  it('opens a schema 1 file unchanged apart from the version, and reports the migration', () => {
    const text = readFixture('v1-child-grant.convergence');
    const v1 = JSON.parse(text) as { schemaVersion: number; apiContracts: unknown[] };
    expect(v1.schemaVersion).toBe(1);
    const result = openProjectText(text);
    if (!result.ok) throw new Error('the schema 1 file did not open');
    expect(result.migratedFrom).toBe(1);
    expect(result.project.schemaVersion).toBe(3);
    expect(result.project.apiContracts.every((c) => c.mappings === undefined)).toBe(true);
    expect(serializeProject(result.project)).toBe(text.replace('"schemaVersion": 1', '"schemaVersion": 3'));
  });

  it('does not change the input of the migration', () => {
    const raw = { schemaVersion: 1, apiContracts: [] };
    migrateToCurrent(raw);
    expect(raw.schemaVersion).toBe(1);
  });

  it('keeps mappings through a save and open, in canonical key order', () => {
    const result = openProjectText(readFixture('v1-child-grant.convergence'));
    if (!result.ok) throw new Error('did not open');
    const project = result.project;
    project.apiContracts[0]!.mappings = [{ elementId: 'person.sex', pointer: '/message/sex', location: 'response', operationId: 'search' }];
    const text = serializeProject(project);
    expect(text).toContain('"mappings": [\n        {\n          "operationId": "search",\n          "location": "response",\n          "pointer": "/message/sex",\n          "elementId": "person.sex"');
    const again = openProjectText(text);
    expect(again.ok && again.project.apiContracts[0]!.mappings).toEqual(project.apiContracts[0]!.mappings);
  });

  it('refuses an unknown mapping location with the JSON path', () => {
    const result = openProjectText(readFixture('v1-child-grant.convergence'));
    if (!result.ok) throw new Error('did not open');
    const doc = JSON.parse(serializeProject(result.project));
    doc.apiContracts[0].mappings = [{ location: 'header', pointer: '/x', elementId: 'a' }];
    const bad = openProjectText(JSON.stringify(doc));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && JSON.stringify(bad.errors)).toContain('mappings');
  });
});
