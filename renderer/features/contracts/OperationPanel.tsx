import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { linkInteraction, operationRef } from '../../../models/contracts/mappings';
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
  // Steps link operations inside the BPMN (cs:operationRef); they are listed here, edited in the process view.
  const steps = index ? index.steps.filter((step) => step.operationRefs.some((ref) => ref.contractId === contract.id && findOperation(all, ref) === op)) : [];
  const setView = useProjectStore((s) => s.setView);

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

          {steps.length > 0 ? (
            <section>
              <h5>{t('operation.steps')}</h5>
              <ul className="cs-feature-plain-list">
                {steps.map((step) => (
                  <li key={`${step.processId}:${step.elementId}`}>
                    <button type="button" className="cs-link-button" onClick={() => setView('processes')}>
                      {t('operation.step', { step: step.name || step.elementId, process: index?.processById.get(step.processId)?.name ?? step.processId })}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

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
