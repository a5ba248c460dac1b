import { forwardRef, memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  authenticationMethods,
  componentGroups,
  componentTypes,
  defaultSector,
  getComponentType,
  interactionPatterns,
  legalBases,
  operationKinds,
  protocols,
} from '../../../models/catalog';
import type { ContractOperation } from '../../../models/contracts/operations';
import { contractOperations, methodAndPath, resolveOperationRef } from '../../../models/contracts/resolveOperation';
import { updateComponent, updateInteraction, type ComponentChanges, type InteractionChanges } from '../../../models/landscape/operations';
import type { Authentication, CarriedData, Component, DataDirection, DataElement, Interaction, OperationKind, Project, Protocol, Sector } from '../../../models/project/types';
import { useProjectStore } from '../../store/projectStore';
import { SensitivityBadge } from '../shared/SensitivityBadge';
import { CheckField, SearchPicker, SelectField, TextField } from './fields';

interface SidePanelProps {
  project: Project;
  componentId: string | null;
  interactionId: string | null;
  selectedCount: number;
}

/** Edits every field of the one selected component or interaction. */
export const SidePanel = memo(forwardRef<HTMLElement, SidePanelProps>(function SidePanel({ project, componentId, interactionId, selectedCount }, ref) {
  const { t } = useTranslation('landscape');
  const component = componentId ? project.components.find((c) => c.id === componentId) : undefined;
  const interaction = interactionId ? project.interactions.find((i) => i.id === interactionId) : undefined;
  return (
    <aside ref={ref} className="cs-lpanel" aria-label={t('panel.label')} tabIndex={-1}>
      {component ? (
        <ComponentForm key={component.id} component={component} />
      ) : interaction ? (
        <InteractionForm key={interaction.id} interaction={interaction} project={project} />
      ) : (
        <p className="cs-muted cs-lpanel__none">{selectedCount > 1 ? t('panel.many', { count: selectedCount }) : t('panel.none')}</p>
      )}
    </aside>
  );
}));

const SECTORS: readonly Sector[] = ['public', 'private', 'non_profit'];

/** The select value of the three-state cross-border answer: not recorded, yes, no. */
const crossBorderValue = (crossBorder: boolean | undefined): '' | 'yes' | 'no' => (crossBorder === undefined ? '' : crossBorder ? 'yes' : 'no');

const editComponent = (id: string, changes: ComponentChanges) => useProjectStore.getState().updateProject((p) => updateComponent(p, id, changes));
const editInteraction = (id: string, changes: InteractionChanges) => useProjectStore.getState().updateProject((p) => updateInteraction(p, id, changes));

