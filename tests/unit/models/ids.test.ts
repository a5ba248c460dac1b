import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countEntities, countProcessSteps } from '../../../models/project/counts';
import { slugify, uniqueId } from '../../../models/project/ids';
import { smallProject } from './fixtures';

describe('slugify', () => {
  it('makes short readable ids', () => {
    expect(slugify('Social Registry (SR)')).toBe('social-registry-sr');
    expect(slugify('  Ministère de l’Économie  ')).toBe('ministere-de-l-economie');
    expect(slugify('!!!')).toBe('item');
    expect(slugify('a'.repeat(80))).toHaveLength(48);
  });

  it('always yields a non-empty slug of lower-case letters, digits and inner dashes (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const slug = slugify(text);
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(48);
      }),
    );
  });
});

describe('uniqueId', () => {
  it('returns the base when free, else the first free numbered variant', () => {
    expect(uniqueId('sr', new Set())).toBe('sr');
    expect(uniqueId('sr', new Set(['sr', 'sr-2']))).toBe('sr-3');
    expect(uniqueId('', new Set())).toBe('item');
  });

  it('never returns a taken id (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.uniqueArray(fc.string({ maxLength: 8 })), (base, taken) => {
        const set = new Set(taken);
        expect(set.has(uniqueId(base, set))).toBe(false);
      }),
    );
  });
});

describe('counts', () => {
  it('counts every entity kind and the steps of all processes', async () => {
    const project = smallProject();
    expect(countEntities(project)).toEqual({
      components: 3,
      interactions: 3,
      processes: 1,
      dataElements: 4,
      codeLists: 1,
      apiContracts: 1,
      scenarios: 1,
    });
    expect(await countProcessSteps(project)).toEqual({ steps: 2, unreadable: [] });
    project.processes.push({ id: 'broken', name: 'Broken', phase: 'manage', bpmn: 'not xml' });
    expect(await countProcessSteps(project)).toEqual({ steps: 2, unreadable: ['broken'] });
  });
});
