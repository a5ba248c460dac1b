import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DataElement } from '../../../models/project/types';
import { dictionaryRows, matchesQuery, nextSort } from '../../../renderer/features/dictionary/dictionaryTable';

function element(partial: Partial<DataElement> & Pick<DataElement, 'id' | 'name'>): DataElement {
  return { definition: '', type: 'string', sensitivity: 'none', standardRefs: [], ...partial };
}

const elements: DataElement[] = [
  element({ id: 'person.given_name', name: 'Given name', sensitivity: 'personal', category: 'Person', standardRefs: [{ standard: 'DCI', reference: 'Name.given_name' }] }),
  element({ id: 'household.size', name: 'Household size', type: 'integer', category: 'Household' }),
  element({ id: 'person.disability', name: 'Disability status', type: 'code', sensitivity: 'sensitive', codeListId: 'disability', category: 'Person' }),
  element({ id: 'payment.amount', name: 'Benefit amount', type: 'decimal', definition: 'Amount paid in Lóti' }),
];
const codeLists = new Map([['disability', 'Washington Group disability levels']]);

describe('matchesQuery', () => {
  it('matches every word anywhere, ignoring case and accents', () => {
    expect(matchesQuery(elements[0]!, 'GIVEN dci')).toBe(true);
    expect(matchesQuery(elements[3]!, 'loti')).toBe(true);
    expect(matchesQuery(elements[0]!, 'given household')).toBe(false);
    expect(matchesQuery(elements[2]!, 'washington', 'Washington Group disability levels')).toBe(true);
    expect(matchesQuery(elements[1]!, '   ')).toBe(true);
  });
});

describe('dictionaryRows', () => {
  it('sorts by name both ways', () => {
    const up = dictionaryRows(elements, '', { column: 'name', direction: 'ascending' }, codeLists);
    expect(up.map((e) => e.name)).toEqual(['Benefit amount', 'Disability status', 'Given name', 'Household size']);
    const down = dictionaryRows(elements, '', { column: 'name', direction: 'descending' }, codeLists);
    expect(down.map((e) => e.name)).toEqual(['Household size', 'Given name', 'Disability status', 'Benefit amount']);
  });

  it('sorts sensitivity by severity and breaks ties by name', () => {
    const rows = dictionaryRows(elements, '', { column: 'sensitivity', direction: 'descending' }, codeLists);
    expect(rows.map((e) => e.id)).toEqual(['person.disability', 'person.given_name', 'payment.amount', 'household.size']);
  });

  it('keeps elements without a category last in both directions', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      const rows = dictionaryRows(elements, '', { column: 'category', direction }, codeLists);
      expect(rows.at(-1)!.id).toBe('payment.amount');
    }
  });

  it('filters before sorting and never invents rows', () => {
    const rows = dictionaryRows(elements, 'person', { column: 'id', direction: 'ascending' }, codeLists);
    expect(rows.map((e) => e.id)).toEqual(['person.disability', 'person.given_name']);
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('name', 'id', 'type', 'sensitivity', 'category', 'codeList', 'standards' as const), (query, column) => {
        const out = dictionaryRows(elements, query, { column, direction: 'ascending' }, codeLists);
        expect(out.every((e) => elements.includes(e))).toBe(true);
        expect(new Set(out).size).toBe(out.length);
        expect(out.length).toBe(elements.filter((e) => matchesQuery(e, query, e.codeListId ? codeLists.get(e.codeListId) : undefined)).length);
      }),
    );
  });
});

describe('nextSort', () => {
  it('flips the current column and starts a new one ascending', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name')).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSort({ column: 'name', direction: 'descending' }, 'name')).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextSort({ column: 'name', direction: 'descending' }, 'type')).toEqual({ column: 'type', direction: 'ascending' });
  });
});
