import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface TypeOption {
  id: string;
  label: string;
}

interface TypeFilterProps {
  options: readonly TypeOption[];
  selected: readonly string[];
  onChange: (types: string[]) => void;
}

/**
 * Several component types at once: a button that opens a group of checkboxes (a native
 * multiple <select> needs Ctrl+click, which few people know). Escape or a click elsewhere closes
 * it and focus returns to the button; Tab moves through the checkboxes.
 */
export function TypeFilter({ options, selected, onChange }: TypeFilterProps) {
  const { t } = useTranslation('landscape');
  const id = useId();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const chosen = new Set(selected);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const summary =
    selected.length === 0
      ? t('filter.any')
      : selected.length === 1
        ? (options.find((o) => o.id === selected[0])?.label ?? selected[0]!)
        : t('filter.typesChosen', { count: selected.length });
  const toggle = (typeId: string, on: boolean) => {
    const next = options.map((o) => o.id).filter((candidate) => (candidate === typeId ? on : chosen.has(candidate)));
    onChange(next);
  };

  return (
    <div
      ref={rootRef}
      className="cs-lfilter__item cs-ltypes"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <span id={`${id}-label`}>{t('filter.type')}</span>
      <button
        ref={buttonRef}
        type="button"
        className="cs-select cs-ltypes__button"
        aria-labelledby={`${id}-label ${id}-value`}
        aria-expanded={open}
        aria-controls={`${id}-popup`}
        onClick={() => setOpen((value) => !value)}
      >
        <span id={`${id}-value`} className="cs-ltypes__value">
          {summary}
        </span>
        <span aria-hidden="true" className="cs-ltypes__chevron">
          ▾
        </span>
      </button>
      {open ? (
        <fieldset id={`${id}-popup`} className="cs-ltypes__popup">
          <legend className="cs-visually-hidden">{t('filter.typesLegend')}</legend>
          {selected.length > 0 ? (
            <button type="button" className="cs-button cs-button--ghost cs-button--small cs-ltypes__all" onClick={() => onChange([])}>
              {t('filter.allTypes')}
            </button>
          ) : null}
          {options.map((option) => (
            <label key={option.id} className="cs-ltypes__option">
              <input type="checkbox" checked={chosen.has(option.id)} onChange={(e) => toggle(option.id, e.target.checked)} /> {option.label}
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
