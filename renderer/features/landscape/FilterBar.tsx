import { forwardRef, memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { componentTypes, deliveryChainPhases } from '../../../models/catalog';
import type { Project } from '../../../models/project/types';
import { useLandscapeUi } from './landscapeUi';
import { TypeFilter } from './TypeFilter';

interface FilterBarProps {
  project: Project;
  matchCount: { components: number; interactions: number } | null;
  onSearch: (query: string) => void;
  keptCount: number | null;
}

/** Filter and highlight (phase, type, scenario, personal data) and the search box. */
// Memoised: the editor re-renders for every stage of a staged redraw (useStagedFlow); this bar need not.
export const FilterBar = memo(forwardRef<HTMLInputElement, FilterBarProps>(function FilterBar({ project, matchCount, onSearch, keptCount }, searchRef) {
  const { t } = useTranslation('landscape');
  const id = useId();
  const filter = useLandscapeUi((s) => s.filter);
  const hide = useLandscapeUi((s) => s.hideFiltered);
  const setFilter = useLandscapeUi((s) => s.setFilter);
  const setHide = useLandscapeUi((s) => s.setHideFiltered);
  const usedTypes = new Set(project.components.map((c) => c.type));
  const typeOptions = componentTypes.filter((type) => usedTypes.has(type.id));
  const hasUnknown = project.components.some((c) => !componentTypes.some((type) => type.id === c.type));
  const active = Boolean(filter.phase || filter.scenario || filter.minSensitivity || filter.types?.length);

  return (
    <div className="cs-lfilter" role="search" aria-label={t('filter.label')}>
      <div className="cs-lfilter__item">
        <label htmlFor={`${id}-search`}>{t('filter.search')}</label>
        <input
          ref={searchRef}
          id={`${id}-search`}
          type="search"
          className="cs-input"
          placeholder={t('filter.searchPlaceholder')}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onSearch(e.currentTarget.value);
          }}
          onChange={(e) => {
            if (e.target.value === '') onSearch('');
          }}
        />
      </div>
      <span className="cs-lfilter__count cs-muted" aria-live="polite">
        {matchCount ? t('filter.matches', { count: matchCount.components + matchCount.interactions }) : ''}
      </span>
      <div className="cs-lfilter__item">
        <label htmlFor={`${id}-phase`}>{t('filter.phase')}</label>
        <select id={`${id}-phase`} className="cs-select" value={filter.phase ?? ''} onChange={(e) => setFilter({ ...filter, phase: e.target.value || undefined })}>
          <option value="">{t('filter.any')}</option>
          {deliveryChainPhases.map((phase) => (
            <option key={phase.id} value={phase.id}>
              {t(`catalog:phase.${phase.id}`)}
            </option>
          ))}
        </select>
      </div>
      <TypeFilter
        options={[...typeOptions.map((type) => ({ id: type.id, label: type.shortName })), ...(hasUnknown ? [{ id: 'unknown', label: t('node.unknownType') }] : [])]}
        selected={filter.types ?? []}
        onChange={(types) => setFilter({ ...filter, types: types.length > 0 ? types : undefined })}
      />
      <div className="cs-lfilter__item">
        <label htmlFor={`${id}-scenario`}>{t('filter.scenario')}</label>
        <select id={`${id}-scenario`} className="cs-select" value={filter.scenario ?? ''} onChange={(e) => setFilter({ ...filter, scenario: e.target.value || undefined })}>
          <option value="">{t('filter.any')}</option>
          {project.scenarios.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenario.title}
            </option>
          ))}
        </select>
      </div>
      <div className="cs-lfilter__item">
        <label htmlFor={`${id}-data`}>{t('filter.data')}</label>
        <select
          id={`${id}-data`}
          className="cs-select"
          value={filter.minSensitivity ?? ''}
          onChange={(e) => setFilter({ ...filter, minSensitivity: (e.target.value || undefined) as 'personal' | 'sensitive' | undefined })}
        >
          <option value="">{t('filter.anyData')}</option>
          <option value="personal">{t('filter.personal')}</option>
          <option value="sensitive">{t('filter.sensitive')}</option>
        </select>
      </div>
      <div className="cs-lfilter__check">
        <input id={`${id}-hide`} type="checkbox" checked={hide} onChange={(e) => setHide(e.target.checked)} />
        <label htmlFor={`${id}-hide`}>{t('filter.hide')}</label>
      </div>
      {active ? (
        <>
          <span className="cs-muted cs-lfilter__count" aria-live="polite">
            {keptCount !== null ? t('filter.kept', { count: keptCount }) : ''}
          </span>
          <button type="button" className="cs-button cs-button--ghost cs-button--small" onClick={() => setFilter({})}>
            {t('filter.clear')}
          </button>
        </>
      ) : null}
    </div>
  );
}));
