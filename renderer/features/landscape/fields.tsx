// Small form controls of the side panel. Text fields keep what is typed locally and commit on
// blur or Enter, so one edit of a field is one undo step (not one per keystroke).

import { useEffect, useId, useState, type ReactNode } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  hint?: string;
  placeholder?: string;
}

export function TextField({ label, value, onCommit, multiline = false, hint, placeholder }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <div className="cs-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} className="cs-textarea" rows={3} value={draft} placeholder={placeholder} onChange={(e) => setDraft(e.target.value)} onBlur={commit} dir="auto" />
      ) : (
        <input
          id={id}
          className="cs-input"
          value={draft}
          placeholder={placeholder}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(value);
          }}
          dir="auto"
        />
      )}
      {hint ? <span className="cs-field__hint">{hint}</span> : null}
    </div>
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}

export function SelectField({ label, value, onChange, children }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="cs-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="cs-select" value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}

export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="cs-lpanel__check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

interface SearchPickerProps<T> {
  label: string;
  placeholder: string;
  items: readonly T[];
  /** Text the query is matched against. */
  textOf: (item: T) => string;
  render: (item: T) => ReactNode;
  keyOf: (item: T) => string;
  onPick: (item: T) => void;
  emptyText: string;
  limit?: number;
}

/** A search box with a list of matches: type to filter, arrow keys to move, Enter to pick. */
export function SearchPicker<T>({ label, placeholder, items, textOf, render, keyOf, onPick, emptyText, limit = 30 }: SearchPickerProps<T>) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const needle = query.trim().toLowerCase();
  const matches = needle ? items.filter((item) => textOf(item).toLowerCase().includes(needle)).slice(0, limit) : [];
  const pick = (item: T) => {
    onPick(item);
    setQuery('');
    setActive(0);
  };
  return (
    <div className="cs-field cs-lpicker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        className="cs-input"
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={matches.length > 0 ? `${id}-option-${active}` : undefined}
        aria-autocomplete="list"
        placeholder={placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((index) => Math.min(index + 1, matches.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((index) => Math.max(index - 1, 0));
          } else if (e.key === 'Enter' && matches[active]) {
            e.preventDefault();
            pick(matches[active]!);
          } else if (e.key === 'Escape') {
            setQuery('');
          }
        }}
      />
      {needle ? (
        <ul id={`${id}-list`} role="listbox" className="cs-lpicker__list" aria-label={label}>
          {matches.length === 0 ? <li className="cs-muted cs-lpicker__empty">{emptyText}</li> : null}
          {matches.map((item, index) => (
            <li
              key={keyOf(item)}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'is-active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(item)}
            >
              {render(item)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
