import { useEffect, useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deliveryChainPhases } from '../../../models/catalog';
import { importBpmnAsProcesses } from '../../../models/process/importBpmn';
import {
  createProcess,
  deleteProcess,
  duplicateProcess,
  PROCESS_TEMPLATES,
  renameProcess,
  setProcessPhase,
} from '../../../models/process/processes';
import type { Process, Project } from '../../../models/project/types';
import { useCommands } from '../../commands/CommandsContext';
import { dialogs } from '../../store/dialogs';
import { useProjectStore } from '../../store/projectStore';
import { Badge, Button, Dialog, EmptyState, Toolbar } from '../../ui';
import { Ellipsis } from '../shared/Ellipsis';
import '../shared/features.css';
import './process.css';
import { exportOpenProcess, processCommands, startBpmnImport } from './commands';
import { LintRulesDialog } from './LintRulesDialog';
import { ProcessEditor } from './ProcessEditor';
import { useProcessUi } from './processUi';
import { useRevealRequest } from '../../store/reveal';
import { useAllProcessSteps, type ProcessStepsState } from './useProcessSteps';

export function ProcessesView({ project }: { project: Project }) {
  const { t } = useTranslation('process');
  const processes = project.processes;
  const allSteps = useAllProcessSteps(processes);
  const selectedId = useProcessUi((state) => state.selectedId);
  const select = useProcessUi((state) => state.select);
  const selected = processes.find((process) => process.id === selectedId) ?? processes[0];
  const [creating, setCreating] = useState(false);
  const [editingRules, setEditingRules] = useState(false);
  const [dragging, setDragging] = useState(false);
  const { context } = useCommands();

  const switchTo = async (id: string) => {
    // The open diagram's last edits reach the document before another process opens.
    await useProcessUi.getState().editor?.flush();
    select(id);
  };

  // A problem followed from the Problems view: open its process; the editor selects the element.
  useRevealRequest('process', (request) => {
    useProcessUi.getState().setRevealElement(request.bpmnElementId ? { processId: request.id, elementId: request.bpmnElementId } : null);
    void switchTo(request.id);
  });

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    await startBpmnImport(dialogs, file.name, await file.text());
  };

  return (
    <div
      className={dragging ? 'cs-view cs-process cs-process--dragging' : 'cs-view cs-process'}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) {
          event.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => void onDrop(event)}
    >
      <header className="cs-view-header">
        <h2>{t('title')}</h2>
        {processes.length > 0 ? <span className="cs-feature-summary">{t('count', { count: processes.length })}</span> : null}
        <Toolbar label={t('toolbar.processes')}>
          <Button size="small" variant="primary" onClick={() => setCreating(true)}>
            {t('toolbar.new')}
          </Button>
          <Button size="small" onClick={() => void processCommands.find((command) => command.id === 'process.importBpmn')?.run(context)}>
            {t('toolbar.import')}
          </Button>
          <Button size="small" onClick={() => setEditingRules(true)}>
            {t('toolbar.lintRules')}
          </Button>
        </Toolbar>
      </header>
      {processes.length === 0 || !selected ? (
        <EmptyState title={t('empty.title')} body={t('empty.body')} />
      ) : (
        <div className="cs-process__layout">
          <nav aria-label={t('listLabel')}>
            <ul className="cs-feature-list cs-process__list">
              {processes.map((process) => (
                <li key={process.id}>
                  <button type="button" className="cs-feature-list__item" aria-pressed={process.id === selected.id} onClick={() => void switchTo(process.id)}>
                    <Ellipsis text={process.name} className="cs-feature-list__title" />
                    <span className="cs-feature-list__meta">
                      <Ellipsis text={t(`catalog:phase.${process.phase}`)} />
                      <span aria-hidden="true">·</span>
                      <span className="cs-feature-nowrap">
                        <StepCount state={allSteps.get(process.id)} />
                      </span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <ProcessDetail key={selected.id} project={project} process={selected} />
        </div>
      )}
      <p className="cs-muted cs-process__drop-hint">{t('dropHint')}</p>
      {creating ? <NewProcessDialog onClose={() => setCreating(false)} /> : null}
      {editingRules ? <LintRulesDialog project={project} onClose={() => setEditingRules(false)} /> : null}
      <ImportDialog />
    </div>
  );
}

function StepCount({ state }: { state: ProcessStepsState | undefined }) {
  const { t } = useTranslation('process');
  if (!state || state.status === 'loading' || state.status === 'none') return <>{t('counting')}</>;
  if (state.status === 'error') return <span title={state.message}>{t('unreadable')}</span>;
  return <>{t('stepCount', { count: state.steps.length })}</>;
}

function PhaseSelect({ id, value, onChange }: { id: string; value: string; onChange: (phase: string) => void }) {
  const { t } = useTranslation('process');
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
      {deliveryChainPhases.map((phase) => (
        <option key={phase.id} value={phase.id}>
          {t(`catalog:phase.${phase.id}`)}
        </option>
      ))}
    </select>
  );
}

