import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sensitivityLevels } from '../../../models/catalog';
import { usageCount, usageOfElement } from '../../../models/dictionary/whereUsed';
import type { DataElement, Project, Sensitivity, StandardRef } from '../../../models/project/types';
import type { ProjectIndex } from '../../../models/queries/projectIndex';
import { useProjectStore } from '../../store/projectStore';
import { Button, Dialog } from '../../ui';
import { operationKey, useContractsUi } from '../contracts/contractsUi';
import { Ellipsis } from '../shared/Ellipsis';
import { DATA_TYPES } from './ElementsTable';

export interface ElementDetailProps {
  project: Project;
  element: DataElement;
  index: ProjectIndex | null;
  onEdit(patch: Partial<Omit<DataElement, 'id'>>): void;
  onDelete(): void;
}

/** Text fields commit when they lose focus, so one edit is one undo step, not one per key. */
function TextField({
  label,
  value,
  multiline,
  onCommit,
  required,
}: {
  label: string;
  value: string;
  multiline?: boolean;
  required?: boolean;
  onCommit(value: string): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (required && draft.trim() === '') {
      setDraft(value);
      return;
    }
    if (draft !== value) onCommit(draft);
  };
  return (
    <div className="cs-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} className="cs-textarea" value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />
      ) : (
        <input
          id={id}
          className="cs-input"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
    </div>
  );
}

