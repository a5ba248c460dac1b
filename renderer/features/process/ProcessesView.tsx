import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepInfo } from '../../../models/process/steps';
import type { Process, Project } from '../../../models/project/types';
import { Badge, EmptyState } from '../../ui';
import { Ellipsis } from '../shared/Ellipsis';
import { ListDetail } from '../shared/ListDetail';
import '../shared/features.css';
import './process.css';
import { BpmnDiagram } from './BpmnDiagram';
import { useAllProcessSteps, useProcessSteps, type ProcessStepsState } from './useProcessSteps';

export function ProcessesView({ project }: { project: Project }) {
  const { t } = useTranslation('process');
  const processes = project.processes;
  const allSteps = useAllProcessSteps(processes);

  return (
    <div className="cs-view cs-process">
      <header className="cs-view-header">
        <h2>{t('title')}</h2>
        {processes.length > 0 ? <span className="cs-feature-summary">{t('count', { count: processes.length })}</span> : null}
      </header>
      {processes.length === 0 ? (
        <EmptyState title={t('empty.title')} body={t('empty.body')} />
      ) : (
        <ListDetail
          items={processes}
          listLabel={t('listLabel')}
          layoutClassName="cs-process__layout"
          listClassName="cs-feature-list cs-process__list"
          title={(process) => process.name}
          meta={(process) => (
            <>
              <Ellipsis text={t(`catalog:phase.${process.phase}`)} />
              <span aria-hidden="true">·</span>
              <span className="cs-feature-nowrap">
                <StepCount state={allSteps.get(process.id)} />
              </span>
            </>
          )}
          detail={(process) => <ProcessDetail project={project} process={process} />}
        />
      )}
    </div>
  );
}

function StepCount({ state }: { state: ProcessStepsState | undefined }) {
  const { t } = useTranslation('process');
  if (!state || state.status === 'loading' || state.status === 'none') return <>{t('counting')}</>;
  if (state.status === 'error') return <span title={state.message}>{t('unreadable')}</span>;
  return <>{t('stepCount', { count: state.steps.length })}</>;
}

function ProcessDetail({ project, process }: { project: Project; process: Process }) {
  const { t } = useTranslation('process');
  const headingId = useId();
  const steps = useProcessSteps(process);
  return (
    <article className="cs-feature-panel cs-process__detail" aria-labelledby={headingId}>
      <header className="cs-process__header">
        <h3 id={headingId}>
          <Ellipsis text={process.name} />
        </h3>
        <p className="cs-muted">
          {t('phase', { phase: t(`catalog:phase.${process.phase}`) })} · <code>{process.id}</code>
        </p>
        {process.description ? <p className="cs-process__description">{process.description}</p> : null}
      </header>
      <BpmnDiagram xml={process.bpmn} label={process.name} />
      <section className="cs-feature-section" aria-labelledby={`${headingId}-steps`}>
        <h4 id={`${headingId}-steps`}>{t('steps.heading')}</h4>
        <StepsTable project={project} state={steps} />
      </section>
    </article>
  );
}

const BPMN_TYPE_KEYS = new Set([
  'task',
  'userTask',
  'serviceTask',
  'sendTask',
  'receiveTask',
  'manualTask',
  'businessRuleTask',
  'scriptTask',
  'callActivity',
  'subProcess',
  'startEvent',
  'endEvent',
  'intermediateCatchEvent',
  'intermediateThrowEvent',
  'boundaryEvent',
  'exclusiveGateway',
  'parallelGateway',
  'inclusiveGateway',
  'eventBasedGateway',
  'complexGateway',
]);

/** 'bpmn:UserTask' → 'userTask', the key of its label. */
function bpmnTypeKey(bpmnType: string): string {
  const local = bpmnType.includes(':') ? bpmnType.slice(bpmnType.indexOf(':') + 1) : bpmnType;
  return local.charAt(0).toLowerCase() + local.slice(1);
}

