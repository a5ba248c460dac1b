import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sensitivityLevels } from '../../../models/catalog';
import type { DataElement, DataType, Project, Sensitivity } from '../../../models/project/types';
import { Button } from '../../ui';
import { Ellipsis } from '../shared/Ellipsis';
import {
  DICTIONARY_COLUMNS,
  facetValues,
  filteredRows,
  groupByCategory,
  NO_CATEGORY,
  NO_FILTERS,
  nextSort,
  type DictionaryColumn,
  type DictionaryFilters,
  type TableItem,
} from './dictionaryTable';
import { useDictionaryUi } from './dictionaryUi';

export const DATA_TYPES: readonly DataType[] = ['string', 'integer', 'decimal', 'boolean', 'date', 'datetime', 'code', 'identifier', 'object'];

/** Fixed row height: the virtualiser positions rows without measuring each. */
const ROW_HEIGHT = 44;

export interface ElementsTableProps {
  project: Project;
  usage: ReadonlyMap<string, number>;
  onEdit(id: string, patch: Partial<Omit<DataElement, 'id'>>): void;
}

/**
 * The dictionary as a virtualised table: only the rows in view (plus a few) are in the DOM, so
 * 5,000 entries scroll as smoothly as 50. Type and sensitivity are edited in the row; the name
 * by double-click or F2 on it; everything else in the detail panel.
 */
