import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type Modeler from 'bpmn-js/lib/Modeler';
import { deliveryChainSteps } from '../../../models/catalog';
import { contractOperations, methodAndPath, resolveOperationRef } from '../../../models/contracts/resolveOperation';
import { DATA_USAGES, type DataUsage } from '../../../models/process/csModdle';
import {
  addInteractionRef,
  addOperationRef,
  extensionElementsWith,
  readStepLinks,
  removeDataRef,
  removeInteractionRef,
  removeOperationRef,
  setAgency,
  setChainStep,
  setDataRef,
  type ModdleFactory,
  type StepLinksValue,
} from '../../../models/process/links';
import type { ModdleElement } from '../../../models/process/moddle';
import type { OperationRef, Project } from '../../../models/project/types';
import { Button } from '../../ui';
import { SensitivityBadge } from '../shared/SensitivityBadge';

/** A shape or connection of the bpmn-js canvas. */
export interface DiagramElement {
  id: string;
  type: string;
  businessObject: ModdleElement;
}

const MAX_MATCHES = 12;

interface StepPanelProps {
  project: Project;
  modeler: Modeler | null;
  element: DiagramElement | null;
  /** Changes whenever the diagram changed, so the panel re-reads the links. */
  revision: number;
}

/** Links of the selected step: data elements with their usage, interactions, API operations, chain step, agency. */
export function StepPanel({ project, modeler, element, revision }: StepPanelProps) {
  const { t } = useTranslation('process');
  const headingId = useId();
  const bo = element?.businessObject;
  const isStep = bo !== undefined && element?.type !== 'label' && bo.$instanceOf('bpmn:FlowNode');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const links = useMemo(() => (isStep && bo ? readStepLinks(bo) : null), [bo, isStep, revision]);

  if (!modeler || !element || !isStep || !bo || !links) {
    return (
      <aside className="cs-process__panel" aria-label={t('panel.label')}>
        <p className="cs-muted">{t('panel.empty')}</p>
      </aside>
    );
  }

  const apply = (next: StepLinksValue) => {
    const moddle = modeler.get('moddle') as ModdleFactory;
    const modeling = modeler.get('modeling') as { updateProperties(element: DiagramElement, props: Record<string, unknown>): void };
    modeling.updateProperties(element, { extensionElements: extensionElementsWith(moddle, bo, next) });
  };

  return (
    <aside className="cs-process__panel" aria-labelledby={headingId}>
      <h4 id={headingId}>{typeof bo.name === 'string' && bo.name !== '' ? bo.name : element.id}</h4>
      <p className="cs-muted">
        {t('panel.stepOf', { type: bo.$type.replace(/^bpmn:/, '') })} · <code>{element.id}</code>
      </p>
      <ChainStepField links={links} apply={apply} />
      <AgencyField key={`${element.id}-${links.agency ?? ''}`} links={links} apply={apply} />
      <DataLinks project={project} links={links} apply={apply} />
      <InteractionLinks project={project} links={links} apply={apply} />
      <OperationLinks project={project} links={links} apply={apply} />
    </aside>
  );
}

interface FieldProps {
  links: StepLinksValue;
  apply: (next: StepLinksValue) => void;
}