function StepsTable({ project, state }: { project: Project; state: ProcessStepsState }) {
  const { t } = useTranslation('process');
  const lookups = useMemo(
    () => ({
      elements: new Map(project.dataElements.map((e) => [e.id, e])),
      interactions: new Map(project.interactions.map((i) => [i.id, i])),
      components: new Map(project.components.map((c) => [c.id, c])),
      contracts: new Map(project.apiContracts.map((c) => [c.id, c])),
    }),
    [project],
  );

  if (state.status === 'loading' || state.status === 'none') return <p className="cs-muted">{t('steps.loading')}</p>;
  // The diagram above already explains why the BPMN cannot be read.
  if (state.status === 'error') return <p className="cs-muted" title={state.message}>{t('steps.unreadable')}</p>;
  if (state.steps.length === 0) return <p className="cs-muted">{t('steps.none')}</p>;

  const typeLabel = (step: StepInfo) => {
    const key = bpmnTypeKey(step.bpmnType);
    return BPMN_TYPE_KEYS.has(key) ? t(`bpmnType.${key}`) : key;
  };
  const dash = <span className="cs-muted">{t('none')}</span>;

  return (
    <>
      {state.warnings.length > 0 ? (
        <ul className="cs-process__warnings" aria-label={t('steps.warnings')}>
          {state.warnings.map((warning, index) => (
            <li key={index}>
              <Badge tone="warning">{t('steps.warning')}</Badge> {warning}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="cs-table-wrap">
        <table className="cs-table cs-feature-fixed cs-process__steps">
          <colgroup>
            <col style={{ width: '19%' }} />
            <col style={{ width: '13%' }} />
            <col style={{ width: '15%' }} />
            <col style={{ width: '19%' }} />
            <col style={{ width: '18%' }} />
            <col style={{ width: '16%' }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('steps.column.step')}</th>
              <th scope="col">{t('steps.column.lane')}</th>
              <th scope="col">{t('steps.column.chainStep')}</th>
              <th scope="col">{t('steps.column.data')}</th>
              <th scope="col">{t('steps.column.interactions')}</th>
              <th scope="col">{t('steps.column.operations')}</th>
            </tr>
          </thead>
          <tbody>
            {state.steps.map((step) => (
              <tr key={step.elementId}>
                <th scope="row">
                  <span className="cs-process__step-name">{step.name || step.elementId}</span>
                  <span className="cs-muted cs-process__step-type">{typeLabel(step)}</span>
                </th>
                <td>{step.laneName ?? dash}</td>
                <td>
                  {step.chainStep ? t(`catalog:chainStep.${step.chainStep}`) : dash}
                  {step.agency ? <span className="cs-feature-second-line">{step.agency}</span> : null}
                </td>
                <td>
                  {step.dataRefs.length === 0 ? (
                    dash
                  ) : (
                    <ul className="cs-feature-plain-list">
                      {step.dataRefs.map((ref, index) => {
                        const element = lookups.elements.get(ref.elementId);
                        return (
                          <li key={`${ref.elementId}-${index}`} className="cs-process__ref">
                            <span title={ref.elementId}>{element?.name ?? ref.elementId}</span>
                            {ref.usage ? <Badge tone="neutral">{usageLabel(t, ref.usage)}</Badge> : null}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </td>
                <td>
                  {step.interactionIds.length === 0 ? (
                    dash
                  ) : (
                    <ul className="cs-feature-plain-list">
                      {step.interactionIds.map((id) => {
                        const interaction = lookups.interactions.get(id);
                        const route = interaction
                          ? t('route', {
                              from: lookups.components.get(interaction.from)?.name ?? interaction.from,
                              to: lookups.components.get(interaction.to)?.name ?? interaction.to,
                            })
                          : t('unknownInteraction');
                        return (
                          <li key={id}>
                            <span>{interaction?.name ?? id}</span>
                            <Ellipsis text={route} className="cs-muted cs-process__route" />
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </td>
                <td>
                  {step.operationRefs.length === 0 ? (
                    dash
                  ) : (
                    <ul className="cs-feature-plain-list">
                      {step.operationRefs.map((ref, index) => {
                        const contract = lookups.contracts.get(ref.contractId);
                        const operation =
                          ref.method && ref.path ? `${ref.method.toUpperCase()} ${ref.path}` : (ref.operationId ?? ref.path ?? '');
                        return (
                          <li key={index}>
                            <code className="cs-feature-ellipsis" title={ref.operationId ? `${operation} (${ref.operationId})` : operation}>
                              {operation}
                            </code>
                            <Ellipsis text={contract?.name ?? ref.contractId} className="cs-muted cs-process__route" />
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function usageLabel(t: (key: string) => string, usage: string): string {
  switch (usage) {
    case 'reads':
      return t('usage.reads');
    case 'creates':
      return t('usage.creates');
    case 'updates':
      return t('usage.updates');
    case 'verifies':
      return t('usage.verifies');
    default:
      return usage;
  }
}