export function ElementsTable({ project, usage, onEdit }: ElementsTableProps) {
  const { t } = useTranslation('dictionary');
  const filters = useDictionaryUi((s) => s.filters);
  const sort = useDictionaryUi((s) => s.sort);
  const grouped = useDictionaryUi((s) => s.groupByCategory);
  const selectedId = useDictionaryUi((s) => s.selectedElementId);
  const setUi = useDictionaryUi((s) => s.set);
  const codeListNames = useMemo(() => new Map(project.codeLists.map((c) => [c.id, c.name])), [project.codeLists]);
  const rows = useMemo(() => filteredRows(project.dataElements, filters, sort, codeListNames), [project.dataElements, filters, sort, codeListNames]);
  const items: TableItem[] = useMemo(
    () => (grouped ? groupByCategory(rows) : rows.map((element) => ({ kind: 'element' as const, element }))),
    [rows, grouped],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    // Without layout (first paint, tests) still render a screenful.
    initialRect: { width: 1000, height: 800 },
  });

  // Bring a row selected from elsewhere ("where used", a search) into view.
  useEffect(() => {
    if (!selectedId) return;
    const index = items.findIndex((item) => item.kind === 'element' && item.element.id === selectedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    // Only when the selection changes, not on every edit of the rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  // Stable, so memoised rows skip re-rendering while the table scrolls.
  const select = useCallback((id: string) => setUi({ selectedElementId: id }), [setUi]);
  const setFilters = (patch: Partial<DictionaryFilters>) => setUi({ filters: { ...filters, ...patch } });
  const virtualItems = virtualizer.getVirtualItems();
  const paddingTop = virtualItems[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (virtualItems[virtualItems.length - 1]?.end ?? 0);
  const columnLabels: Record<DictionaryColumn, string> = {
    name: t('column.name'),
    id: t('column.id'),
    type: t('column.type'),
    sensitivity: t('column.sensitivity'),
    category: t('column.category'),
    codeList: t('column.codeList'),
    standards: t('column.standards'),
  };

  return (
    <section className="cs-feature-section cs-dictionary__elements" aria-label={t('elementsHeading')}>
      <Filters project={project} filters={filters} onChange={setFilters} shown={rows.length} total={project.dataElements.length} grouped={grouped} onGroup={(value) => setUi({ groupByCategory: value })} />
      {rows.length === 0 ? (
        <div className="cs-dictionary__no-match">
          <p>{t('filter.noMatch', { query: filters.query })}</p>
          <Button size="small" onClick={() => setUi({ filters: NO_FILTERS })}>
            {t('filter.clear')}
          </Button>
        </div>
      ) : (
        <div ref={scrollRef} className="cs-table-wrap cs-dictionary__scroll" data-testid="dictionary-scroll">
          <table className="cs-table cs-feature-fixed cs-dictionary__table" aria-rowcount={items.length + 1}>
            <caption className="cs-visually-hidden">{t('tableCaption')}</caption>
            <colgroup>
              <col style={{ width: '22%' }} />
              <col style={{ width: '16%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '10%' }} />
              <col style={{ width: '10%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '6%' }} />
            </colgroup>
            <thead>
              <tr>
                {DICTIONARY_COLUMNS.map((column) => (
                  <SortableHeader key={column} label={columnLabels[column]} column={column} />
                ))}
                <th scope="col" className="cs-num">
                  {t('column.used')}
                </th>
              </tr>
            </thead>
            <tbody>
              {paddingTop > 0 ? (
                <tr aria-hidden="true" className="cs-dictionary__spacer">
                  <td colSpan={8} style={{ height: paddingTop }} />
                </tr>
              ) : null}
              {virtualItems.map((virtual) => {
                const item = items[virtual.index]!;
                if (item.kind === 'group') {
                  return (
                    <tr key={`group:${item.category ?? ''}`} className="cs-dictionary__group" aria-rowindex={virtual.index + 2}>
                      <th scope="colgroup" colSpan={8}>
                        {item.category ? t(`catalog:dataCategory.${item.category}`, { defaultValue: item.category }) : t('noCategory')}
                        <span className="cs-muted"> · {t('elementCount', { count: item.count })}</span>
                      </th>
                    </tr>
                  );
                }
                const element = item.element;
                return (
                  <ElementRow
                    key={element.id}
                    rowIndex={virtual.index + 2}
                    element={element}
                    selected={element.id === selectedId}
                    codeListName={element.codeListId ? (codeListNames.get(element.codeListId) ?? element.codeListId) : undefined}
                    usage={usage.get(element.id) ?? 0}
                    onSelect={select}
                    onEdit={onEdit}
                  />
                );
              })}
              {paddingBottom > 0 ? (
                <tr aria-hidden="true" className="cs-dictionary__spacer">
                  <td colSpan={8} style={{ height: paddingBottom }} />
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Filters({
  project,
  filters,
  onChange,
  shown,
  total,
  grouped,
  onGroup,
}: {
  project: Project;
  filters: DictionaryFilters;
  onChange(patch: Partial<DictionaryFilters>): void;
  shown: number;
  total: number;
  grouped: boolean;
  onGroup(value: boolean): void;
}) {
  const { t } = useTranslation('dictionary');
  const id = useId();
  const facets = useMemo(() => facetValues(project.dataElements), [project.dataElements]);
  return (
    <div className="cs-dictionary__filters" role="search" aria-label={t('filter.region')}>
      <div className="cs-dictionary__filter-field cs-dictionary__filter-query">
        <label htmlFor={`${id}-query`}>{t('filter.label')}</label>
        <input
          id={`${id}-query`}
          className="cs-input"
          type="search"
          value={filters.query}
          placeholder={t('filter.placeholder')}
          onChange={(event) => onChange({ query: event.target.value })}
          aria-describedby={`${id}-count`}
        />
      </div>
      <div className="cs-dictionary__filter-field">
        <label htmlFor={`${id}-type`}>{t('column.type')}</label>
        <select id={`${id}-type`} className="cs-select" value={filters.type} onChange={(event) => onChange({ type: event.target.value })}>
          <option value="">{t('filter.any')}</option>
          {DATA_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`dataType.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="cs-dictionary__filter-field">
        <label htmlFor={`${id}-sensitivity`}>{t('column.sensitivity')}</label>
        <select id={`${id}-sensitivity`} className="cs-select" value={filters.sensitivity} onChange={(event) => onChange({ sensitivity: event.target.value })}>
          <option value="">{t('filter.any')}</option>
          {sensitivityLevels.map((level) => (
            <option key={level.id} value={level.id}>
              {t(`catalog:sensitivity.${level.id}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="cs-dictionary__filter-field">
        <label htmlFor={`${id}-category`}>{t('column.category')}</label>
        <select id={`${id}-category`} className="cs-select" value={filters.category} onChange={(event) => onChange({ category: event.target.value })}>
          <option value="">{t('filter.any')}</option>
          {facets.categories.map((category) => (
            <option key={category} value={category}>
              {t(`catalog:dataCategory.${category}`, { defaultValue: category })}
            </option>
          ))}
          {facets.hasUncategorised ? <option value={NO_CATEGORY}>{t('noCategory')}</option> : null}
        </select>
      </div>
      <div className="cs-dictionary__filter-field">
        <label htmlFor={`${id}-standard`}>{t('filter.standard')}</label>
        <select id={`${id}-standard`} className="cs-select" value={filters.standard} onChange={(event) => onChange({ standard: event.target.value })}>
          <option value="">{t('filter.any')}</option>
          {facets.standards.map((standard) => (
            <option key={standard} value={standard}>
              {standard}
            </option>
          ))}
        </select>
      </div>
      <label className="cs-dictionary__group-toggle">
        <input type="checkbox" checked={grouped} onChange={(event) => onGroup(event.target.checked)} />
        <span>{t('filter.group')}</span>
      </label>
      <span id={`${id}-count`} className="cs-muted cs-dictionary__count" role="status">
        {t('filter.count', { shown, total })}
      </span>
    </div>
  );
}

function SortableHeader({ label, column }: { label: string; column: DictionaryColumn }) {
  const { t } = useTranslation('dictionary');
  const sort = useDictionaryUi((s) => s.sort);
  const setUi = useDictionaryUi((s) => s.set);
  const active = sort.column === column;
  const arrow = !active ? '↕' : sort.direction === 'ascending' ? '↑' : '↓';
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="cs-dictionary__sort" onClick={() => setUi({ sort: nextSort(sort, column) })} title={t('sortBy', { column: label })}>
        {label}
        <span aria-hidden="true" className={active ? 'cs-dictionary__arrow is-active' : 'cs-dictionary__arrow'}>
          {arrow}
        </span>
      </button>
    </th>
  );
}

interface ElementRowProps {
  element: DataElement;
  rowIndex: number;
  selected: boolean;
  codeListName: string | undefined;
  usage: number;
  onSelect(id: string): void;
  onEdit(id: string, patch: Partial<Omit<DataElement, 'id'>>): void;
}

const ElementRow = memo(function ElementRow({ element, rowIndex, selected, codeListName, usage, onSelect, onEdit }: ElementRowProps) {
  const { t } = useTranslation('dictionary');
  const [renaming, setRenaming] = useState(false);
  const standards = element.standardRefs.map((ref) => (ref.standard ? `${ref.standard} ${ref.reference}` : ref.reference)).join('; ');
  return (
    <tr className={selected ? 'cs-dictionary__row is-selected' : 'cs-dictionary__row'} aria-rowindex={rowIndex} onClick={() => onSelect(element.id)}>
      <th scope="row" className="cs-dictionary__name">
        {renaming ? (
          <RenameInput
            name={element.name}
            label={t('renameLabel', { name: element.name })}
            onDone={(name) => {
              setRenaming(false);
              if (name !== null && name.trim() !== '' && name !== element.name) onEdit(element.id, { name: name.trim() });
            }}
          />
        ) : (
          <button
            type="button"
            className="cs-dictionary__name-button"
            aria-pressed={selected}
            title={t('nameButtonHint', { name: element.name })}
            onClick={() => onSelect(element.id)}
            onDoubleClick={() => setRenaming(true)}
            onKeyDown={(event) => {
              if (event.key === 'F2') {
                event.preventDefault();
                setRenaming(true);
              }
            }}
          >
            <Ellipsis text={element.name} className="cs-dictionary__element-name" />
            {element.definition ? <Ellipsis text={element.definition} className="cs-muted cs-dictionary__definition" /> : null}
          </button>
        )}
      </th>
      <td>
        <code className="cs-feature-ellipsis" title={element.id}>
          {element.id}
        </code>
      </td>
      <td>
        <select
          className="cs-select cs-dictionary__cell-select"
          value={element.type}
          aria-label={t('typeOf', { name: element.name })}
          onClick={(event) => event.stopPropagation()}
          onChange={(event) => onEdit(element.id, { type: event.target.value as DataType })}
        >
          {DATA_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`dataType.${type}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          className={`cs-select cs-dictionary__cell-select cs-dictionary__sensitivity--${element.sensitivity}`}
          value={element.sensitivity}
          aria-label={t('sensitivityOf', { name: element.name })}
          onClick={(event) => event.stopPropagation()}
          onChange={(event) => onEdit(element.id, { sensitivity: event.target.value as Sensitivity })}
        >
          {sensitivityLevels.map((level) => (
            <option key={level.id} value={level.id}>
              {t(`catalog:sensitivity.${level.id}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        {element.category ? <Ellipsis text={t(`catalog:dataCategory.${element.category}`, { defaultValue: element.category })} /> : <span className="cs-muted">{t('none')}</span>}
      </td>
      <td>{codeListName ? <Ellipsis text={codeListName} /> : <span className="cs-muted">{t('none')}</span>}</td>
      <td>{standards ? <Ellipsis text={standards} /> : <span className="cs-muted">{t('none')}</span>}</td>
      <td className="cs-num">{usage > 0 ? usage : <span className="cs-muted">{t('none')}</span>}</td>
    </tr>
  );
});

function RenameInput({ name, label, onDone }: { name: string; label: string; onDone(name: string | null): void }) {
  const [value, setValue] = useState(name);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (result: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(result);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') finish(value);
    else if (event.key === 'Escape') {
      event.stopPropagation();
      finish(null);
    }
  };
  return (
    <input
      ref={ref}
      className="cs-input cs-dictionary__rename"
      aria-label={label}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(value)}
      onClick={(event) => event.stopPropagation()}
    />
  );
}