function ComponentForm({ component }: { component: Component }) {
  const { t } = useTranslation('landscape');
  const known = getComponentType(component.type);
  const set = (changes: ComponentChanges) => editComponent(component.id, changes);
  return (
    <form className="cs-lpanel__form" onSubmit={(e) => e.preventDefault()} aria-label={t('panel.componentForm', { name: component.name })}>
      <h3 className="cs-lpanel__title">{t('panel.component')}</h3>
      <p className="cs-muted cs-lpanel__id">{t('panel.id', { id: component.id })}</p>
      <TextField label={t('field.name')} value={component.name} onCommit={(name) => set({ name })} />
      <SelectField label={t('field.type')} value={component.type} onChange={(type) => set({ type })}>
        {known ? null : <option value={component.type}>{t('node.unknownTypeOption', { type: component.type })}</option>}
        {componentGroups.map((group) => (
          <optgroup key={group.id} label={t(`group.${group.id}`)}>
            {componentTypes
              .filter((type) => type.group === group.id)
              .map((type) => (
                <option key={type.id} value={type.id}>
                  {type.shortName}
                </option>
              ))}
          </optgroup>
        ))}
      </SelectField>
      {known ? null : <p className="cs-field__hint cs-lpanel__warning">{t('node.unknownTypeHint')}</p>}
      {component.type === 'custom' ? (
        <TextField label={t('field.customType')} value={component.customType ?? ''} onCommit={(customType) => set({ customType })} />
      ) : null}
      <TextField label={t('field.ownerAgency')} value={component.ownerAgency ?? ''} onCommit={(ownerAgency) => set({ ownerAgency })} />
      <SelectField label={t('field.sector')} value={component.sector ?? ''} onChange={(value) => set({ sector: (value || undefined) as Sector | undefined })}>
        <option value="">{t('field.sectorDefault', { sector: t(`sector.${defaultSector(component.type)}`) })}</option>
        {SECTORS.map((sector) => (
          <option key={sector} value={sector}>
            {t(`sector.${sector}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t('field.product')} value={component.product ?? ''} onCommit={(product) => set({ product })} />
      <TextField
        label={t('field.standards')}
        hint={t('field.standardsHint')}
        value={component.standards.join('\n')}
        multiline
        onCommit={(text) => set({ standards: text.split('\n').map((s) => s.trim()).filter(Boolean) })}
      />
      <TextField label={t('field.description')} value={component.description ?? ''} multiline onCommit={(description) => set({ description })} />
    </form>
  );
}

function InteractionForm({ interaction, project }: { interaction: Interaction; project: Project }) {
  const { t } = useTranslation('landscape');
  const set = (changes: InteractionChanges) => editInteraction(interaction.id, changes);
  const security = interaction.security;
  return (
    <form className="cs-lpanel__form" onSubmit={(e) => e.preventDefault()} aria-label={t('panel.interactionForm', { name: interaction.name })}>
      <h3 className="cs-lpanel__title">{t('panel.interaction')}</h3>
      <p className="cs-muted cs-lpanel__id">{t('panel.id', { id: interaction.id })}</p>
      <TextField label={t('field.name')} value={interaction.name} onCommit={(name) => set({ name })} />
      <div className="cs-field-row">
        <SelectField label={t('field.from')} value={interaction.from} onChange={(from) => set({ from })}>
          {project.components.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('field.to')} value={interaction.to} onChange={(to) => set({ to })}>
          {project.components.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </div>
      <SelectField label={t('field.pattern')} value={interaction.pattern} onChange={(pattern) => set({ pattern })}>
        {interactionPatterns.some((p) => p.id === interaction.pattern) ? null : <option value={interaction.pattern}>{interaction.pattern}</option>}
        {interactionPatterns.map((pattern) => (
          <option key={pattern.id} value={pattern.id}>
            {t(`catalog:interactionPattern.${pattern.id}`)}
          </option>
        ))}
      </SelectField>
      <div className="cs-field-row">
        <SelectField label={t('field.operationKind')} value={interaction.operationKind} onChange={(value) => set({ operationKind: value as OperationKind })}>
          {operationKinds.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {t(`catalog:operationKind.${kind.id}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('field.protocol')} value={interaction.protocol} onChange={(value) => set({ protocol: value as Protocol })}>
          {protocols.map((protocol) => (
            <option key={protocol.id} value={protocol.id}>
              {t(`catalog:protocol.${protocol.id}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField label={t('field.purpose')} value={interaction.purpose ?? ''} multiline onCommit={(purpose) => set({ purpose })} />
      <DataElementsEditor interaction={interaction} elements={project.dataElements} onChange={(dataElements) => set({ dataElements })} />
      <ApiOperationEditor interaction={interaction} project={project} onChange={(apiOperation) => set({ apiOperation })} />
      <fieldset className="cs-lpanel__group">
        <legend>{t('field.legal')}</legend>
        <SelectField label={t('field.legalBasis')} value={interaction.legalBasis ?? ''} onChange={(legalBasis) => set({ legalBasis })}>
          <option value="">{t('field.notSet')}</option>
          {legalBases.map((basis) => (
            <option key={basis.id} value={basis.id}>
              {t(`catalog:legalBasis.${basis.id}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('field.legalReference')} value={interaction.legalReference ?? ''} onCommit={(legalReference) => set({ legalReference })} />
      </fieldset>
      <fieldset className="cs-lpanel__group">
        <legend>{t('field.dataProtection')}</legend>
        <TextField
          label={t('field.retention')}
          hint={t('field.retentionHint')}
          value={interaction.retention ?? ''}
          onCommit={(retention) => set({ retention: retention.trim() })}
        />
        <SelectField
          label={t('field.crossBorder')}
          value={crossBorderValue(interaction.crossBorder)}
          onChange={(value) => set({ crossBorder: value === '' ? undefined : value === 'yes' })}
        >
          <option value="">{t('field.notRecorded')}</option>
          <option value="yes">{t('field.crossBorderYes')}</option>
          <option value="no">{t('field.crossBorderNo')}</option>
        </SelectField>
      </fieldset>
      <fieldset className="cs-lpanel__group">
        <legend>{t('field.security')}</legend>
        <SelectField
          label={t('field.authentication')}
          value={security.authentication ?? ''}
          onChange={(value) => set({ security: { ...security, authentication: (value || undefined) as Authentication | undefined } })}
        >
          <option value="">{t('field.notSet')}</option>
          {authenticationMethods.map((method) => (
            <option key={method.id} value={method.id}>
              {t(`catalog:authentication.${method.id}`)}
            </option>
          ))}
        </SelectField>
        <CheckField label={t('field.encryption')} checked={security.encryptionInTransit === true} onChange={(on) => set({ security: { ...security, encryptionInTransit: on } })} />
        <CheckField label={t('field.signing')} checked={security.signing === true} onChange={(on) => set({ security: { ...security, signing: on } })} />
        <TextField label={t('field.dpia')} value={security.dpiaReference ?? ''} onCommit={(dpiaReference) => set({ security: { ...security, dpiaReference } })} />
      </fieldset>
      <div className="cs-field-row">
        <TextField label={t('field.volume')} value={interaction.volume ?? ''} onCommit={(volume) => set({ volume })} />
        <TextField label={t('field.frequency')} value={interaction.frequency ?? ''} onCommit={(frequency) => set({ frequency })} />
      </div>
      <TextField label={t('field.description')} value={interaction.description ?? ''} multiline onCommit={(description) => set({ description })} />
    </form>
  );
}

function DataElementsEditor({ interaction, elements, onChange }: { interaction: Interaction; elements: readonly DataElement[]; onChange: (data: CarriedData[]) => void }) {
  const { t } = useTranslation('landscape');
  const byId = useMemo(() => new Map(elements.map((e) => [e.id, e])), [elements]);
  const carried = interaction.dataElements;
  const setDirection = (index: number, direction: DataDirection) => onChange(carried.map((c, i) => (i === index ? { ...c, direction } : c)));
  const remove = (index: number) => onChange(carried.filter((_, i) => i !== index));
  const available = elements.filter((e) => !carried.some((c) => c.elementId === e.id));
  return (
    <fieldset className="cs-lpanel__group">
      <legend>{t('field.dataElements')}</legend>
      {carried.length === 0 ? <p className="cs-muted">{t('field.noData')}</p> : null}
      <ul className="cs-lpanel__carried">
        {carried.map((c, index) => {
          const element = byId.get(c.elementId);
          return (
            <li key={`${c.elementId}-${index}`}>
              <span className="cs-lpanel__carried-name" title={c.elementId}>
                {element?.name ?? t('field.missingElement', { id: c.elementId })}
              </span>
              {element ? <SensitivityBadge level={element.sensitivity} /> : null}
              <select
                className="cs-select cs-lpanel__direction"
                aria-label={t('field.directionOf', { name: element?.name ?? c.elementId })}
                value={c.direction}
                onChange={(e) => setDirection(index, e.target.value as DataDirection)}
              >
                <option value="request">{t('field.request')}</option>
                <option value="response">{t('field.response')}</option>
              </select>
              <button type="button" className="cs-button cs-button--ghost cs-button--small" aria-label={t('field.removeData', { name: element?.name ?? c.elementId })} onClick={() => remove(index)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <SearchPicker
        label={t('field.addData')}
        placeholder={t('field.addDataPlaceholder')}
        items={available}
        textOf={(e) => `${e.name} ${e.id}`}
        keyOf={(e) => e.id}
        render={(e) => (
          <>
            <span>{e.name}</span> <span className="cs-muted">{e.id}</span>
          </>
        )}
        emptyText={t('field.noMatch')}
        onPick={(e) => onChange([...carried, { elementId: e.id, direction: 'request' }])}
      />
    </fieldset>
  );
}

const operationLabel = (op: ContractOperation) => `${op.method} ${op.path}${op.operationId ? ` (${op.operationId})` : ''}`;

function ApiOperationEditor({ interaction, project, onChange }: { interaction: Interaction; project: Project; onChange: (ref: Interaction['apiOperation']) => void }) {
  const { t } = useTranslation('landscape');
  const ref = interaction.apiOperation;
  const contract = ref ? project.apiContracts.find((c) => c.id === ref.contractId) : undefined;
  // Read once per contract text (cached in models/contracts), not on every render of the panel.
  const operations = contract ? contractOperations(contract) : [];
  const resolved = ref ? resolveOperationRef(project.apiContracts, ref) : undefined;
  const current = resolved?.operation;
  return (
    <fieldset className="cs-lpanel__group">
      <legend>{t('field.apiOperation')}</legend>
      <SelectField label={t('field.contract')} value={ref?.contractId ?? ''} onChange={(contractId) => onChange(contractId ? { contractId } : undefined)}>
        <option value="">{t('field.noContract')}</option>
        {project.apiContracts.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} {c.version}
          </option>
        ))}
        {ref && !contract ? <option value={ref.contractId}>{t('field.missingContract', { id: ref.contractId })}</option> : null}
      </SelectField>
      {ref ? (
        <p className="cs-lpanel__operation" data-testid="interaction-operation">
          {current ? operationLabel(current) : resolved && methodAndPath(resolved) !== '' ? t('field.operationNotInContract', { operation: methodAndPath(resolved) }) : t('field.noOperation')}
        </p>
      ) : null}
      {ref && contract ? (
        <SearchPicker
          label={t('field.operation')}
          placeholder={t('field.operationPlaceholder')}
          items={operations}
          textOf={(op) => `${operationLabel(op)} ${op.summary ?? ''}`}
          keyOf={(op) => `${op.method} ${op.path}`}
          render={(op) => (
            <>
              <span>{operationLabel(op)}</span> {op.summary ? <span className="cs-muted">{op.summary}</span> : null}
            </>
          )}
          emptyText={t('field.noMatch')}
          onPick={(op) =>
            onChange(op.operationId ? { contractId: contract.id, operationId: op.operationId } : { contractId: contract.id, method: op.method.toLowerCase(), path: op.path })
          }
        />
      ) : null}
    </fieldset>
  );
}
