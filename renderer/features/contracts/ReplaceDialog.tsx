import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractAnalysis } from '../../../models/contracts/analyse';
import { replaceContractSource, replacementIssues, type ReplacementIssue } from '../../../models/contracts/importContract';
import type { OperationDetail } from '../../../models/contracts/schemaTree';
import type { ApiContract, Project } from '../../../models/project/types';
import { useCommands } from '../../commands/CommandsContext';
import { useProjectStore } from '../../store/projectStore';
import { Button, Dialog } from '../../ui';
import { analyse } from './analyseClient';
import { contractFor, describeLoadError } from './contractImport';

/**
 * Replaces a contract's text with a newer version of the same API. Before anything changes it
 * lists the links (interactions, mappings) whose operation disappeared or changed.
 */
export function ReplaceDialog({ project, contract, previous, onClose }: { project: Project; contract: ApiContract; previous: readonly OperationDetail[]; onClose(): void }) {
  const { t } = useTranslation('contracts');
  const { context } = useCommands();
  const updateProject = useProjectStore((s) => s.updateProject);
  const [candidate, setCandidate] = useState<{ contract: ApiContract; analysis: ContractAnalysis; issues: ReplacementIssue[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async () => {
    setError(null);
    const file = await context.host.readImportFile('openapi');
    if (!file || file.text === undefined) return;
    setBusy(true);
    try {
      const result = await analyse({ entryPath: file.name, files: [[file.name, file.text]] });
      if (!result.ok) {
        setError(describeLoadError(result.error));
        return;
      }
      const next = contractFor(project, file.name, file.text, result.analysis, false, new Set());
      setCandidate({ contract: next, analysis: result.analysis, issues: replacementIssues(project, contract.id, result.analysis.operations, previous) });
    } finally {
      setBusy(false);
    }
  };

  const label = (issue: ReplacementIssue) =>
    issue.user.kind === 'interaction'
      ? t(`replace.issue.interaction.${issue.change}`, { name: issue.user.name, operation: issue.operation, detail: issue.detail ?? '' })
      : t(`replace.issue.mapping.${issue.change}`, { pointer: issue.user.pointer, element: issue.user.elementId, operation: issue.operation, detail: issue.detail ?? '' });

  return (
    <Dialog
      title={t('replace.title', { name: contract.name })}
      size="large"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('replace.cancel')}</Button>
          <Button
            variant="primary"
            disabled={!candidate}
            onClick={() => {
              if (candidate) updateProject((p) => replaceContractSource(p, contract.id, candidate.contract));
              onClose();
            }}
          >
            {t('replace.confirm')}
          </Button>
        </>
      }
    >
      <p>{t('replace.intro')}</p>
      <Button onClick={() => void choose()} disabled={busy}>
        {busy ? t('loading') : t('replace.choose')}
      </Button>
      {error ? (
        <div className="cs-feature-error" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      {candidate ? (
        <div role="status" className="cs-contracts__replace-result">
          <p>
            {t('replace.summary', {
              version: candidate.analysis.version ?? '—',
              count: candidate.analysis.operations.length,
            })}
          </p>
          {candidate.issues.length === 0 ? (
            <p>{t('replace.noIssues')}</p>
          ) : (
            <>
              <p className="cs-field__error">{t('replace.issues', { count: candidate.issues.length })}</p>
              <ul>
                {candidate.issues.map((issue, i) => (
                  <li key={i}>{label(issue)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
    </Dialog>
  );
}
