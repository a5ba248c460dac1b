import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linkInteraction, operationRef } from '../../../models/contracts/mappings';
import { bpmnWithOperationLinked, bpmnWithOperationUnlinked, refersToOperation, replaceProcessBpmn } from '../../../models/contracts/stepOperationLinks';
import type { StepInfo } from '../../../models/process/steps';
import { findOperation } from '../../../models/contracts/importContract';
import type { OperationDetail } from '../../../models/contracts/schemaTree';
import type { ApiContract, Project } from '../../../models/project/types';
import type { ProjectIndex } from '../../../models/queries/projectIndex';
import { useProjectStore } from '../../store/projectStore';
import { Badge, Button, type BadgeTone } from '../../ui';
import { SchemaTreeView } from './SchemaTreeView';

const METHOD_TONE: Record<string, BadgeTone> = { GET: 'info', POST: 'success', PUT: 'warning', PATCH: 'warning', DELETE: 'danger' };

export function MethodBadge({ method }: { method: string }) {
  return (
    <span className="cs-contracts__method">
      <Badge tone={METHOD_TONE[method] ?? 'neutral'}>{method}</Badge>
    </span>
  );
}

/** The interactions whose API operation is this one. */
export function linkedInteractions(project: Project, contractId: string, op: OperationDetail, all: readonly OperationDetail[]) {
  return project.interactions.filter((i) => i.apiOperation?.contractId === contractId && findOperation(all, i.apiOperation) === op);
}