function ProcessDetail({ project, process }: { project: Project; process: Process }) {
  const { t } = useTranslation('process');
  const headingId = useId();
  const phaseId = useId();
  const { context } = useCommands();
  const update = useProjectStore((state) => state.updateProject);

  const rename = async () => {
    const name = await dialogs.prompt({
      title: t('rename.title'),
      label: t('rename.label'),
      initialValue: process.name,
      confirmLabel: t('rename.confirm'),
      validate: (value) => (value.trim() === '' ? t('rename.empty') : null),
    });
    if (name !== null) update((draft) => renameProcess(draft, process.id, name));
  };

  const duplicate = async () => {
    await useProcessUi.getState().editor?.flush();
    let copyId: string | undefined;
    update((draft) => {
      const result = duplicateProcess(draft, process.id, t('duplicateName', { name: process.name }));
      copyId = result?.processId;
      return result?.project ?? draft;
    });
    if (copyId) useProcessUi.getState().select(copyId);
  };

  const remove = async () => {
    const typed = await dialogs.prompt({
      title: t('delete.title', { name: process.name }),
      label: t('delete.label'),
      initialValue: '',
      confirmLabel: t('delete.confirm'),
      validate: (value) => (value.trim() === process.name ? null : t('delete.mismatch')),
    });
    if (typed === null) return;
    update((draft) => deleteProcess(draft, process.id));
    useProcessUi.getState().select(null);
  };

  return (
    <article className="cs-feature-panel cs-process__detail" aria-labelledby={headingId}>
      <header className="cs-process__header">
        <h3 id={headingId}>
          <Ellipsis text={process.name} />
        </h3>
        <Toolbar label={t('toolbar.process')}>
          <label htmlFor={phaseId}>{t('phaseLabel')}</label>
          <PhaseSelect id={phaseId} value={process.phase} onChange={(phase) => update((draft) => setProcessPhase(draft, process.id, phase))} />
          <Button size="small" onClick={() => void rename()}>
            {t('toolbar.rename')}
          </Button>
          <Button size="small" onClick={() => void duplicate()}>
            {t('toolbar.duplicate')}
          </Button>
          <Button size="small" variant="danger" onClick={() => void remove()}>
            {t('toolbar.delete')}
          </Button>
          <span className="cs-process__toolbar-gap" />
          {(['bpmn', 'svg', 'png'] as const).map((format) => (
            <Button key={format} size="small" onClick={() => void exportOpenProcess(context.host, dialogs, format)}>
              {t(`toolbar.export.${format}`)}
            </Button>
          ))}
        </Toolbar>
      </header>
      <ProcessEditor project={project} process={process} />
    </article>
  );
}

function NewProcessDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('process');
  const nameId = useId();
  const phaseId = useId();
  const templateId = useId();
  const [template, setTemplate] = useState('');
  const [name, setName] = useState('');
  const [phase, setPhase] = useState('assess');
  const chosen = PROCESS_TEMPLATES.find((candidate) => candidate.id === template);

  useEffect(() => {
    if (chosen) {
      setName(chosen.name);
      setPhase(chosen.phase);
    }
  }, [chosen]);

  const create = async () => {
    await useProcessUi.getState().editor?.flush();
    let newId: string | undefined;
    useProjectStore.getState().updateProject((draft) => {
      const result = createProcess(draft, { name: name.trim() === '' ? t('new.defaultName') : name, phase, ...(chosen ? { templateId: chosen.id } : {}) });
      newId = result.processId;
      return result.project;
    });
    if (newId) useProcessUi.getState().select(newId);
    onClose();
  };

  return (
    <Dialog
      title={t('new.title')}
      onClose={onClose}
      size="medium"
      footer={
        <>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button variant="primary" onClick={() => void create()}>
            {t('new.create')}
          </Button>
        </>
      }
    >
      <div className="cs-process__form">
        <label htmlFor={templateId}>{t('new.template')}</label>
        <select id={templateId} value={template} onChange={(event) => setTemplate(event.target.value)}>
          <option value="">{t('new.blank')}</option>
          {PROCESS_TEMPLATES.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {t(`template.${candidate.id}.name`)}
            </option>
          ))}
        </select>
        <p className="cs-muted">{chosen ? t(`template.${chosen.id}.description`) : t('new.blankDescription')}</p>
        <label htmlFor={nameId}>{t('new.name')}</label>
        <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} />
        <label htmlFor={phaseId}>{t('phaseLabel')}</label>
        <PhaseSelect id={phaseId} value={phase} onChange={setPhase} />
      </div>
    </Dialog>
  );
}

function ImportDialog() {
  const { t } = useTranslation('process');
  const pending = useProcessUi((state) => state.pendingImport);
  const nameId = useId();
  const phaseId = useId();
  const [name, setName] = useState('');
  const [phase, setPhase] = useState('assess');
  const [errors, setErrors] = useState<string[]>([]);

  useEffect(() => {
    if (!pending) return;
    setName(pending.suggestedName);
    setPhase(pending.suggestedPhase);
    setErrors([]);
  }, [pending]);

  if (!pending) return null;
  const close = () => useProcessUi.getState().setPendingImport(null);
  const confirm = async () => {
    const project = useProjectStore.getState().project;
    if (!project) return;
    await useProcessUi.getState().editor?.flush();
    const result = await importBpmnAsProcesses(useProjectStore.getState().project ?? project, pending.xml, pending.fileName, { name, phase });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    useProjectStore.getState().updateProject(() => result.project);
    useProcessUi.getState().select(result.processIds[0] ?? null);
    close();
  };

  return (
    <Dialog
      title={t('import.title', { file: pending.fileName })}
      onClose={close}
      size="medium"
      footer={
        <>
          <Button onClick={close}>{t('cancel')}</Button>
          <Button variant="primary" onClick={() => void confirm()}>
            {t('import.confirm')}
          </Button>
        </>
      }
    >
      <div className="cs-process__form">
        <label htmlFor={nameId}>{t('new.name')}</label>
        <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} />
        <label htmlFor={phaseId}>{t('phaseLabel')}</label>
        <PhaseSelect id={phaseId} value={phase} onChange={setPhase} />
      </div>
      {[...errors, ...pending.warnings].length > 0 ? (
        <ul className="cs-process__warnings" aria-label={t('import.warnings')}>
          {errors.map((message, index) => (
            <li key={`e${index}`}>
              <Badge tone="danger">{t('import.error')}</Badge> {message}
            </li>
          ))}
          {pending.warnings.map((message, index) => (
            <li key={`w${index}`}>
              <Badge tone="warning">{t('import.warning')}</Badge> {message}
            </li>
          ))}
        </ul>
      ) : null}
    </Dialog>
  );
}
