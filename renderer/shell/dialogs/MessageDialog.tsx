import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageRequest } from '../../store/dialogs';
import { Button, Dialog } from '../../ui';

export function MessageDialog({ request }: { request: MessageRequest }) {
  const { t } = useTranslation();
  const okRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={request.title}
      role={request.tone === 'danger' ? 'alertdialog' : 'dialog'}
      size="small"
      initialFocus={okRef}
      onClose={() => request.resolve()}
      footer={
        <Button ref={okRef} variant="primary" onClick={() => request.resolve()}>
          {t('common:ok')}
        </Button>
      }
    >
      {request.body.split('\n\n').map((paragraph, index) => (
        <p key={index} className={request.tone === 'danger' && index === 0 ? 'cs-message--danger' : undefined}>
          {paragraph}
        </p>
      ))}
    </Dialog>
  );
}
