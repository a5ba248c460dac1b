import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeletionPlan } from '../../../models/landscape/operations';
import { Button, Dialog } from '../../ui';

/** Asks before deleting, naming the interactions that go because an endpoint goes. */
export function DeleteDialog({ plan, onConfirm, onCancel }: { plan: DeletionPlan; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('landscape');
  const confirmRef = useRef<HTMLButtonElement>(null);
  const chosenInteractions = plan.interactions.filter((i) => !plan.cascaded.includes(i));
  return (
    <Dialog
      title={t('delete.title')}
      role="alertdialog"
      size="small"
      onClose={onCancel}
      initialFocus={confirmRef}
      hideCloseButton
      footer={
        <>
          <Button onClick={onCancel}>{t('delete.cancel')}</Button>
          <Button ref={confirmRef} variant="danger" onClick={onConfirm}>
            {t('delete.confirm')}
          </Button>
        </>
      }
    >
      {plan.components.length > 0 ? (
        <>
          <p>{t('delete.components', { count: plan.components.length })}</p>
          <ul className="cs-ldelete__list">
            {plan.components.map((c) => (
              <li key={c.id}>{c.name}</li>
            ))}
          </ul>
        </>
      ) : null}
      {chosenInteractions.length > 0 ? (
        <>
          <p>{t('delete.interactions', { count: chosenInteractions.length })}</p>
          <ul className="cs-ldelete__list">
            {chosenInteractions.map((i) => (
              <li key={i.id}>{i.name}</li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.cascaded.length > 0 ? (
        <>
          <p>{t('delete.cascade', { count: plan.cascaded.length })}</p>
          <ul className="cs-ldelete__list">
            {plan.cascaded.map((i) => (
              <li key={i.id}>{i.name}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="cs-muted">{t('delete.undo')}</p>
    </Dialog>
  );
}