function ChainStepField({ links, apply }: FieldProps) {
  const { t } = useTranslation('process');
  const id = useId();
  return (
    <div className="cs-process__field">
      <label htmlFor={id}>{t('panel.chainStep')}</label>
      <select id={id} value={links.chainStep ?? ''} onChange={(event) => apply(setChainStep(links, event.target.value))}>
        <option value="">{t('panel.noChainStep')}</option>
        {deliveryChainSteps.map((step) => (
          <option key={step.id} value={step.id}>
            {t(`catalog:chainStep.${step.id}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

function AgencyField({ links, apply }: FieldProps) {
  const { t } = useTranslation('process');
  const id = useId();
  const [value, setValue] = useState(links.agency ?? '');
  const commit = () => {
    if (value.trim() !== (links.agency ?? '')) apply(setAgency(links, value));
  };
  return (
    <div className="cs-process__field">
      <label htmlFor={id}>{t('panel.agency')}</label>
      <input
        id={id}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </div>
  );
}

function DataLinks({ project, links, apply }: FieldProps & { project: Project }) {
  const { t } = useTranslation('process');
  const searchId = useId();
  const usageId = useId();
  const [query, setQuery] = useState('');
  const [usage, setUsage] = useState<DataUsage>('reads');
  const byId = useMemo(() => new Map(project.dataElements.map((element) => [element.id, element])), [project.dataElements]);
  const linked = new Set(links.dataRefs.map((ref) => ref.elementId));
  const needle = query.trim().toLowerCase();
  const matches =
    needle === ''
      ? []
      : project.dataElements
          .filter((element) => !linked.has(element.id) && (element.name.toLowerCase().includes(needle) || element.id.toLowerCase().includes(needle)))
          .slice(0, MAX_MATCHES);
  return (
    <section className="cs-process__links" aria-label={t('panel.data')}>
      <h5>{t('panel.data')}</h5>
      {links.dataRefs.length === 0 ? <p className="cs-muted">{t('panel.noData')}</p> : null}
      <ul className="cs-feature-plain-list">
        {links.dataRefs.map((ref) => {
          const element = byId.get(ref.elementId);
          return (
            <li key={ref.elementId} className="cs-process__link-row">
              <span title={ref.elementId}>{element?.name ?? ref.elementId}</span>
              {element ? <SensitivityBadge level={element.sensitivity} /> : null}
              <select
                aria-label={t('panel.usageOf', { name: element?.name ?? ref.elementId })}
                value={ref.usage}
                onChange={(event) => apply(setDataRef(links, ref.elementId, event.target.value as DataUsage))}
              >
                {DATA_USAGES.map((value) => (
                  <option key={value} value={value}>
                    {t(`usage.${value}`)}
                  </option>
                ))}
              </select>
              <Button size="small" aria-label={t('panel.unlink', { name: element?.name ?? ref.elementId })} onClick={() => apply(removeDataRef(links, ref.elementId))}>
                ×
              </Button>
            </li>
          );
        })}
      </ul>
      <div className="cs-process__picker">
        <label htmlFor={searchId}>{t('panel.findData')}</label>
        <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={t('panel.findDataPlaceholder')} />
        <label htmlFor={usageId}>{t('panel.usage')}</label>
        <select id={usageId} value={usage} onChange={(event) => setUsage(event.target.value as DataUsage)}>
          {DATA_USAGES.map((value) => (
            <option key={value} value={value}>
              {t(`usage.${value}`)}
            </option>
          ))}
        </select>
        {matches.length > 0 ? (
          <ul className="cs-process__matches" aria-label={t('panel.matches')}>
            {matches.map((element) => (
              <li key={element.id}>
                <button
                  type="button"
                  className="cs-process__match"
                  onClick={() => {
                    apply(setDataRef(links, element.id, usage));
                    setQuery('');
                  }}
                >
                  {element.name} <code className="cs-muted">{element.id}</code>
                </button>
              </li>
            ))}
          </ul>
        ) : needle !== '' ? (
          <p className="cs-muted">{t('panel.noMatches')}</p>
        ) : null}
      </div>
    </section>
  );
}

function InteractionLinks({ project, links, apply }: FieldProps & { project: Project }) {
  const { t } = useTranslation('process');
  const pickId = useId();
  const components = useMemo(() => new Map(project.components.map((component) => [component.id, component.name])), [project.components]);
  const byId = useMemo(() => new Map(project.interactions.map((interaction) => [interaction.id, interaction])), [project.interactions]);
  const label = (id: string) => {
    const interaction = byId.get(id);
    if (!interaction) return id;
    return t('panel.interactionLabel', { name: interaction.name, from: components.get(interaction.from) ?? interaction.from, to: components.get(interaction.to) ?? interaction.to });
  };
  /** The interaction's API operation as method and path, when it has one. */
  const operationOf = (id: string) => {
    const ref = byId.get(id)?.apiOperation;
    return ref ? methodAndPath(resolveOperationRef(project.apiContracts, ref)) : '';
  };
  const available = project.interactions.filter((interaction) => !links.interactionIds.includes(interaction.id));
  return (
    <section className="cs-process__links" aria-label={t('panel.interactions')}>
      <h5>{t('panel.interactions')}</h5>
      {links.interactionIds.length === 0 ? <p className="cs-muted">{t('panel.noInteractions')}</p> : null}
      <ul className="cs-feature-plain-list">
        {links.interactionIds.map((id) => (
          <li key={id} className="cs-process__link-row">
            <span>
              {label(id)}
              {operationOf(id) !== '' ? (
                <>
                  {' '}
                  <code className="cs-process__operation">
                    {operationOf(id)}
                  </code>
                </>
              ) : null}
            </span>
            <Button size="small" aria-label={t('panel.unlink', { name: label(id) })} onClick={() => apply(removeInteractionRef(links, id))}>
              ×
            </Button>
          </li>
        ))}
      </ul>
      {available.length > 0 ? (
        <div className="cs-process__field">
          <label htmlFor={pickId}>{t('panel.addInteraction')}</label>
          <select
            id={pickId}
            value=""
            onChange={(event) => {
              if (event.target.value !== '') apply(addInteractionRef(links, event.target.value));
            }}
          >
            <option value="">{t('panel.choose')}</option>
            {available.map((interaction) => (
              <option key={interaction.id} value={interaction.id}>
                {label(interaction.id)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </section>
  );
}

function OperationLinks({ project, links, apply }: FieldProps & { project: Project }) {
  const { t } = useTranslation('process');
  const pickId = useId();
  const operations = useMemo(() => {
    const out: { key: string; label: string; ref: OperationRef }[] = [];
    for (const contract of project.apiContracts) {
      for (const operation of contractOperations(contract)) {
        const ref: OperationRef = { contractId: contract.id, method: operation.method.toUpperCase(), path: operation.path };
        if (operation.operationId !== undefined) ref.operationId = operation.operationId;
        out.push({ key: `${contract.id} ${operation.method} ${operation.path}`, label: `${contract.name}: ${operation.method.toUpperCase()} ${operation.path}`, ref });
      }
    }
    return out;
  }, [project.apiContracts]);
  // Method and path come from the contract (a ref may name only the operationId).
  const refLabel = (ref: OperationRef) => {
    const resolved = resolveOperationRef(project.apiContracts, ref);
    return `${resolved.contract?.name ?? ref.contractId}: ${methodAndPath(resolved)}`;
  };
  return (
    <section className="cs-process__links" aria-label={t('panel.operations')}>
      <h5>{t('panel.operations')}</h5>
      {links.operationRefs.length === 0 ? <p className="cs-muted">{t('panel.noOperations')}</p> : null}
      <ul className="cs-feature-plain-list">
        {links.operationRefs.map((ref, index) => (
          <li key={index} className="cs-process__link-row">
            <code>{refLabel(ref)}</code>
            <Button size="small" aria-label={t('panel.unlink', { name: refLabel(ref) })} onClick={() => apply(removeOperationRef(links, ref))}>
              ×
            </Button>
          </li>
        ))}
      </ul>
      {operations.length > 0 ? (
        <div className="cs-process__field">
          <label htmlFor={pickId}>{t('panel.addOperation')}</label>
          <select
            id={pickId}
            value=""
            onChange={(event) => {
              const picked = operations.find((operation) => operation.key === event.target.value);
              if (picked) apply(addOperationRef(links, picked.ref));
            }}
          >
            <option value="">{t('panel.choose')}</option>
            {operations.map((operation) => (
              <option key={operation.key} value={operation.key}>
                {operation.label}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="cs-muted">{t('panel.noContracts')}</p>
      )}
    </section>
  );
}