export function ElementDetail({ project, element, index, onEdit, onDelete }: ElementDetailProps) {
  const { t } = useTranslation('dictionary');
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const usage = usageOfElement(project, index, element.id);
  const used = usageCount(usage);
  const setView = useProjectStore((s) => s.setView);
  const setContractsUi = useContractsUi((s) => s.set);

  return (
    <section className="cs-feature-panel cs-dictionary__detail" aria-labelledby={headingId}>
      <header className="cs-dictionary__detail-header">
        <h3 id={headingId}>
          <Ellipsis text={element.name} />
        </h3>
        <code className="cs-muted">{element.id}</code>
      </header>
      <TextField label={t('field.name')} value={element.name} required onCommit={(name) => onEdit({ name: name.trim() })} />
      <TextField label={t('field.definition')} value={element.definition} multiline onCommit={(definition) => onEdit({ definition })} />
      <div className="cs-field-row">
        <SelectField
          label={t('column.type')}
          value={element.type}
          options={DATA_TYPES.map((type) => ({ value: type, label: t(`dataType.${type}`) }))}
          onChange={(type) => onEdit({ type: type as DataElement['type'] })}
        />
        <SelectField
          label={t('column.sensitivity')}
          value={element.sensitivity}
          options={sensitivityLevels.map((level) => ({ value: level.id, label: t(`catalog:sensitivity.${level.id}`) }))}
          onChange={(sensitivity) => onEdit({ sensitivity: sensitivity as Sensitivity })}
        />
      </div>
      <div className="cs-field-row">
        <TextField label={t('field.format')} value={element.format ?? ''} onCommit={(format) => onEdit({ format })} />
        <SelectField
          label={t('column.codeList')}
          value={element.codeListId ?? ''}
          options={[{ value: '', label: t('field.noCodeList') }, ...project.codeLists.map((c) => ({ value: c.id, label: c.name }))]}
          onChange={(codeListId) => onEdit({ codeListId })}
        />
      </div>
      <div className="cs-field-row">
        <TextField label={t('field.example')} value={element.example ?? ''} onCommit={(example) => onEdit({ example })} />
        <TextField label={t('field.owner')} value={element.owner ?? ''} onCommit={(owner) => onEdit({ owner })} />
      </div>
      <TextField label={t('column.category')} value={element.category ?? ''} onCommit={(category) => onEdit({ category })} />
      <StandardRefsEditor refs={element.standardRefs} onChange={(standardRefs) => onEdit({ standardRefs })} />

      <section className="cs-dictionary__where-used" aria-labelledby={`${headingId}-used`}>
        <h4 id={`${headingId}-used`}>{t('whereUsed.heading')}</h4>
        {used === 0 ? (
          <p className="cs-muted">{index ? t('whereUsed.none') : t('whereUsed.noneYet')}</p>
        ) : (
          <ul className="cs-feature-plain-list">
            {usage.steps.map((step) => (
              <li key={`step:${step.processId}:${step.elementId}`}>
                <button type="button" className="cs-link-button" onClick={() => setView('processes')}>
                  {t('whereUsed.step', { step: step.name || step.elementId, process: index?.processById.get(step.processId)?.name ?? step.processId })}
                </button>
              </li>
            ))}
            {usage.interactions.map(({ interaction, direction }) => (
              <li key={`interaction:${interaction.id}:${direction}`}>
                <button type="button" className="cs-link-button" onClick={() => setView('landscape')}>
                  {t(`whereUsed.interaction.${direction}`, { name: interaction.name })}
                </button>
                {interaction.apiOperation?.method && interaction.apiOperation.path ? (
                  <code className="cs-muted"> {`${interaction.apiOperation.method.toUpperCase()} ${interaction.apiOperation.path}`}</code>
                ) : null}
              </li>
            ))}
            {usage.mappings.map(({ contract, mapping }, i) => (
              <li key={`mapping:${contract.id}:${i}`}>
                <button
                  type="button"
                  className="cs-link-button"
                  onClick={() => {
                    setContractsUi({
                      selectedContractId: contract.id,
                      selectedOperation: mapping.method && mapping.path ? operationKey(mapping.method, mapping.path) : (mapping.operationId ?? null),
                    });
                    setView('contracts');
                  }}
                >
                  {t('whereUsed.mapping', {
                    contract: contract.name,
                    operation: mapping.operationId ?? `${mapping.method ?? ''} ${mapping.path ?? ''}`.trim(),
                    pointer: mapping.pointer,
                  })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="cs-dictionary__detail-actions">
        <Button variant="danger" size="small" onClick={() => (used > 0 ? setConfirming(true) : onDelete())}>
          {t('delete.button')}
        </Button>
      </div>
      <Dialog
        open={confirming}
        role="alertdialog"
        size="small"
        title={t('delete.title', { name: element.name })}
        onClose={() => setConfirming(false)}
        footer={
          <>
            <Button onClick={() => setConfirming(false)}>{t('delete.cancel')}</Button>
            <Button
              variant="danger"
              onClick={() => {
                setConfirming(false);
                onDelete();
              }}
            >
              {t('delete.confirm')}
            </Button>
          </>
        }
      >
        <p>{t('delete.body', { count: used })}</p>
        <ul className="cs-dictionary__delete-list">
          {usage.steps.map((step) => (
            <li key={`s:${step.processId}:${step.elementId}`}>{t('whereUsed.step', { step: step.name || step.elementId, process: index?.processById.get(step.processId)?.name ?? step.processId })}</li>
          ))}
          {usage.interactions.map(({ interaction, direction }) => (
            <li key={`i:${interaction.id}:${direction}`}>{t(`whereUsed.interaction.${direction}`, { name: interaction.name })}</li>
          ))}
          {usage.mappings.map(({ contract, mapping }, i) => (
            <li key={`m:${contract.id}:${i}`}>
              {t('whereUsed.mapping', { contract: contract.name, operation: mapping.operationId ?? `${mapping.method ?? ''} ${mapping.path ?? ''}`.trim(), pointer: mapping.pointer })}
            </li>
          ))}
        </ul>
        {usage.steps.length > 0 ? <p className="cs-muted">{t('delete.stepsNote')}</p> : null}
      </Dialog>
    </section>
  );
}

function SelectField({ label, value, options, onChange }: { label: string; value: string; options: { value: string; label: string }[]; onChange(value: string): void }) {
  const id = useId();
  return (
    <div className="cs-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="cs-select" value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function StandardRefsEditor({ refs, onChange }: { refs: StandardRef[]; onChange(refs: StandardRef[]): void }) {
  const { t } = useTranslation('dictionary');
  const [draft, setDraft] = useState(refs);
  useEffect(() => setDraft(refs), [refs]);
  const commit = (next: StandardRef[]) => {
    const cleaned = next.filter((r) => r.standard.trim() !== '' || r.reference.trim() !== '');
    if (JSON.stringify(cleaned) !== JSON.stringify(refs)) onChange(cleaned);
  };
  return (
    <fieldset className="cs-dictionary__standards-editor">
      <legend>{t('column.standards')}</legend>
      {draft.map((ref, i) => (
        <div key={i} className="cs-dictionary__standard-row">
          <input
            className="cs-input"
            aria-label={t('field.standardName', { index: i + 1 })}
            placeholder={t('field.standardPlaceholder')}
            value={ref.standard}
            onChange={(e) => setDraft(draft.map((r, j) => (j === i ? { ...r, standard: e.target.value } : r)))}
            onBlur={() => commit(draft)}
          />
          <input
            className="cs-input"
            aria-label={t('field.standardReference', { index: i + 1 })}
            placeholder={t('field.referencePlaceholder')}
            value={ref.reference}
            onChange={(e) => setDraft(draft.map((r, j) => (j === i ? { ...r, reference: e.target.value } : r)))}
            onBlur={() => commit(draft)}
          />
          <Button size="small" variant="ghost" aria-label={t('field.removeStandard', { index: i + 1 })} onClick={() => commit(draft.filter((_, j) => j !== i))}>
            ×
          </Button>
        </div>
      ))}
      <Button size="small" onClick={() => setDraft([...draft, { standard: '', reference: '' }])}>
        {t('field.addStandard')}
      </Button>
    </fieldset>
  );
}
