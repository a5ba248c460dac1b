import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dialogs } from '../../store/dialogs';
import { Button, Dialog } from '../../ui';
import { importFolderEntries, type PendingFolder } from './contractImport';

/** Chooses which entry documents of a picked folder to import as contracts. */
export function FolderDialog({ pending, onClose }: { pending: PendingFolder; onClose(): void }) {
  const { t } = useTranslation('contracts');
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(pending.entries.length === 1 ? pending.entries : []));
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      title={t('folder.title', { name: pending.folder.name })}
      size="medium"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('folder.cancel')}</Button>
          <Button
            variant="primary"
            disabled={chosen.size === 0 || busy}
            onClick={async () => {
              setBusy(true);
              const errors = await importFolderEntries(pending, pending.entries.filter((e) => chosen.has(e)));
              onClose();
              if (errors.length > 0) await dialogs.showMessage({ title: t('folder.errorsTitle'), body: errors.join('\n'), tone: 'danger' });
            }}
          >
            {t('folder.import', { count: chosen.size })}
          </Button>
        </>
      }
    >
      <p>{t('folder.intro', { count: pending.folder.files.length })}</p>
      {pending.folder.skipped.length > 0 ? <p className="cs-muted">{t('folder.skipped', { files: pending.folder.skipped.slice(0, 10).join(', ') })}</p> : null}
      <fieldset className="cs-contracts__entries">
        <legend>{t('folder.entries')}</legend>
        {pending.entries.map((entry) => (
          <label key={entry} className="cs-dictionary__catalog-item">
            <input
              type="checkbox"
              checked={chosen.has(entry)}
              onChange={() => {
                const next = new Set(chosen);
                if (next.has(entry)) next.delete(entry);
                else next.add(entry);
                setChosen(next);
              }}
            />
            <code>{entry}</code>
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