export function OperationPanel({
  project,
  contract,
  op,
  all,
  open,
  onToggle,
  index,
}: {
  project: Project;
  contract: ApiContract;
  op: OperationDetail;
  all: readonly OperationDetail[];
  open: boolean;
  onToggle(open: boolean): void;
  index: ProjectIndex | null;
}) {
  const { t } = useTranslation('contracts');
  const id = useId();
  const updateProject = useProjectStore((s) => s.updateProject);
  const linked = linkedInteractions(project, contract.id, op, all);
  const key = { method: op.method, path: op.path, ...(op.operationId ? { operationId: op.operationId } : {}) };
  const available = project.interactions.filter((i) => !linked.includes(i));

  return (
    <details className="cs-contracts__operation" open={open} onToggle={(e) => onToggle((e.currentTarget as HTMLDetailsElement).open)} data-operation={`${op.method} ${op.path}`}>
      <summary>
        <MethodBadge method={op.method} />
        <code className="cs-contracts__path">{op.path}</code>
        {op.summary ? <span className="cs-contracts__summary">{op.summary}</span> : null}
        {op.deprecated ? <Badge tone="warning">{t('deprecated')}</Badge> : null}
        {linked.length > 0 ? <Badge tone="info">{t('operation.linkedCount', { count: linked.length })}</Badge> : null}
      </summary>
      {open ? (
        <div className="cs-contracts__operation-body">
          <dl className="cs-feature-facts">
            <dt>{t('column.operationId')}</dt>
            <dd>{op.operationId ? <code>{op.operationId}</code> : <span className="cs-muted">{t('none')}</span>}</dd>
            {op.description ? (
              <>
                <dt>{t('operation.description')}</dt>
                <dd className="cs-contracts__description">{op.description}</dd>
              </>
            ) : null}
          </dl>

          <section aria-labelledby={`${id}-links`} className="cs-contracts__links">
            <h5 id={`${id}-links`}>{t('operation.interactions')}</h5>
            {linked.length === 0 ? <p className="cs-muted">{t('operation.noInteractions')}</p> : null}
            <ul className="cs-feature-plain-list">
              {linked.map((i) => (
                <li key={i.id}>
                  {i.name}{' '}
                  <Button size="small" variant="ghost" onClick={() => updateProject((p) => linkInteraction(p, i.id, null))}>
                    {t('operation.unlink')}
                  </Button>
                </li>
              ))}
            </ul>
            {available.length > 0 ? (
              <label className="cs-contracts__link-select">
                <span>{t('operation.linkLabel')}</span>
                <select
                  className="cs-select"
                  value=""
                  onChange={(e) => {
                    const interactionId = e.target.value;
                    if (interactionId) updateProject((p) => linkInteraction(p, interactionId, operationRef(contract.id, key)));
                  }}
                >
                  <option value="">{t('operation.choose')}</option>
                  {available.map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.name}
                      {i.apiOperation ? ` — ${t('operation.relink')}` : ''}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </section>

          <StepLinks project={project} contract={contract} op={op} all={all} index={index} />

          {op.parameters.length > 0 ? (
            <section>
              <h5>{t('operation.parameters')}</h5>
              <div className="cs-table-wrap">
                <table className="cs-table">
                  <caption className="cs-visually-hidden">{t('operation.parameters')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('tree.property')}</th>
                      <th scope="col">{t('operation.in')}</th>
                      <th scope="col">{t('tree.type')}</th>
                      <th scope="col">{t('tree.description')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {op.parameters.map((p) => (
                      <tr key={`${p.in}:${p.name}`}>
                        <th scope="row">
                          <code>{p.name}</code>
                          {p.required ? <span className="cs-contracts__required">*</span> : null}
                        </th>
                        <td>{p.in}</td>
                        <td>{p.type}</td>
                        <td>{p.description ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}

          <section>
            <h5>
              {t('operation.request')}
              {op.request?.mediaType ? <span className="cs-muted"> · {op.request.mediaType}</span> : null}
            </h5>
            {op.request?.tree ? (
              <SchemaTreeView project={project} contract={contract} operation={key} location="request" tree={op.request.tree} caption={t('operation.requestCaption', { path: op.path })} />
            ) : (
              <p className="cs-muted">{t('operation.noBody')}</p>
            )}
          </section>

          {op.responses.map((r) => (
            <section key={r.status}>
              <h5>
                {t('operation.response', { status: r.status })}
                {r.description ? <span className="cs-muted"> · {r.description}</span> : null}
              </h5>
              {r.tree ? (
                <SchemaTreeView project={project} contract={contract} operation={key} location="response" tree={r.tree} caption={t('operation.responseCaption', { status: r.status, path: op.path })} />
              ) : null}
            </section>
          ))}

          {op.callbacks.map((cb) => (
            <section key={`${cb.callback} ${cb.expression} ${cb.method}`} className="cs-contracts__callback">
              <h5>
                {t('operation.callback', { name: cb.callback })} <MethodBadge method={cb.method} /> <code>{cb.expression}</code>
              </h5>
              {cb.summary ? <p className="cs-muted">{cb.summary}</p> : null}
              {cb.request?.tree ? (
                <SchemaTreeView
                  project={project}
                  contract={contract}
                  operation={key}
                  location="response"
                  tree={cb.request.tree}
                  caption={t('operation.callbackCaption', { name: cb.callback })}
                />
              ) : null}
            </section>
          ))}
        </div>
      ) : null}
    </details>
  );
}

/**
 * The process steps that use this operation, with unlink, and a picker (process, then step) that
 * links one more. The links are cs:operationRefs inside each process's BPMN, as the process panel
 * writes them; every change is one undo step of the document.
 */
function StepLinks({
  project,
  contract,
  op,
  all,
  index,
}: {
  project: Project;
  contract: ApiContract;
  op: OperationDetail;
  all: readonly OperationDetail[];
  index: ProjectIndex | null;
}) {
  const { t } = useTranslation('contracts');
  const id = useId();
  const updateProject = useProjectStore((s) => s.updateProject);
  const setView = useProjectStore((s) => s.setView);
  const [processId, setProcessId] = useState('');
  const [stepId, setStepId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const uses = (step: StepInfo) => step.operationRefs.some((ref) => refersToOperation(ref, contract.id, op, all));
  const steps = index ? index.steps.filter(uses) : [];
  const candidates = index && processId ? index.steps.filter((step) => step.processId === processId && !uses(step)) : [];
  const processName = (pid: string) => index?.processById.get(pid)?.name ?? project.processes.find((p) => p.id === pid)?.name ?? pid;
  const stepLabel = (step: StepInfo) => t('operation.step', { step: step.name || step.elementId, process: processName(step.processId) });

  /** Rewrites one process's BPMN; the document takes it only if the process did not change meanwhile. */
  const edit = async (pid: string, rewrite: (bpmn: string) => Promise<string>) => {
    const before = useProjectStore.getState().project?.processes.find((p) => p.id === pid)?.bpmn;
    if (before === undefined) return;
    setBusy(true);
    setError(null);
    try {
      const next = await rewrite(before);
      updateProject((p) => replaceProcessBpmn(p, pid, before, next));
    } catch (err) {
      setError(t('operation.stepLinkFailed', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };

  const link = () => {
    if (!processId || !stepId) return;
    const ref = operationRef(contract.id, { method: op.method, path: op.path, ...(op.operationId ? { operationId: op.operationId } : {}) });
    void edit(processId, (bpmn) => bpmnWithOperationLinked(bpmn, stepId, ref)).then(() => setStepId(''));
  };

  return (
    <section aria-labelledby={`${id}-steps`} className="cs-contracts__links">
      <h5 id={`${id}-steps`}>{t('operation.steps')}</h5>
      {index === null ? <p className="cs-muted">{t('operation.stepsLoading')}</p> : steps.length === 0 ? <p className="cs-muted">{t('operation.noSteps')}</p> : null}
      <ul className="cs-feature-plain-list">
        {steps.map((step) => (
          <li key={`${step.processId}:${step.elementId}`}>
            <button type="button" className="cs-link-button" onClick={() => setView('processes')}>
              {stepLabel(step)}
            </button>{' '}
            <Button
              size="small"
              variant="ghost"
              disabled={busy}
              aria-label={t('operation.unlinkStep', { step: step.name || step.elementId })}
              onClick={() => void edit(step.processId, (bpmn) => bpmnWithOperationUnlinked(bpmn, step.elementId, contract.id, op, all))}
            >
              {t('operation.unlink')}
            </Button>
          </li>
        ))}
      </ul>
      {project.processes.length > 0 ? (
        <div className="cs-contracts__step-picker" role="group" aria-label={t('operation.linkStep')}>
          <label className="cs-contracts__link-select">
            <span>{t('operation.process')}</span>
            <select
              className="cs-select"
              value={processId}
              onChange={(e) => {
                setProcessId(e.target.value);
                setStepId('');
              }}
            >
              <option value="">{t('operation.chooseProcess')}</option>
              {project.processes.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label className="cs-contracts__link-select">
            <span>{t('operation.stepLabel')}</span>
            <select className="cs-select" value={stepId} disabled={candidates.length === 0} onChange={(e) => setStepId(e.target.value)}>
              <option value="">{processId && candidates.length === 0 ? t('operation.noCandidates') : t('operation.chooseStep')}</option>
              {candidates.map((step) => (
                <option key={step.elementId} value={step.elementId}>
                  {step.name ? `${step.name} (${step.bpmnType.replace(/^bpmn:/, '')})` : `${step.elementId} (${step.bpmnType.replace(/^bpmn:/, '')})`}
                </option>
              ))}
            </select>
          </label>
          <Button size="small" disabled={busy || !processId || !stepId} onClick={link}>
            {t('operation.linkStepButton')}
          </Button>
        </div>
      ) : (
        <p className="cs-muted">{t('operation.noProcesses')}</p>
      )}
      {error ? (
        <p role="alert" className="cs-feature-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
