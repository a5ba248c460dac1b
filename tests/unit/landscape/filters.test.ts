import { describe, expect, it } from 'vitest';
import { applyLandscapeFilter, isFilterActive, searchLandscape, sensitivityByInteraction } from '../../../models/landscape/filters';
import { smallProject } from '../models/fixtures';

const sorted = (set: Set<string>) => [...set].sort();

describe('applyLandscapeFilter', () => {
  const project = smallProject();
  project.components.push({ id: 'odd', name: 'Odd', type: 'retired_type', standards: [] });

  it('keeps everything without criteria', () => {
    const result = applyLandscapeFilter(project, {});
    expect(result.components.size).toBe(4);
    expect(result.interactions.size).toBe(3);
    expect(isFilterActive({})).toBe(false);
    expect(isFilterActive({ types: ['crvs'] })).toBe(true);
  });

  it('filters by phase through the interactions the phase processes link', () => {
    const links = new Map([['enrolment', ['mis-searches-sr']]]);
    const result = applyLandscapeFilter(project, { phase: 'enroll' }, links);
    expect(sorted(result.interactions)).toEqual(['mis-searches-sr']);
    expect(sorted(result.components)).toEqual(['mis', 'sr']);
    expect(applyLandscapeFilter(project, { phase: 'payment' }, links).components.size).toBe(0);
  });

  it('filters by component type, unknown types included', () => {
    const result = applyLandscapeFilter(project, { types: ['sp_mis', 'crvs'] });
    expect(sorted(result.components)).toEqual(['crvs', 'mis']);
    expect(sorted(result.interactions)).toEqual(['crvs-notifies-mis']);
    expect(sorted(applyLandscapeFilter(project, { types: ['unknown'] }).components)).toEqual(['odd']);
  });

  it('filters by scenario and by sensitivity, combined with AND', () => {
    expect(sorted(applyLandscapeFilter(project, { scenario: 'enrol-child' }).interactions)).toEqual(['mis-searches-sr']);
    expect(sorted(applyLandscapeFilter(project, { minSensitivity: 'personal' }).interactions)).toEqual(['crvs-notifies-mis', 'mis-searches-sr']);
    expect(sorted(applyLandscapeFilter(project, { minSensitivity: 'sensitive' }).interactions)).toEqual(['mis-searches-sr']);
    expect(applyLandscapeFilter(project, { minSensitivity: 'sensitive', types: ['crvs'] }).interactions.size).toBe(0);
    expect(sensitivityByInteraction(project).get('mis-reports')).toBe('none');
  });
});

describe('searchLandscape', () => {
  it('finds components and interactions by name, case-insensitively', () => {
    const result = searchLandscape(smallProject(), 'REGISTRY');
    expect(sorted(result.components)).toEqual(['crvs', 'sr']);
    expect(sorted(searchLandscape(smallProject(), 'household').interactions)).toEqual(['mis-searches-sr']);
    expect(searchLandscape(smallProject(), '  ').components.size).toBe(0);
  });
});
