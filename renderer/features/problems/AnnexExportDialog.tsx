import { useId, useRef, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import type { CommandContext } from '../../commands/types';
import { useProjectStore } from '../../store/projectStore';
import { Button, Dialog } from '../../ui';
import { exportAnnex, type AnnexFormat } from './annexExport';
import './problems.css';

const FORMATS: readonly AnnexFormat[] = ['html', 'md', 'csv'];
const WHOLE_PROJECT = '';

/** Chooses the format and the scope (the whole project or one scenario) of the annex, then writes it. */
export function AnnexExportDialog({ ctx, onClose }: { ctx: Pick<CommandContext, 'host' | 'dialogs'>; onClose: () => void }) {
  const { t } = useTranslation('privacy');
  const project = useProjectStore((state) => state.project);
  const [format, setFormat] = useState<AnnexFormat>('html');
  const [scope, setScope] = useState(WHOLE_PROJECT);
  const [busy, setBusy] = useState(false);
  const formId = useId();
  const scopeId = useId();
  const firstRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!project || busy) return;
    setBusy(true);
    try {
      await exportAnnex(ctx.host, project, format, scope === WHOLE_PROJECT ? undefined : scope);
      onClose();
    } catch (error) {
      setBusy(false);
      await ctx.dialogs.showMessage({ title: t('export.failed'), body: error instanceof Error ? error.message : String(error), tone: 'danger' });
    }
  };

  return (
    <Dialog
      title={t('export.title')}
      size="small"
      onClose={onClose}
      initialFocus={firstRef}
      footer={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} disabled={!project || busy} aria-busy={busy || undefined}>
            {busy ? t('export.working') : t('export.confirm')}
          </Button>
        </>
      }
    >
      <form id={formId} className="cs-annex-export" onSubmit={submit} noValidate>
        <p className="cs-muted">{t('export.intro')}</p>
        <fieldset className="cs-annex-export__formats">
          <legend>{t('export.format')}</legend>
          {FORMATS.map((value, index) => (
            <label key={value} className="cs-annex-export__choice">
              <input
                ref={index === 0 ? firstRef : undefined}
                type="radio"
                name={`${formId}-format`}
                value={value}
                checked={format === value}
                onChange={() => setFormat(value)}
              />
              <span>
                <strong>{t(`export.formats.${value}.name`)}</strong>
                <span className="cs-muted"> — {t(`export.formats.${value}.hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="cs-field">
          <label htmlFor={scopeId}>{t('export.scope')}</label>
          <select id={scopeId} className="cs-input" value={scope} onChange={(event) => setScope(event.target.value)}>
            <option value={WHOLE_PROJECT}>{t('export.wholeProject')}</option>
            {(project?.scenarios ?? []).map((scenario) => (
              <option key={scenario.id} value={scenario.id}>
                {t('export.scenario', { title: scenario.title })}
              </option>
            ))}
          </select>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * Opens the dialog from a command, whatever view is showing. It mounts in a root of its own so
 * the export needs no slot in the shell; the root goes away when the dialog closes.
 */
export function openAnnexExportDialog(ctx: Pick<CommandContext, 'host' | 'dialogs'>): Promise<void> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  return new Promise((resolve) => {
    const close = () => {
      // Unmounting from inside the dialog's own event handler is not allowed; wait a tick.
      setTimeout(() => {
        root.unmount();
        container.remove();
        resolve();
      });
    };
    root.render(<AnnexExportDialog ctx={ctx} onClose={close} />);
  });
}
