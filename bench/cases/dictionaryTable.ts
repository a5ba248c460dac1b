// The data-dictionary table's model at 5,000 entries: facet filters, text query, sort and
// group-by-category, i.e. everything the view computes before it renders the visible rows.
// Baseline: a plain Array.prototype.sort by name. The project size does not matter here.

import { catalogDataElements } from '../../models/catalog';
import type { DataElement } from '../../models/project/types';
import { filteredRows, groupByCategory, NO_FILTERS } from '../../renderer/features/dictionary/dictionaryTable';
import { defineCase } from './types';

const ROWS = 5000;

function elements(): DataElement[] {
  const out: DataElement[] = [];
  for (let i = 0; i < ROWS; i++) {
    const base = catalogDataElements[i % catalogDataElements.length]!;
    out.push({ ...base, id: `${base.id}.${i}`, name: `${base.name} ${i}` });
  }
  return out;
}

export const dictionaryTableCase = defineCase<{ rows: DataElement[]; names: Map<string, string> }>({
  name: 'dictionaryTable',
  description: '5,000 entries: text query + sensitivity filter + sort by sensitivity + group by category, vs sort by name',
  subjectLabel: 'filter+sort+group',
  baselineLabel: 'sort by name',
  async prepare() {
    return { rows: elements(), names: new Map() };
  },
  async subject({ rows, names }) {
    const filtered = filteredRows(rows, { ...NO_FILTERS, query: 'person', sensitivity: 'personal' }, { column: 'sensitivity', direction: 'descending' }, names);
    const all = filteredRows(rows, NO_FILTERS, { column: 'name', direction: 'ascending' }, names);
    return [groupByCategory(filtered), groupByCategory(all)];
  },
  async baseline({ rows }) {
    return [...rows].sort((a, b) => a.name.localeCompare(b.name));
  },
});
