// Form controls of the scenario editor. Text keeps what is typed locally and commits on blur
// (or Enter in a one-line field), so one edit of a field is one undo step, not one per key.

import { useEffect, useId, useState, type ReactNode } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  /** Refuse an empty value (the previous one comes back). */
  required?: boolean;
  /** Hide the label visually (it stays the accessible name). */
  hideLabel?: boolean;
  className?: string;
  inputRef?: (element: HTMLInputElement | null) => void;
}

export function TextField({ label, value, onCommit, multiline = false, rows = 3, hint, required, hideLabel, className, inputRef }: TextFieldProps) {
  const id = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (required && draft.trim() === '') {
      setDraft(value);
      return;
    }
    if (draft !== value) onCommit(required ? draft.trim() : draft);
  };
  return (
    <div className={['cs-field', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'cs-visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? (
        <textarea
          id={id}
          className="cs-textarea"
          rows={rows}
          value={draft}
          aria-describedby={hint ? hintId : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          dir="auto"
        />
      ) : (
        <input
          id={id}
          ref={inputRef}
          className="cs-input"
          value={draft}
          aria-describedby={hint ? hintId : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(value);
          }}
          dir="auto"
        />
      )}
      {hint ? (
        <span id={hintId} className="cs-field__hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  hideLabel?: boolean;
  className?: string;
}

export function SelectField({ label, value, onChange, children, hideLabel, className }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={['cs-field', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'cs-visually-hidden' : undefined}>
        {label}
      </label>
      <select id={id} className="cs-select" value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}
