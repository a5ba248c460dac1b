import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromptRequest } from '../../store/dialogs';
import { Button, Dialog } from '../../ui';

export function PromptDialog({ request }: { request: PromptRequest }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(request.initialValue);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const errorId = useId();
  const formId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = request.validate?.(value) ?? null;
    setError(problem);
    if (problem) {
      inputRef.current?.focus();
      return;
    }
    request.resolve(value);
  };

  return (
    <Dialog
      title={request.title}
      size="small"
      onClose={() => request.resolve(null)}
      initialFocus={inputRef}
      footer={
        <>
          <Button onClick={() => request.resolve(null)}>{t('common:cancel')}</Button>
          <Button variant="primary" type="submit" form={formId}>
            {request.confirmLabel}
          </Button>
        </>
      }
    >
      <form id={formId} className="cs-field" onSubmit={submit} noValidate>
        <label htmlFor={inputId}>{request.label}</label>
        <input
          ref={inputRef}
          id={inputId}
          className="cs-input"
          value={value}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            if (error) setError(null);
          }}
        />
        {error ? (
          <p id={errorId} className="cs-field__error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
