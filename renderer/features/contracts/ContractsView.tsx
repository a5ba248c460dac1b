import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../models/project/types';
import { useCommands } from '../../commands/CommandsContext';
import { Button, EmptyState, Toolbar } from '../../ui';
import { Ellipsis } from '../shared/Ellipsis';
import '../shared/features.css';
import '../dictionary/dictionary.css';
import { CONTRACTS_COMMAND } from './commands';
import { ContractDetail } from './ContractDetail';
import './contracts.css';
import { useContractsUi } from './contractsUi';
import { scrollIntoViewWhenDrawn, useRevealRequest } from '../../store/reveal';
import { FolderDialog } from './FolderDialog';
import { SkeletonDialog } from './SkeletonDialog';

export function ContractsView({ project }: { project: Project }) {
  const { t } = useTranslation('contracts');
  const commands = useCommands();
  const contracts = project.apiContracts;
  const selectedId = useContractsUi((s) => s.selectedContractId);
  const importing = useContractsUi((s) => s.importing);
  const pendingFolder = useContractsUi((s) => s.pendingFolder);
  const setUi = useContractsUi((s) => s.set);
  const [generating, setGenerating] = useState(false);
  const selected = contracts.find((c) => c.id === selectedId) ?? contracts[0];
  // A problem followed from the Problems view: open the contract (and the operation, when named).
  useRevealRequest('contract', (request) => {
    setUi({ selectedContractId: request.id, selectedOperation: request.operation ?? null });
    if (request.operation) scrollIntoViewWhenDrawn(`details.cs-contracts__operation[open][data-operation="${CSS.escape(request.operation)}"]`, 'start');
  });

  return (
    <div className="cs-view cs-contracts">
      <header className="cs-view-header">
        <h2>{t('title')}</h2>
        {contracts.length > 0 ? <span className="cs-feature-summary">{t('count', { count: contracts.length })}</span> : null}
      </header>
      <Toolbar label={t('toolbar')}>
        <Button size="small" variant="primary" onClick={() => commands.run(CONTRACTS_COMMAND.importFile)}>
          {t('importFile')}
        </Button>
        <Button size="small" onClick={() => commands.run(CONTRACTS_COMMAND.importFolder)}>
          {t('importFolder')}
        </Button>
        <Button size="small" onClick={() => setGenerating(true)}>
          {t('skeleton.button')}
        </Button>
      </Toolbar>
      {importing ? (
        <div className="cs-contracts__progress" role="status">
          <span className="cs-contracts__spinner" aria-hidden="true" />
          {t('importing', { name: importing.fileName, size: Math.max(1, Math.round(importing.size / 1024)) })}
        </div>
      ) : null}
      {contracts.length === 0 ? (
        <EmptyState title={t('empty.title')} body={t('empty.body')} />
      ) : selected ? (
        <div className="cs-feature-split">
          <nav aria-label={t('listLabel')}>
            <ul className="cs-feature-list">
              {contracts.map((contract) => (
                <li key={contract.id}>
                  <button
                    type="button"
                    className="cs-feature-list__item"
                    aria-pressed={contract.id === selected.id}
                    onClick={() => setUi({ selectedContractId: contract.id, selectedOperation: null })}
                  >
                    <Ellipsis text={contract.name} className="cs-feature-list__title" />
                    <span className="cs-feature-list__meta">
                      <span>{t('version', { version: contract.version || '—' })}</span>
                      <span aria-hidden="true">·</span>
                      <span>{contract.format === 'json' ? t('format.json') : t('format.yaml')}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <ContractDetail key={selected.id} project={project} contract={selected} />
        </div>
      ) : null}
      {pendingFolder ? <FolderDialog pending={pendingFolder} onClose={() => setUi({ pendingFolder: null })} /> : null}
      {generating ? <SkeletonDialog project={project} onClose={() => setGenerating(false)} /> : null}
    </div>
  );
}
