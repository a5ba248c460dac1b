import { describe, expect, it } from 'vitest';
import { catalogDataElements, dataCategories, getDataCategory } from '../../../models/catalog';

describe('data-element categories', () => {
  it('have unique ids and names', () => {
    expect(new Set(dataCategories.map((c) => c.id)).size).toBe(dataCategories.length);
    expect(dataCategories.every((c) => c.name.trim().length > 0)).toBe(true);
  });

  it('name every category the catalogue data elements use', () => {
    const missing = catalogDataElements.filter((e) => e.category !== undefined && getDataCategory(e.category) === undefined);
    expect(missing.map((e) => `${e.id}: ${e.category}`)).toEqual([]);
  });
});
