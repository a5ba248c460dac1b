import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupDetailsByTag, type AnalyseResult } from '../../../models/contracts/analyse';
import type { ApiContract, Project } from '../../../models/project/types';
import { useProjectStore } from '../../store/projectStore';
import { Button } from '../../ui';
import { Ellipsis } from '../shared/Ellipsis';
import { analyseStored } from './analyseClient';
import { describeLoadError } from './contractImport';
import { operationKey, useContractsUi } from './contractsUi';
import { OperationPanel } from './OperationPanel';
import { ReplaceDialog } from './ReplaceDialog';
import { useProcessIndex } from '../dictionary/useProcessIndex';

function useAnalysis(contract: ApiContract): AnalyseResult | null {
  const [state, setState] = useState<{ contract: ApiContract; result: AnalyseResult } | null>(null);
  useEffect(() => {
    let cancelled = false;
    void analyseStored(contract).then((result) => {
      if (!cancelled) setState({ contract, result });
    });
    return () => {
      cancelled = true;
    };
  }, [contract]);
  // A result for an older version of the contract is still worth showing while the new one loads.
  return state?.result ?? null;
}

export function ContractDetail({ project, contract }: { project: Project; contract: ApiContract }) {
  const { t } = useTranslation('contracts');
  const headingId = useId();
  const result = useAnalysis(contract);
  const index = useProcessIndex(project);
  const updateProject = useProjectStore((s) => s.updateProject);
  const selectedOperation = useContractsUi((s) => s.selectedOperation);
  const setUi = useContractsUi((s) => s.set);
  const [replacing, setReplacing] = useState(false);
  const groups = useMemo(() => (result?.ok ? groupDetailsByTag(result.analysis) : []), [result]);
  const [open, setOpen] = useState<Set<string>>(() => new Set(selectedOperation ? [selectedOperation] : []));
  useEffect(() => {
    if (selectedOperation) setOpen((current) => new Set([...current, selectedOperation]));
  }, [selectedOperation]);

  return (
    <section className="cs-feature-panel cs-contracts__detail" aria-labelledby={headingId}>
      <header className="cs-contracts__header">
        <h3 id={headingId}>
          <Ellipsis text={contract.name} />
        </h3>
        <p className="cs-muted">
          {t('version', { version: contract.version || '—' })}
          {result?.ok ? ` · ${t('specVersion', { version: result.analysis.specVersion })}` : null}
          {contract.sourceName ? ` · ${t('sourceName', { name: contract.sourceName })}` : null}
          {contract.files?.length ? ` · ${t('fileCount', { count: contract.files.length + 1 })}` : null}
        </p>
        <div className="cs-contracts__actions">
          <Button size="small" onClick={() => setReplacing(true)}>
            {t('replace.button')}
          </Button>
          <Button
            size="small"
            variant="danger"
            onClick={() => {
              updateProject((p) => ({
                ...p,
                apiContracts: p.apiContracts.filter((c) => c.id !== contract.id),
                interactions: p.interactions.map((i) => {
                  if (i.apiOperation?.contractId !== contract.id) return i;
                  const { apiOperation: _dropped, ...rest } = i;
                  return rest;
                }),
              }));
              setUi({ selectedContractId: null });
            }}
          >
            {t('delete')}
          </Button>
        </div>
      </header>
      {result === null ? (
        <p role="status" className="cs-muted">
          {t('loading')}
        </p>
      ) : !result.ok ? (
        <div className="cs-feature-error" role="alert">
          <h4>{t('error.title')}</h4>
          <p>{describeLoadError(result.error)}</p>
        </div>
      ) : (
        <>
          {result.analysis.refProblems.length + result.analysis.duplicateOperationIds.length > 0 ? (
            <section className="cs-contracts__problems" aria-labelledby={`${headingId}-problems`}>
              <h4 id={`${headingId}-problems`}>{t('problems.heading', { count: result.analysis.refProblems.length + result.analysis.duplicateOperationIds.length })}</h4>
              <ul>
                {result.analysis.duplicateOperationIds.map(([id, uses]) => (
                  <li key={`dup:${id}`}>{t('problems.duplicate', { id, uses: uses.join(', ') })}</li>
                ))}
                {result.analysis.refProblems.slice(0, 50).map((p, i) => (
                  <li key={`ref:${i}`}>
                    {t(`problems.ref.${p.kind}`, { ref: p.ref, file: p.file })}
                    {p.detail ? <span className="cs-muted"> ({p.detail})</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <dl className="cs-feature-facts">
            {result.analysis.title ? (
              <>
                <dt>{t('documentTitle')}</dt>
                <dd>{result.analysis.title}</dd>
              </>
            ) : null}
            <dt>{t('servers')}</dt>
            <dd>
              {result.analysis.servers.length === 0 ? (
                <span className="cs-muted">{t('noServers')}</span>
              ) : (
                <ul className="cs-feature-plain-list">
                  {result.analysis.servers.map((server, index) => (
                    <li key={index}>
                      <code>{server.url}</code>
                      {server.description ? <span className="cs-muted"> · {server.description}</span> : null}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('operationCountLabel')}</dt>
            <dd>{t('operationCount', { count: result.analysis.operations.length })}</dd>
          </dl>
          {result.analysis.operations.length === 0 ? <p className="cs-muted">{t('noOperations')}</p> : null}
          {groups.map((group) => (
            <section key={group.tag ?? '\u0000'} className="cs-contracts__group">
              <h4>{group.tag ?? t('untagged')}</h4>
              {group.description ? <p className="cs-muted cs-contracts__group-description">{group.description}</p> : null}
              {group.operations.map((op) => {
                const key = operationKey(op.method, op.path);
                return (
                  <OperationPanel
                    key={key}
                    project={project}
                    contract={contract}
                    op={op}
                    all={result.analysis.operations}
                    index={index}
                    open={open.has(key) || (!!op.operationId && open.has(op.operationId))}
                    onToggle={(isOpen) =>
                      setOpen((current) => {
                        const next = new Set(current);
                        if (isOpen) next.add(key);
                        else {
                          next.delete(key);
                          if (op.operationId) next.delete(op.operationId);
                        }
                        return next;
                      })
                    }
                  />
                );
              })}
            </section>
          ))}
          {result.analysis.webhooks.length > 0 ? (
            <section className="cs-contracts__group">
              <h4>{t('webhooks.heading')}</h4>
              <ul className="cs-feature-plain-list">
                {result.analysis.webhooks.map((hook) => (
                  <li key={`${hook.name} ${hook.method}`}>
                    <code>{hook.method}</code> {hook.name} {hook.summary ? <span className="cs-muted">· {hook.summary}</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
      {replacing && result?.ok ? <ReplaceDialog project={project} contract={contract} previous={result.analysis.operations} onClose={() => setReplacing(false)} /> : null}
    </section>
  );
}
