import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeList, DataElement, Project } from '../../../models/project/types';
import { Button, EmptyState } from '../../ui';
import { Ellipsis } from '../shared/Ellipsis';
import { SensitivityBadge } from '../shared/SensitivityBadge';
import '../shared/features.css';
import './dictionary.css';
import { DICTIONARY_COLUMNS, dictionaryRows, nextSort, type DictionaryColumn, type DictionarySort } from './dictionaryTable';

export function DictionaryView({ project }: { project: Project }) {
  const { t } = useTranslation('dictionary');
  const { dataElements, codeLists } = project;
  return (
    <div className="cs-view cs-dictionary">
      <header className="cs-view-header">
        <h2>{t('title')}</h2>
        {dataElements.length + codeLists.length > 0 ? (
          <span className="cs-feature-summary">
            {t('elementCount', { count: dataElements.length })} · {t('codeListCount', { count: codeLists.length })}
          </span>
        ) : null}
      </header>
      {dataElements.length === 0 ? (
        <EmptyState title={t('empty.title')} body={t('empty.body')} />
      ) : (
        <ElementsTable elements={dataElements} codeLists={codeLists} />
      )}
      {codeLists.length > 0 ? <CodeListsSection codeLists={codeLists} /> : null}
    </div>
  );
}

function ElementsTable({ elements, codeLists }: { elements: DataElement[]; codeLists: CodeList[] }) {
  const { t } = useTranslation('dictionary');
  const filterId = useId();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<DictionarySort>({ column: 'name', direction: 'ascending' });
  const codeListNames = useMemo(() => new Map(codeLists.map((c) => [c.id, c.name])), [codeLists]);
  const rows = useMemo(() => dictionaryRows(elements, query, sort, codeListNames), [elements, query, sort, codeListNames]);
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
    <section className="cs-feature-section" aria-labelledby={`${filterId}-heading`}>
      <h3 id={`${filterId}-heading`} className="cs-visually-hidden">
        {t('elementsHeading')}
      </h3>
      <div className="cs-dictionary__filter">
        <label htmlFor={filterId}>{t('filter.label')}</label>
        <input
          id={filterId}
          className="cs-input"
          type="search"
          value={query}
          placeholder={t('filter.placeholder')}
          onChange={(event) => setQuery(event.target.value)}
          aria-describedby={`${filterId}-count`}
        />
        <span id={`${filterId}-count`} className="cs-muted" role="status">
          {t('filter.count', { shown: rows.length, total: elements.length })}
        </span>
      </div>
      {rows.length === 0 ? (
        <div className="cs-dictionary__no-match">
          <p>{t('filter.noMatch', { query })}</p>
          <Button size="small" onClick={() => setQuery('')}>
            {t('filter.clear')}
          </Button>
        </div>
      ) : (
        <div className="cs-table-wrap">
          <table className="cs-table cs-feature-fixed cs-dictionary__table">
            <caption className="cs-visually-hidden">{t('tableCaption')}</caption>
            <colgroup>
              <col style={{ width: '24%' }} />
              <col style={{ width: '17%' }} />
              <col style={{ width: '13%' }} />
              <col style={{ width: '11%' }} />
              <col style={{ width: '9%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '14%' }} />
            </colgroup>
            <thead>
              <tr>
                {DICTIONARY_COLUMNS.map((column) => (
                  <SortableHeader
                    key={column}
                    label={columnLabels[column]}
                    column={column}
                    sort={sort}
                    onSort={() => setSort((current) => nextSort(current, column))}
                  />
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((element) => (
                <ElementRow key={element.id} element={element} codeListName={element.codeListId ? codeListNames.get(element.codeListId) : undefined} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function SortableHeader({
  label,
  column,
  sort,
  onSort,
}: {
  label: string;
  column: DictionaryColumn;
  sort: DictionarySort;
  onSort: () => void;
}) {
  const { t } = useTranslation('dictionary');
  const active = sort.column === column;
  const arrow = !active ? '↕' : sort.direction === 'ascending' ? '↑' : '↓';
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button
        type="button"
        className="cs-dictionary__sort"
        onClick={onSort}
        title={t('sortBy', { column: label })}
      >
        {label}
        <span aria-hidden="true" className={active ? 'cs-dictionary__arrow is-active' : 'cs-dictionary__arrow'}>
          {arrow}
        </span>
      </button>
    </th>
  );
}

function ElementRow({ element, codeListName }: { element: DataElement; codeListName: string | undefined }) {
  const { t } = useTranslation('dictionary');
  return (
    <tr>
      <th scope="row" className="cs-dictionary__name">
        <Ellipsis text={element.name} className="cs-dictionary__element-name" />
        {element.definition ? <Ellipsis text={element.definition} className="cs-muted cs-dictionary__definition" /> : null}
      </th>
      <td>
        <code className="cs-feature-ellipsis" title={element.id}>
          {element.id}
        </code>
      </td>
      <td className="cs-dictionary__type">
        <span className="cs-feature-nowrap">{t(`dataType.${element.type}`)}</span>
        {element.format ? <Ellipsis text={element.format} className="cs-muted cs-dictionary__format" /> : null}
      </td>
      <td>
        <SensitivityBadge level={element.sensitivity} />
      </td>
      <td className="cs-dictionary__category">
        {element.category ? <Ellipsis text={t(`catalog:dataCategory.${element.category}`, { defaultValue: element.category })} /> : <span className="cs-muted">{t('none')}</span>}
      </td>
      <td>
        {element.codeListId ? (
          <Ellipsis text={codeListName ?? element.codeListId} />
        ) : (
          <span className="cs-muted">{t('none')}</span>
        )}
      </td>
      <td className="cs-dictionary__standards">
        {element.standardRefs.length === 0 ? (
          <span className="cs-muted">{t('none')}</span>
        ) : (
          <ul className="cs-feature-plain-list">
            {element.standardRefs.map((ref, index) => (
              <li key={index}>
                <span className="cs-dictionary__standard">{ref.standard}</span> {ref.reference}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function CodeListsSection({ codeLists }: { codeLists: CodeList[] }) {
  const { t } = useTranslation('dictionary');
  const headingId = useId();
  return (
    <section className="cs-feature-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('codeLists.heading')}</h3>
      <div className="cs-dictionary__codelists">
        {codeLists.map((list) => (
          <article key={list.id} className="cs-dictionary__codelist" aria-labelledby={`${headingId}-${list.id}`}>
            <header>
              <h4 id={`${headingId}-${list.id}`}>
                <Ellipsis text={list.name} />
              </h4>
              <code className="cs-muted">{list.id}</code>
              {list.description ? <p className="cs-dictionary__codelist-description">{list.description}</p> : null}
            </header>
            {list.values.length === 0 ? (
              <p className="cs-muted">{t('codeLists.noValues')}</p>
            ) : (
              <div className="cs-dictionary__codelist-values">
                <table className="cs-table">
                  <caption className="cs-visually-hidden">{t('codeLists.caption', { name: list.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('codeLists.code')}</th>
                      <th scope="col">{t('codeLists.label')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.values.map((value) => (
                      <tr key={value.code}>
                        <td>
                          <code>{value.code}</code>
                        </td>
                        <td title={value.definition}>
                          {value.label}
                          {value.definition ? <span className="cs-muted cs-dictionary__value-definition">{value.definition}</span> : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </article>
        ))}
      </div>
    </section>
  );
}
