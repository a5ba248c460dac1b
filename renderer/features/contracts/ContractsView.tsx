import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  groupOperationsByTag,
  readContract,
  type ContractDocument,
  type ContractReadError,
} from '../../../models/contracts/operations';
import type { ApiContract, Project } from '../../../models/project/types';
import { Badge, EmptyState, type BadgeTone } from '../../ui';
import { Ellipsis } from '../shared/Ellipsis';
import { ListDetail } from '../shared/ListDetail';
import '../shared/features.css';
import './contracts.css';

export function ContractsView({ project }: { project: Project }) {
  const { t } = useTranslation('contracts');
  const contracts = project.apiContracts;

  return (
    <div className="cs-view cs-contracts">
      <header className="cs-view-header">
        <h2>{t('title')}</h2>
        {contracts.length > 0 ? <span className="cs-feature-summary">{t('count', { count: contracts.length })}</span> : null}
      </header>
      {contracts.length === 0 ? (
        <EmptyState title={t('empty.title')} body={t('empty.body')} />
      ) : (
        <ListDetail
          items={contracts}
          listLabel={t('listLabel')}
          title={(contract) => contract.name}
          meta={(contract) => (
            <>
              <span>{t('version', { version: contract.version })}</span>
              <span aria-hidden="true">·</span>
              <span>{contract.format === 'json' ? t('format.json') : t('format.yaml')}</span>
            </>
          )}
          detail={(contract) => <ContractDetail contract={contract} />}
        />
      )}
    </div>
  );
}

function ContractDetail({ contract }: { contract: ApiContract }) {
  const { t } = useTranslation('contracts');
  const headingId = useId();
  const result = useMemo(() => readContract(contract.source, contract.format), [contract.source, contract.format]);
  return (
    <section className="cs-feature-panel" aria-labelledby={headingId}>
      <header className="cs-contracts__header">
        <h3 id={headingId}>
          <Ellipsis text={contract.name} />
        </h3>
        <p className="cs-muted">
          {t('version', { version: contract.version })}
          {result.ok ? ` · ${t('specVersion', { version: result.document.specVersion })}` : null}
          {contract.sourceName ? ` · ${t('sourceName', { name: contract.sourceName })}` : null}
        </p>
      </header>
      {result.ok ? <ContractBody document={result.document} /> : <ContractError error={result.error} />}
    </section>
  );
}

function ContractError({ error }: { error: ContractReadError }) {
  const { t } = useTranslation('contracts');
  return (
    <div className="cs-feature-error" role="alert">
      <h4>{t('error.title')}</h4>
      <p>
        {error.kind === 'syntax'
          ? error.line !== undefined
            ? t('error.syntaxAt', { line: error.line, column: error.column ?? 1 })
            : t('error.syntax')
          : error.kind === 'not_an_object'
            ? t('error.notAnObject')
            : t('error.notOpenApi')}
      </p>
      {error.kind === 'syntax' ? <pre>{error.message}</pre> : null}
    </div>
  );
}

