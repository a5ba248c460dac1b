import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Component, Interaction, Project, Scenario, ScenarioStep } from '../../../models/project/types';
import { Badge, EmptyState } from '../../ui';
import { ListDetail } from '../shared/ListDetail';
import '../shared/features.css';
import './scenarios.css';
import { useProcessSteps } from '../process/useProcessSteps';

export function ScenariosView({ project }: { project: Project }) {
  const { t } = useTranslation('scenarios');
  const scenarios = project.scenarios;

  return (
    <div className="cs-view cs-scenarios">
      <header className="cs-view-header">
        <h2>{t('title')}</h2>
        {scenarios.length > 0 ? <span className="cs-feature-summary">{t('count', { count: scenarios.length })}</span> : null}
      </header>
      {scenarios.length === 0 ? (
        <EmptyState title={t('empty.title')} body={t('empty.body')} />
      ) : (
        <ListDetail
          items={scenarios}
          listLabel={t('listLabel')}
          title={(scenario) => scenario.title}
          meta={(scenario) => t('stepCount', { count: scenario.steps.length })}
          detail={(scenario) => <ScenarioDetail project={project} scenario={scenario} />}
        />
      )}
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function ScenarioDetail({ project, scenario }: { project: Project; scenario: Scenario }) {
  const { t } = useTranslation('scenarios');
  const headingId = useId();
  const process = scenario.processId ? project.processes.find((p) => p.id === scenario.processId) : undefined;
  const processSteps = useProcessSteps(process);
  const stepNames = useMemo(() => {
    const names = new Map<string, string>();
    if (processSteps.status === 'ready') for (const step of processSteps.steps) names.set(step.elementId, step.name);
    return names;
  }, [processSteps]);
  const components = useMemo(() => new Map(project.components.map((c) => [c.id, c])), [project.components]);
  const interactions = useMemo(() => new Map(project.interactions.map((i) => [i.id, i])), [project.interactions]);
  const none = <span className="cs-muted">{t('notGiven')}</span>;

  return (
    <article className="cs-feature-panel" aria-labelledby={headingId}>
      <header>
        <h3 id={headingId}>{scenario.title}</h3>
      </header>
      <dl className="cs-feature-facts">
        <Fact label={t('field.objective')}>{scenario.objective || none}</Fact>
        <Fact label={t('field.trigger')}>{scenario.trigger || none}</Fact>
        <Fact label={t('field.actors')}>
          {scenario.actors.length === 0 ? (
            none
          ) : (
            <ul className="cs-feature-chips">
              {scenario.actors.map((actor) => (
                <li key={actor}>
                  <Badge tone="neutral">{actor}</Badge>
                </li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact label={t('field.process')}>
          {scenario.processId === undefined ? (
            none
          ) : process ? (
            <span>
              {process.name} <span className="cs-muted">· {t(`catalog:phase.${process.phase}`)}</span>
            </span>
          ) : (
            <Badge tone="danger">{t('missingProcess', { id: scenario.processId })}</Badge>
          )}
        </Fact>
        <Fact label={t('field.prerequisites')}>{scenario.prerequisites || none}</Fact>
        <Fact label={t('field.inputs')}>{scenario.inputs || none}</Fact>
        <Fact label={t('field.outputs')}>{scenario.outputs || none}</Fact>
        <Fact label={t('field.controlPoints')}>{scenario.controlPoints || none}</Fact>
      </dl>
      <section className="cs-scenarios__steps" aria-labelledby={`${headingId}-steps`}>
        <h4 id={`${headingId}-steps`}>{t('stepsHeading', { number: scenario.steps.length })}</h4>
        {scenario.steps.length === 0 ? (
          <p className="cs-muted">{t('noSteps')}</p>
        ) : (
          <ol className="cs-scenarios__step-list">
            {scenario.steps.map((step, index) => (
              <StepCard
                key={step.id}
                number={index + 1}
                step={step}
                bpmnName={step.bpmnElementId ? stepNames.get(step.bpmnElementId) : undefined}
                interactions={interactions}
                components={components}
              />
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}

function StepCard({
  number,
  step,
  bpmnName,
  interactions,
  components,
}: {
  number: number;
  step: ScenarioStep;
  bpmnName: string | undefined;
  interactions: ReadonlyMap<string, Interaction>;
  components: ReadonlyMap<string, Component>;
}) {
  const { t } = useTranslation('scenarios');
  const componentName = (id: string) => components.get(id)?.name ?? id;
  const details: [string, string | undefined][] = [
    [t('field.preconditions'), step.preconditions],
    [t('field.postconditions'), step.postconditions],
    [t('field.errorHandling'), step.errorHandling],
    [t('field.notes'), step.notes],
  ];
  return (
    <li className="cs-scenarios__step">
      <span className="cs-scenarios__step-number" aria-hidden="true">
        {number}
      </span>
      <div className="cs-scenarios__step-body">
        <h5 className="cs-scenarios__step-title">
          <span className="cs-visually-hidden">{t('stepNumber', { number })} </span>
          {step.title}
        </h5>
        {step.bpmnElementId ? (
          <p className="cs-muted cs-scenarios__bpmn">
            {bpmnName ? t('bpmnStep', { name: bpmnName, id: step.bpmnElementId }) : t('bpmnElement', { id: step.bpmnElementId })}
          </p>
        ) : null}
        {step.interactionIds.length > 0 ? (
          <ul className="cs-scenarios__interactions" aria-label={t('interactionsLabel')}>
            {step.interactionIds.map((id) => {
              const interaction = interactions.get(id);
              if (!interaction) {
                return (
                  <li key={id}>
                    <Badge tone="danger">{t('missingInteraction', { id })}</Badge>
                  </li>
                );
              }
              return (
                <li key={id} className="cs-scenarios__interaction">
                  <span className="cs-scenarios__interaction-name">{interaction.name}</span>
                  <span className="cs-scenarios__flow">
                    <span>{componentName(interaction.from)}</span>
                    <span aria-label={t('to')} className="cs-scenarios__arrow">
                      →
                    </span>
                    <span>{componentName(interaction.to)}</span>
                  </span>
                  <Badge tone="info">{t(`catalog:interactionPattern.${interaction.pattern}`)}</Badge>
                </li>
              );
            })}
          </ul>
        ) : null}
        {details.some(([, value]) => value) ? (
          <dl className="cs-feature-facts cs-scenarios__details">
            {details.map(([label, value]) => (value ? <Fact key={label} label={label}>{value}</Fact> : null))}
          </dl>
        ) : null}
      </div>
    </li>
  );
}
