// Filtering and sorting of the data-dictionary table, kept free of React so it can be tested.

import type { DataElement, Sensitivity } from '../../../models/project/types';

export const DICTIONARY_COLUMNS = ['name', 'id', 'type', 'sensitivity', 'category', 'codeList', 'standards'] as const;
export type DictionaryColumn = (typeof DICTIONARY_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface DictionarySort {
  column: DictionaryColumn;
  direction: SortDirection;
}

/** Sensitivity sorts by severity, not alphabetically. */
const SENSITIVITY_RANK: Record<Sensitivity, number> = { none: 0, personal: 1, sensitive: 2 };

function standardsText(element: DataElement): string {
  return element.standardRefs.map((ref) => `${ref.standard} ${ref.reference}`).join(' ');
}

/**
 * True when every word of `query` occurs (case- and accent-insensitively) in the element's
 * name, id, definition, type, category, code list name, standards or owner.
 */
export function matchesQuery(element: DataElement, query: string, codeListName?: string): boolean {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalise(
    [
      element.name,
      element.id,
      element.definition,
      element.type,
      element.category ?? '',
      codeListName ?? element.codeListId ?? '',
      standardsText(element),
      element.owner ?? '',
    ].join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareBy(column: DictionaryColumn, codeListNames: ReadonlyMap<string, string>) {
  return (a: DataElement, b: DataElement): number => {
    switch (column) {
      case 'sensitivity':
        return SENSITIVITY_RANK[a.sensitivity] - SENSITIVITY_RANK[b.sensitivity];
      case 'codeList':
        return compareText(codeListLabel(a, codeListNames), codeListLabel(b, codeListNames));
      case 'standards':
        return compareText(standardsText(a), standardsText(b));
      case 'category':
        return compareText(a.category ?? '', b.category ?? '');
      default:
        return compareText(a[column], b[column]);
    }
  };
}

function codeListLabel(element: DataElement, names: ReadonlyMap<string, string>): string {
  if (!element.codeListId) return '';
  return names.get(element.codeListId) ?? element.codeListId;
}

/** Empty values sort after filled ones in either direction, so blanks never lead the table. */
function compareText(a: string, b: string): number {
  if (a === '' && b !== '') return Number.POSITIVE_INFINITY;
  if (b === '' && a !== '') return Number.NEGATIVE_INFINITY;
  return collator.compare(a, b);
}

/**
 * The rows to show: elements matching `query`, sorted by `sort` (stable: equal rows keep
 * document order; ties are broken by name so the order is predictable).
 */
export function dictionaryRows(
  elements: readonly DataElement[],
  query: string,
  sort: DictionarySort,
  codeListNames: ReadonlyMap<string, string>,
): DataElement[] {
  const compare = compareBy(sort.column, codeListNames);
  const byName = compareBy('name', codeListNames);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return elements
    .filter((e) => matchesQuery(e, query, e.codeListId ? codeListNames.get(e.codeListId) : undefined))
    .map((element, index) => ({ element, index }))
    .sort((x, y) => {
      const primary = compare(x.element, y.element);
      if (primary !== 0) {
        // Blanks stay last whichever way the column is sorted.
        if (!Number.isFinite(primary)) return primary > 0 ? 1 : -1;
        return sign * primary;
      }
      return byName(x.element, y.element) || x.index - y.index;
    })
    .map(({ element }) => element);
}

/** Clicking the sorted column flips its direction; clicking another column sorts it ascending. */
export function nextSort(current: DictionarySort, column: DictionaryColumn): DictionarySort {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: 'ascending' };
}

/** Facet filters beside the free-text query; an empty value means "any". */
export interface DictionaryFilters {
  query: string;
  type: string;
  sensitivity: string;
  category: string;
  /** A standard name ("DCI", "FHIR"...), matched against the element's standard references. */
  standard: string;
}

export const NO_FILTERS: DictionaryFilters = { query: '', type: '', sensitivity: '', category: '', standard: '' };

/** The facet filter value for "no category". */
export const NO_CATEGORY = '\u0000none';

export function matchesFilters(element: DataElement, filters: DictionaryFilters): boolean {
  if (filters.type && element.type !== filters.type) return false;
  if (filters.sensitivity && element.sensitivity !== filters.sensitivity) return false;
  if (filters.category) {
    if (filters.category === NO_CATEGORY ? element.category !== undefined : element.category !== filters.category) return false;
  }
  if (filters.standard && !element.standardRefs.some((ref) => ref.standard === filters.standard)) return false;
  return true;
}

export function filteredRows(
  elements: readonly DataElement[],
  filters: DictionaryFilters,
  sort: DictionarySort,
  codeListNames: ReadonlyMap<string, string>,
): DataElement[] {
  const faceted = filters.type || filters.sensitivity || filters.category || filters.standard ? elements.filter((e) => matchesFilters(e, filters)) : elements;
  return dictionaryRows(faceted, filters.query, sort, codeListNames);
}

/** The distinct categories and standards present, for the filter menus. */
export function facetValues(elements: readonly DataElement[]): { categories: string[]; standards: string[]; hasUncategorised: boolean } {
  const categories = new Set<string>();
  const standards = new Set<string>();
  let hasUncategorised = false;
  for (const e of elements) {
    if (e.category) categories.add(e.category);
    else hasUncategorised = true;
    for (const ref of e.standardRefs) if (ref.standard) standards.add(ref.standard);
  }
  return { categories: [...categories].sort(collator.compare), standards: [...standards].sort(collator.compare), hasUncategorised };
}

export type TableItem = { kind: 'group'; category: string | undefined; count: number } | { kind: 'element'; element: DataElement };

/**
 * Rows interleaved with one header per category, in the order of the sorted rows' categories
 * sorted by name (uncategorised last); the sort applies within each group.
 */
export function groupByCategory(rows: readonly DataElement[]): TableItem[] {
  const groups = new Map<string | undefined, DataElement[]>();
  for (const row of rows) {
    const list = groups.get(row.category);
    if (list) list.push(row);
    else groups.set(row.category, [row]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === undefined ? 1 : b === undefined ? -1 : collator.compare(a, b)));
  const items: TableItem[] = [];
  for (const key of keys) {
    const list = groups.get(key)!;
    items.push({ kind: 'group', category: key, count: list.length });
    for (const element of list) items.push({ kind: 'element', element });
  }
  return items;
}
