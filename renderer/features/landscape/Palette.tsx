import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { componentGroups, componentTypes, type ComponentTypeInfo } from '../../../models/catalog';

export const PALETTE_MIME = 'application/x-convergence-component-type';

interface PaletteProps {
  /** Adds a component of the type at the centre of the view (click or Enter). */
  onAdd: (type: string) => void;
}

/**
 * The component types grouped as the catalogue groups them. Each entry can be dragged onto
 * the canvas, or pressed to add the component at the centre of the view (the keyboard path).
 */
/** Memoised: the editor re-renders for every stage of a staged redraw (useStagedFlow); the palette need not. */
export const Palette = memo(function Palette({ onAdd }: PaletteProps) {
  const { t } = useTranslation('landscape');
  const [query, setQuery] = useState('');
  const groups = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const matches = (type: ComponentTypeInfo) => !needle || `${type.name} ${type.shortName}`.toLowerCase().includes(needle);
    return componentGroups
      .map((group) => ({ group, types: componentTypes.filter((type) => type.group === group.id && matches(type)) }))
      .filter((entry) => entry.types.length > 0);
  }, [query]);

  return (
    <aside className="cs-lpalette" aria-label={t('palette.label')}>
      <h3 className="cs-lpalette__title">{t('palette.title')}</h3>
      <p className="cs-lpalette__hint cs-muted">{t('palette.hint')}</p>
      <input
        type="search"
        className="cs-input cs-lpalette__search"
        placeholder={t('palette.search')}
        aria-label={t('palette.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <div className="cs-lpalette__groups">
        {groups.map(({ group, types }) => (
          <section key={group.id} className="cs-lpalette__group" aria-label={t(`group.${group.id}`)}>
            <h4>{t(`group.${group.id}`)}</h4>
            <ul>
              {types.map((type) => (
                <li key={type.id}>
                  <button
                    type="button"
                    className="cs-lpalette__item"
                    draggable
                    title={type.description}
                    aria-label={t('palette.add', { type: type.shortName })}
                    onDragStart={(event) => {
                      event.dataTransfer.setData(PALETTE_MIME, type.id);
                      event.dataTransfer.effectAllowed = 'copy';
                    }}
                    onClick={() => onAdd(type.id)}
                  >
                    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                      <path d={type.iconPath} fill={type.colour} />
                    </svg>
                    <span>{type.shortName}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </aside>
  );
});
