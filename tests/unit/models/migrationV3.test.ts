import { describe, expect, it } from 'vitest';
import { componentSector, defaultSector } from '../../../models/catalog';
import { openProjectText } from '../../../models/project/open';
import { serializeProject } from '../../../models/project/serialize';
import { readFixture } from './fixtures';

describe('schema 2 to 3', () => {
  it('opens a schema 2 document unchanged but for its version, and accepts the new fields', () => {
    const text = readFixture('v2-child-grant.convergence');
    const before = JSON.parse(text) as Record<string, any>;
    expect(before.schemaVersion).toBe(2);
    const result = openProjectText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.project.schemaVersion).toBe(3);
    expect(result.project.interactions.length).toBe(before.interactions.length);
    const edited = structuredClone(result.project);
    edited.interactions[0]!.retention = '7 years after exit';
    edited.interactions[0]!.crossBorder = false;
    edited.components[0]!.sector = 'private';
    const reopened = openProjectText(serializeProject(edited));
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    expect(reopened.project.interactions[0]!.retention).toBe('7 years after exit');
    expect(reopened.project.interactions[0]!.crossBorder).toBe(false);
    expect(reopened.project.components[0]!.sector).toBe('private');
  });

  it('refuses an unknown sector with the JSON path', () => {
    const document = JSON.parse(readFixture('v2-child-grant.convergence')) as Record<string, any>;
    document.schemaVersion = 3;
    document.components[2].sector = 'state';
    const result = openProjectText(JSON.stringify(document));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.path).toBe('components[2].sector');
  });
});

describe('component sector', () => {
  it('defaults by type and yields to the component', () => {
    expect(defaultSector('social_registry')).toBe('public');
    expect(defaultSector('bank_psp')).toBe('private');
    expect(componentSector({ type: 'bank_psp' })).toBe('private');
    expect(componentSector({ type: 'bank_psp', sector: 'public' })).toBe('public');
  });
});
