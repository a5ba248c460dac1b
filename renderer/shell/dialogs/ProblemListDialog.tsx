import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemListRequest } from '../../store/dialogs';
import { Button, Dialog } from '../../ui';

/** Every problem of a file that could not be opened, scrollable and copyable for a bug report. */
export function ProblemListDialog({ request }: { request: ProblemListRequest }) {
  const { t } = useTranslation();
  const closeRef = useRef<HTMLButtonElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(request.copyText);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <Dialog
      title={request.title}
      role="alertdialog"
      size="large"
      initialFocus={closeRef}
      onClose={() => request.resolve()}
      footer={
        <>
          <Button onClick={() => void copy()}>{t('shell:openFailed.copy')}</Button>
          <span className="cs-spacer" aria-live="polite">
            {copied === 'yes' ? <span className="cs-muted">{t('shell:openFailed.copied')}</span> : null}
            {copied === 'failed' ? <span className="cs-muted">{t('shell:openFailed.copyFailed')}</span> : null}
          </span>
          <Button ref={closeRef} variant="primary" onClick={() => request.resolve()}>
            {t('common:close')}
          </Button>
        </>
      }
    >
      <p>{request.intro}</p>
      <ol className="cs-problem-list" aria-label={t('shell:openFailed.listLabel')} tabIndex={0}>
        {request.items.map((item, index) => (
          <li key={index}>
            <code className="cs-problem-list__location">{item.location}</code>
            <span className="cs-problem-list__message">{item.message}</span>
          </li>
        ))}
      </ol>
    </Dialog>
  );
}
