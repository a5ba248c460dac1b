import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveChangesRequest } from '../../store/dialogs';
import { Button, Dialog } from '../../ui';

export function SaveChangesDialog({ request }: { request: SaveChangesRequest }) {
  const { t } = useTranslation();
  const saveRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={t('shell:saveChanges.title', { name: request.documentName })}
      role="alertdialog"
      size="small"
      hideCloseButton
      initialFocus={saveRef}
      onClose={() => request.resolve('cancel')}
      footer={
        <>
          <Button variant="ghost" onClick={() => request.resolve('discard')}>
            {t('shell:saveChanges.discard')}
          </Button>
          <span className="cs-spacer" />
          <Button onClick={() => request.resolve('cancel')}>{t('common:cancel')}</Button>
          <Button ref={saveRef} variant="primary" onClick={() => request.resolve('save')}>
            {t('shell:saveChanges.save')}
          </Button>
        </>
      }
    >
      <p>{t('shell:saveChanges.body')}</p>
    </Dialog>
  );
}
