// File › Export specification…: choose the scope (whole project or one scenario) and the format,
// see a preview of what will be written, watch the progress of the build (and cancel it), then
// save through the host. PDF prints the HTML document: Electron makes the file, a browser opens
// its print dialog.

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../models/export';
import { CancelledExportError } from '../../../models/export/docx';
import { isHostError, type HostApi } from '../../../models/host/HostApi';
import type { Project } from '../../../models/project/types';
import { Button, Dialog } from '../../ui';
import { buildExport, DIALOG_FORMATS, type BuiltExport, type ExportProgress } from './buildExport';
import { ExportPreview } from './ExportPreview';

type Phase =
  | { kind: 'building'; progress: ExportProgress }
  | { kind: 'ready'; built: BuiltExport }
  | { kind: 'writing'; built: BuiltExport }
  | { kind: 'done'; built: BuiltExport; location: string | null; printed: boolean }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string; built?: BuiltExport };

const WHOLE_PROJECT = '';

function messageOf(error: unknown): string {
  if (isHostError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

export interface ExportDialogProps {
  project: Project;
  host: HostApi;
  onClose: () => void;
  /** The scope to start with: a scenario id, or the whole project. */
  initialScenarioId?: string;
}

export function ExportDialog({ project, host, onClose, initialScenarioId }: ExportDialogProps) {
  const { t } = useTranslation('export');
  const ids = { scope: useId(), formats: useId(), status: useId() };
  const [scope, setScope] = useState(initialScenarioId !== undefined && project.scenarios.some((s) => s.id === initialScenarioId) ? initialScenarioId : WHOLE_PROJECT);
  const [format, setFormat] = useState<ExportFormat>('html');
  const [phase, setPhase] = useState<Phase>({ kind: 'building', progress: { fraction: 0, stage: 'diagrams' } });
  const [attempt, setAttempt] = useState(0);
  const signal = useRef<{ aborted: boolean }>({ aborted: false });

  // Every change of scope or format builds anew; the previous build is abandoned.
  useEffect(() => {
    const current = { aborted: false };
    signal.current = current;
    setPhase({ kind: 'building', progress: { fraction: 0, stage: 'diagrams' } });
    buildExport({
      project,
      format,
      ...(scope !== WHOLE_PROJECT ? { scenarioId: scope } : {}),
      timestamp: new Date().toISOString(),
      signal: current,
      onProgress: (progress) => {
        if (!current.aborted) setPhase({ kind: 'building', progress });
      },
    }).then(
      (built) => {
        if (!current.aborted) setPhase({ kind: 'ready', built });
      },
      (error: unknown) => {
        if (current.aborted && error instanceof CancelledExportError) return;
        if (!current.aborted) setPhase({ kind: 'error', message: messageOf(error) });
      },
    );
    return () => {
      current.aborted = true;
    };
  }, [project, format, scope, attempt]);

  const cancelBuild = () => {
    signal.current.aborted = true;
    setPhase({ kind: 'cancelled' });
  };

  const write = async (built: BuiltExport) => {
    setPhase({ kind: 'writing', built });
    try {
      if (built.format === 'pdf') {
        const pdf = await host.printToPdf(built.html ?? '');
        if (pdf === null) {
          setPhase({ kind: 'done', built, location: null, printed: true });
          return;
        }
        const location = await host.writeExport([{ name: built.suggestedName, bytes: pdf, mimeType: 'application/pdf' }], built.suggestedName);
        setPhase(location === null ? { kind: 'ready', built } : { kind: 'done', built, location, printed: false });
        return;
      }
      const location = await host.writeExport(built.files, built.suggestedName);
      setPhase(location === null ? { kind: 'ready', built } : { kind: 'done', built, location, printed: false });
    } catch (error) {
      if (isHostError(error) && error.code === 'cancelled') setPhase({ kind: 'ready', built });
      else setPhase({ kind: 'error', message: messageOf(error), built });
    }
  };

  const built = phase.kind === 'ready' || phase.kind === 'writing' || phase.kind === 'done' ? phase.built : phase.kind === 'error' ? phase.built : undefined;
  const pdfInBrowser = format === 'pdf' && host.kind === 'browser';
  const exportLabel = pdfInBrowser ? t('action.print') : t('action.export');
  const scenarioTitle = useMemo(() => project.scenarios.find((s) => s.id === scope)?.title, [project, scope]);

  return (
    <Dialog
      title={t('title')}
      onClose={() => {
        signal.current.aborted = true;
        onClose();
      }}
      size="large"
      footer={
        <>
          <span className="cs-spacer" />
          <Button
            onClick={() => {
              signal.current.aborted = true;
              onClose();
            }}
          >
            {phase.kind === 'done' ? t('action.close') : t('action.cancel')}
          </Button>
          <Button variant="primary" disabled={built === undefined || phase.kind === 'writing'} onClick={() => built && void write(built)}>
            {phase.kind === 'writing' ? t('action.exporting') : exportLabel}
          </Button>
        </>
      }
    >
      <div className="cs-export">
        <div className="cs-export__options">
          <div className="cs-field">
            <label htmlFor={ids.scope}>{t('scope.label')}</label>
            <select id={ids.scope} className="cs-select" value={scope} onChange={(event) => setScope(event.target.value)}>
              <option value={WHOLE_PROJECT}>{t('scope.whole')}</option>
              {project.scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {t('scope.scenario', { title: s.title })}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="cs-export__formats" aria-describedby={pdfInBrowser ? `${ids.formats}-pdf` : undefined}>
            <legend className="cs-field__label">{t('format.label')}</legend>
            {DIALOG_FORMATS.map((f) => (
              <label key={f} className={`cs-export__format${f === format ? ' cs-export__format--chosen' : ''}`}>
                <input type="radio" name={ids.formats} value={f} checked={f === format} onChange={() => setFormat(f)} />
                <span className="cs-export__format-name">{t(`format.${f}.name`)}</span>
                <span className="cs-export__format-hint">{t(`format.${f}.hint`)}</span>
              </label>
            ))}
          </fieldset>
          {pdfInBrowser ? (
            <p id={`${ids.formats}-pdf`} className="cs-export__note">
              {t('pdf.browserNote')}
            </p>
          ) : null}
        </div>
        <section className="cs-export__preview" aria-label={t('preview.label')}>
          <h3 className="cs-export__preview-title">
            {t('preview.title')}
            <span className="cs-muted"> · {scenarioTitle ?? t('scope.whole')}</span>
          </h3>
          {built ? <ExportPreview built={built} /> : <div className="cs-export__preview-empty">{phase.kind === 'cancelled' ? t('status.cancelled') : t('preview.building')}</div>}
        </section>
      </div>
      <div className="cs-export__status" id={ids.status} role="status" aria-live="polite">
        {phase.kind === 'building' ? (
          <div className="cs-export__progress">
            <progress max={1} value={phase.progress.fraction} aria-label={t('progress.label')} />
            <span>{t(`progress.${phase.progress.stage}`, { percent: Math.round(phase.progress.fraction * 100) })}</span>
            <Button size="small" onClick={cancelBuild}>
              {t('action.stop')}
            </Button>
          </div>
        ) : null}
        {phase.kind === 'cancelled' ? (
          <div className="cs-export__message">
            <span>{t('status.cancelled')}</span>
            <Button size="small" onClick={() => setAttempt((n) => n + 1)}>
              {t('action.rebuild')}
            </Button>
          </div>
        ) : null}
        {phase.kind === 'ready' ? <span>{t('status.ready', { count: phase.built.files.length })}</span> : null}
        {phase.kind === 'writing' ? <span>{t('status.writing')}</span> : null}
        {phase.kind === 'done' ? (
          <span className="cs-export__done">{phase.printed ? t('status.printed') : t('status.done', { location: phase.location ?? '' })}</span>
        ) : null}
        {phase.kind === 'error' ? (
          <div className="cs-export__message cs-export__message--error" role="alert">
            <span>{t('status.failed', { reason: phase.message })}</span>
            <Button size="small" onClick={() => setAttempt((n) => n + 1)}>
              {t('action.retry')}
            </Button>
          </div>
        ) : null}
      </div>
    </Dialog>
  );
}