function ContractBody({ document }: { document: ContractDocument }) {
  const { t } = useTranslation('contracts');
  const groups = useMemo(() => groupOperationsByTag(document), [document]);
  return (
    <>
      <dl className="cs-feature-facts">
        {document.title ? (
          <>
            <dt>{t('documentTitle')}</dt>
            <dd>{document.title}</dd>
          </>
        ) : null}
        <dt>{t('servers')}</dt>
        <dd>
          {document.servers.length === 0 ? (
            <span className="cs-muted">{t('noServers')}</span>
          ) : (
            <ul className="cs-feature-plain-list">
              {document.servers.map((server, index) => (
                <li key={index}>
                  <code>{server.url}</code>
                  {server.description ? <span className="cs-muted"> · {server.description}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('operationCountLabel')}</dt>
        <dd>{t('operationCount', { count: document.operations.length })}</dd>
      </dl>
      {document.operations.length === 0 ? (
        <p className="cs-muted">{t('noOperations')}</p>
      ) : (
        groups.map((group) => (
          <OperationGroupTable
            key={group.tag ?? '\u0000untagged'}
            title={group.tag ?? t('untagged')}
            description={group.description}
            operations={group.operations}
          />
        ))
      )}
      {document.webhooks.length > 0 ? (
        <section className="cs-contracts__group">
          <h4>{t('webhooks.heading')}</h4>
          <div className="cs-table-wrap">
            <table className="cs-table">
              <thead>
                <tr>
                  <th scope="col">{t('column.method')}</th>
                  <th scope="col">{t('webhooks.name')}</th>
                  <th scope="col">{t('column.operationId')}</th>
                  <th scope="col">{t('column.summary')}</th>
                </tr>
              </thead>
              <tbody>
                {document.webhooks.map((hook) => (
                  <tr key={`${hook.name} ${hook.method}`}>
                    <td>
                      <MethodBadge method={hook.method} />
                    </td>
                    <th scope="row">
                      <code>{hook.name}</code>
                    </th>
                    <td>{hook.operationId ? <code>{hook.operationId}</code> : <span className="cs-muted">{t('none')}</span>}</td>
                    <td>{hook.summary ? <Ellipsis text={hook.summary} /> : <span className="cs-muted">{t('none')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}

const METHOD_TONE: Record<string, BadgeTone> = {
  GET: 'info',
  POST: 'success',
  PUT: 'warning',
  PATCH: 'warning',
  DELETE: 'danger',
};

function MethodBadge({ method }: { method: string }) {
  return (
    <span className="cs-contracts__method">
      <Badge tone={METHOD_TONE[method] ?? 'neutral'}>{method}</Badge>
    </span>
  );
}

function OperationGroupTable({
  title,
  description,
  operations,
}: {
  title: string;
  description: string | undefined;
  operations: ContractDocument['operations'];
}) {
  const { t } = useTranslation('contracts');
  const headingId = useId();
  return (
    <section className="cs-contracts__group" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {title} <span className="cs-muted cs-contracts__group-count">{t('operationCount', { count: operations.length })}</span>
      </h4>
      {description ? <p className="cs-muted cs-contracts__group-description">{description.trim()}</p> : null}
      <div className="cs-table-wrap">
        <table className="cs-table cs-feature-fixed cs-contracts__table">
          <colgroup>
            <col style={{ width: '9%' }} />
            <col style={{ width: '27%' }} />
            <col style={{ width: '19%' }} />
            <col style={{ width: '25%' }} />
            <col style={{ width: '9%' }} />
            <col style={{ width: '11%' }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('column.method')}</th>
              <th scope="col">{t('column.path')}</th>
              <th scope="col">{t('column.operationId')}</th>
              <th scope="col">{t('column.summary')}</th>
              <th scope="col">{t('column.tags')}</th>
              <th scope="col">{t('column.callbacks')}</th>
            </tr>
          </thead>
          <tbody>
            {operations.map((op) => (
              <tr key={`${op.method} ${op.path}`} className={op.deprecated ? 'is-deprecated' : undefined}>
                <td>
                  <MethodBadge method={op.method} />
                </td>
                <th scope="row">
                  <div className="cs-contracts__path">
                    <code title={op.path}>{op.path}</code>
                    {op.deprecated ? <Badge tone="neutral">{t('deprecated')}</Badge> : null}
                  </div>
                </th>
                <td>{op.operationId ? <code className="cs-feature-ellipsis" title={op.operationId}>{op.operationId}</code> : <span className="cs-muted">{t('none')}</span>}</td>
                <td>{op.summary ? <Ellipsis text={op.summary} /> : <span className="cs-muted">{t('none')}</span>}</td>
                <td>{op.tags.length > 0 ? <Ellipsis text={op.tags.join(', ')} /> : <span className="cs-muted">{t('none')}</span>}</td>
                <td>
                  {op.callbacks.length > 0 ? (
                    <ul className="cs-feature-plain-list">
                      {op.callbacks.map((name) => (
                        <li key={name}>
                          <code>{name}</code>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="cs-muted">{t('none')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
