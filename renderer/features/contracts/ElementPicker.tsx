import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../models/project/types';
import { Dialog } from '../../ui';
import { matchesQuery } from '../dictionary/dictionaryTable';

const SHOWN = 100;

/** Chooses a data element by typing part of its name, id or definition. */
export function ElementPicker({ project, title, onPick, onClose }: { project: Project; title: string; onPick(id: string): void; onClose(): void }) {
  const { t } = useTranslation('contracts');
  const [query, setQuery] = useState('');
  const matches = useMemo(() => project.dataElements.filter((e) => matchesQuery(e, query)), [project.dataElements, query]);
  return (
    <Dialog title={title} onClose={onClose} size="medium">
      <label className="cs-field">
        <span className="cs-field__label">{t('picker.filter')}</span>
        <input className="cs-input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus />
      </label>
      <p className="cs-muted" role="status">
        {t('picker.count', { shown: Math.min(SHOWN, matches.length), total: matches.length })}
      </p>
      <ul className="cs-contracts__picker">
        {matches.slice(0, SHOWN).map((e) => (
          <li key={e.id}>
            <button type="button" className="cs-feature-list__item" onClick={() => onPick(e.id)}>
              <span className="cs-feature-list__title">{e.name}</span>
              <span className="cs-feature-list__meta">
                <code>{e.id}</code> · {t(`dictionary:dataType.${e.type}`)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
