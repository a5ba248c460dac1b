import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linkInteraction } from '../../../models/contracts/mappings';
import { readContract } from '../../../models/contracts/operations';
import { skeletonYaml } from '../../../models/contracts/skeleton';
import { slugify, uniqueId } from '../../../models/project/ids';
import type { Project } from '../../../models/project/types';
import { useProjectStore } from '../../store/projectStore';
import { Button, Dialog } from '../../ui';
import { useContractsUi } from './contractsUi';

/** Generates an OpenAPI 3.1 skeleton for an interaction without a contract and links the two. */
export function SkeletonDialog({ project, onClose }: { project: Project; onClose(): void }) {
  const { t } = useTranslation('contracts');
  const updateProject = useProjectStore((s) => s.updateProject);
  const setUi = useContractsUi((s) => s.set);
  const candidates = project.interactions.filter((i) => !i.apiOperation);
  const [interactionId, setInteractionId] = useState(candidates[0]?.id ?? '');
  const [dci, setDci] = useState(true);
  const interaction = candidates.find((i) => i.id === interactionId);

  return (
    <Dialog
      title={t('skeleton.title')}
      size="medium"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('skeleton.cancel')}</Button>
          <Button
            variant="primary"
            disabled={!interaction}
            onClick={() => {
              if (!interaction) return;
              const source = skeletonYaml(project, interaction, { dciEnvelope: dci });
              const read = readContract(source, 'yaml');
              const first = read.ok ? read.document.operations[0] : undefined;
              const id = uniqueId(slugify(`${interaction.name} api`), new Set(project.apiContracts.map((c) => c.id)));
              updateProject((p) => {
                const withContract = {
                  ...p,
                  apiContracts: [...p.apiContracts, { id, name: `${interaction.name} API`, version: '0.1.0', format: 'yaml' as const, source, sourceName: `${id}.yaml` }],
                };
                return first
                  ? linkInteraction(withContract, interaction.id, { contractId: id, ...(first.operationId ? { operationId: first.operationId } : {}), method: first.method, path: first.path })
                  : withContract;
              });
              setUi({ selectedContractId: id, selectedOperation: first ? `${first.method} ${first.path}` : null });
              onClose();
            }}
          >
            {t('skeleton.generate')}
          </Button>
        </>
      }
    >
      {candidates.length === 0 ? (
        <p>{t('skeleton.none')}</p>
      ) : (
        <>
          <p>{t('skeleton.intro')}</p>
          <label className="cs-field">
            <span className="cs-field__label">{t('skeleton.interaction')}</span>
            <select className="cs-select" value={interactionId} onChange={(e) => setInteractionId(e.target.value)}>
              {candidates.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          </label>
          <label className="cs-dictionary__catalog-item">
            <input type="checkbox" checked={dci} onChange={(e) => setDci(e.target.checked)} />
            <span>{t('skeleton.dci')}</span>
          </label>
        </>
      )}
    </Dialog>
  );
}
