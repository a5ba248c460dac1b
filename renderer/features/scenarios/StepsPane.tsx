import { useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepInfo } from '../../../models/process/steps';
import type { Interaction, Project, Scenario, ScenarioStep } from '../../../models/project/types';
import { createStep, moveItem } from '../../../models/scenario';
import { Badge, Button } from '../../ui';
import { useProcessSteps } from '../process/useProcessSteps';
import { SelectField, TextField } from './fields';
import { FillFromProcessDialog } from './FillFromProcessDialog';
import { setStepText, updateScenario, updateStep } from './scenarioEdits';
import { useScenariosUi } from './scenariosUi';

/** The ordered steps of a scenario, each tied to a BPMN step and the interactions it performs. */
export function StepsPane({ project, scenario }: { project: Project; scenario: Scenario }) {
  const { t } = useTranslation('scenarios');
  const process = project.processes.find((p) => p.id === scenario.processId);
  const processSteps = useProcessSteps(process);
  const bpmnSteps = processSteps.status === 'ready' ? processSteps.steps : [];
  const [filling, setFilling] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [dragIndex, setDragIndex] = useState<number | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  const focusStepId = useScenariosUi((s) => s.focusStepId);
  const listRef = useRef<HTMLOListElement>(null);
  const components = useMemo(() => new Map(project.components.map((c) => [c.id, c.name])), [project.components]);
  const interactions = useMemo(() => new Map(project.interactions.map((i) => [i.id, i])), [project.interactions]);

  // A step asked for (a reveal request, a new step): scroll to it and put focus on its title.
  useEffect(() => {
    if (!focusStepId) return;
    const element = listRef.current?.querySelector<HTMLElement>(`[data-step-id="${CSS.escape(focusStepId)}"]`);
    if (!element) return;
    element.scrollIntoView({ block: 'nearest' });
    element.querySelector<HTMLInputElement>('input')?.focus();
    useScenariosUi.getState().focusStep(null);
  }, [focusStepId, scenario.steps]);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= scenario.steps.length || from === to) return;
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    updateScenario(scenario.id, (s) => ({ ...s, steps: moveItem(s.steps, from, to) }));
    setAnnouncement(t('moved', { title: scenario.steps[from]!.title, position: to + 1, count: scenario.steps.length }));
    // Moving a node in the DOM can drop its focus; give it back so Alt+↑/↓ can be repeated.
    requestAnimationFrame(() => {
      if (active && active.isConnected && document.activeElement !== active) active.focus();
    });
  };

  const addStep = () => {
    const step = createStep(scenario, t('newStepTitle', { number: scenario.steps.length + 1 }));
    updateScenario(scenario.id, (s) => ({ ...s, steps: [...s.steps, step] }));
    useScenariosUi.getState().focusStep(step.id);
  };

  const removeStep = (step: ScenarioStep) => {
    updateScenario(scenario.id, (s) => ({ ...s, steps: s.steps.filter((candidate) => candidate.id !== step.id) }));
    setAnnouncement(t('stepDeleted', { title: step.title }));
  };

  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragIndex !== null) move(dragIndex, index);
    setDragIndex(null);
    setDropIndex(null);
  };

  return (
    <div className="cs-scenarios__steps-pane">
      <div className="cs-scenarios__pane-bar">
        <Button size="small" onClick={addStep}>
          {t('action.addStep')}
        </Button>
        <Button size="small" onClick={() => setFilling(true)} disabled={!process}>
          {t('action.fill')}
        </Button>
        <span className="cs-muted cs-scenarios__reorder-hint">{t('reorderHint')}</span>
      </div>
      {!process ? <p className="cs-muted">{scenario.processId ? t('missingProcess', { id: scenario.processId }) : t('chooseProcess')}</p> : null}
      {processSteps.status === 'error' ? <p className="cs-muted">{t('processUnreadable', { message: processSteps.message })}</p> : null}
      {scenario.steps.length === 0 ? (
        <div className="cs-scenarios__no-steps" role="status">
          <p>{process ? t('noStepsWithProcess') : t('noStepsWithoutProcess')}</p>
        </div>
      ) : (
        <ol className="cs-scenarios__edit-list" ref={listRef} aria-label={t('stepsLabel')}>
          {scenario.steps.map((step, index) => (
            <StepCard
              key={step.id}
              project={project}
              scenario={scenario}
              step={step}
              index={index}
              count={scenario.steps.length}
              bpmnSteps={bpmnSteps}
              stepsReady={processSteps.status === 'ready'}
              components={components}
              interactions={interactions}
              onMove={move}
              onRemove={() => removeStep(step)}
              dragging={dragIndex === index}
              dropTarget={dropIndex === index && dragIndex !== index}
              onDragStart={(event) => {
                setDragIndex(index);
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', step.id);
                const card = (event.currentTarget as HTMLElement).closest('li');
                if (card) event.dataTransfer.setDragImage(card, 24, 24);
              }}
              onDragEnd={() => {
                setDragIndex(null);
                setDropIndex(null);
              }}
              onDragOver={(event) => {
                if (dragIndex === null) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                if (dropIndex !== index) setDropIndex(index);
              }}
              onDrop={(event) => onDrop(event, index)}
            />
          ))}
        </ol>
      )}
      <div className="cs-visually-hidden" aria-live="polite">
        {announcement}
      </div>
      {filling && process ? <FillFromProcessDialog project={project} scenario={scenario} onClose={() => setFilling(false)} /> : null}
    </div>
  );
}

interface StepCardProps {
  project: Project;
  scenario: Scenario;
  step: ScenarioStep;
  index: number;
  count: number;
  bpmnSteps: readonly StepInfo[];
  stepsReady: boolean;
  components: ReadonlyMap<string, string>;
  interactions: ReadonlyMap<string, Interaction>;
  onMove(from: number, to: number): void;
  onRemove(): void;
  dragging: boolean;
  dropTarget: boolean;
  onDragStart(event: DragEvent): void;
  onDragEnd(): void;
  onDragOver(event: DragEvent): void;
  onDrop(event: DragEvent): void;
}

function StepCard(props: StepCardProps) {
  const { project, scenario, step, index, count, bpmnSteps, stepsReady, components, interactions, onMove } = props;
  const { t } = useTranslation('scenarios');
  const number = index + 1;
  const bpmn = bpmnSteps.find((candidate) => candidate.elementId === step.bpmnElementId);
  const linked = new Set(bpmn?.interactionIds ?? []);
  const flow = (interaction: Interaction) =>
    t('flow', { from: components.get(interaction.from) ?? interaction.from, to: components.get(interaction.to) ?? interaction.to });
  const available = project.interactions.filter((interaction) => !step.interactionIds.includes(interaction.id));
  const hasDetails = Boolean(step.notes || step.preconditions || step.postconditions || step.errorHandling);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      onMove(index, index - 1);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      onMove(index, index + 1);
    }
  };

  return (
    <li
      className={['cs-scenarios__edit-step', props.dragging ? 'is-dragging' : '', props.dropTarget ? 'is-drop-target' : ''].filter(Boolean).join(' ')}
      data-step-id={step.id}
      onKeyDown={onKeyDown}
      onDragOver={props.onDragOver}
      onDrop={props.onDrop}
      aria-label={t('stepLabel', { number, title: step.title })}
    >
      <div className="cs-scenarios__step-rail">
        <span
          className="cs-scenarios__drag-handle"
          draggable
          onDragStart={props.onDragStart}
          onDragEnd={props.onDragEnd}
          title={t('dragHandle')}
          aria-hidden="true"
        >
          ⋮⋮
        </span>
        <span className="cs-scenarios__step-number" aria-hidden="true">
          {number}
        </span>
      </div>
      <div className="cs-scenarios__edit-body">
        <div className="cs-scenarios__edit-head">
          <TextField
            label={t('stepTitleLabel', { number })}
            hideLabel
            required
            value={step.title}
            className="cs-scenarios__step-title-field"
            onCommit={(title) => updateStep(scenario.id, step.id, (s) => ({ ...s, title }))}
          />
          <div className="cs-scenarios__step-actions">
            <Button size="small" variant="ghost" aria-label={t('moveUp', { number })} aria-keyshortcuts="Alt+ArrowUp" disabled={index === 0} onClick={() => onMove(index, index - 1)}>
              ↑
            </Button>
            <Button
              size="small"
              variant="ghost"
              aria-label={t('moveDown', { number })}
              aria-keyshortcuts="Alt+ArrowDown"
              disabled={index === count - 1}
              onClick={() => onMove(index, index + 1)}
            >
              ↓
            </Button>
            <Button size="small" variant="ghost" aria-label={t('deleteStep', { number })} onClick={props.onRemove}>
              ✕
            </Button>
          </div>
        </div>
        <SelectField
          label={t('field.bpmnStep')}
          value={step.bpmnElementId ?? ''}
          onChange={(value) =>
            updateStep(scenario.id, step.id, (s) => {
              const next = { ...s };
              if (value === '') delete next.bpmnElementId;
              else next.bpmnElementId = value;
              return next;
            })
          }
        >
          <option value="">{t('noBpmnStep')}</option>
          {step.bpmnElementId && stepsReady && !bpmn ? <option value={step.bpmnElementId}>{t('bpmnElement', { id: step.bpmnElementId })}</option> : null}
          {step.bpmnElementId && !stepsReady ? <option value={step.bpmnElementId}>{step.bpmnElementId}</option> : null}
          {bpmnSteps.map((candidate) => (
            <option key={candidate.elementId} value={candidate.elementId}>
              {candidate.laneName
                ? t('bpmnOptionLane', { name: candidate.name || candidate.elementId, lane: candidate.laneName })
                : candidate.name || candidate.elementId}
            </option>
          ))}
        </SelectField>
        <div className="cs-field">
          <span className="cs-field__label" id={`cs-step-${step.id}-interactions`}>
            {t('field.interactions')}
          </span>
          {step.interactionIds.length === 0 ? (
            <p className="cs-muted cs-scenarios__none">{t('noInteractions')}</p>
          ) : (
            <ul className="cs-scenarios__interactions" aria-labelledby={`cs-step-${step.id}-interactions`}>
              {step.interactionIds.map((id) => {
                const interaction = interactions.get(id);
                return (
                  <li key={id} className="cs-scenarios__interaction">
                    {interaction ? (
                      <>
                        <span className="cs-scenarios__interaction-name">{interaction.name}</span>
                        <span className="cs-scenarios__flow">{flow(interaction)}</span>
                        <Badge tone="info">{t(`catalog:interactionPattern.${interaction.pattern}`, { defaultValue: interaction.pattern })}</Badge>
                      </>
                    ) : (
                      <Badge tone="danger">{t('missingInteraction', { id })}</Badge>
                    )}
                    <Button
                      size="small"
                      variant="ghost"
                      className="cs-scenarios__remove"
                      aria-label={t('removeInteraction', { name: interaction?.name ?? id, number })}
                      onClick={() => updateStep(scenario.id, step.id, (s) => ({ ...s, interactionIds: s.interactionIds.filter((x) => x !== id) }))}
                    >
                      ✕
                    </Button>
                  </li>
                );
              })}
            </ul>
          )}
          <SelectField
            label={t('addInteraction', { number })}
            hideLabel
            value=""
            className="cs-scenarios__add-interaction"
            onChange={(value) => {
              if (value === '') return;
              updateStep(scenario.id, step.id, (s) => (s.interactionIds.includes(value) ? s : { ...s, interactionIds: [...s.interactionIds, value] }));
            }}
          >
            <option value="">{t('addInteractionPrompt')}</option>
            {available.some((i) => linked.has(i.id)) ? (
              <optgroup label={t('linkedInteractions')}>
                {available
                  .filter((i) => linked.has(i.id))
                  .map((interaction) => (
                    <option key={interaction.id} value={interaction.id}>
                      {t('interactionOption', { name: interaction.name, flow: flow(interaction) })}
                    </option>
                  ))}
              </optgroup>
            ) : null}
            <optgroup label={t('allInteractions')}>
              {available
                .filter((i) => !linked.has(i.id))
                .map((interaction) => (
                  <option key={interaction.id} value={interaction.id}>
                    {t('interactionOption', { name: interaction.name, flow: flow(interaction) })}
                  </option>
                ))}
            </optgroup>
          </SelectField>
        </div>
        <details className="cs-scenarios__more" open={hasDetails}>
          <summary>{t('moreDetails')}</summary>
          <div className="cs-scenarios__more-grid">
            <TextField label={t('field.preconditions')} multiline rows={2} value={step.preconditions ?? ''} onCommit={(v) => setStepText(scenario.id, step.id, 'preconditions', v)} />
            <TextField label={t('field.postconditions')} multiline rows={2} value={step.postconditions ?? ''} onCommit={(v) => setStepText(scenario.id, step.id, 'postconditions', v)} />
            <TextField
              label={t('field.errorHandling')}
              hint={t('hint.errorHandling')}
              multiline
              rows={2}
              value={step.errorHandling ?? ''}
              onCommit={(v) => setStepText(scenario.id, step.id, 'errorHandling', v)}
            />
            <TextField label={t('field.notes')} hint={t('hint.notes')} multiline rows={2} value={step.notes ?? ''} onCommit={(v) => setStepText(scenario.id, step.id, 'notes', v)} />
          </div>
        </details>
      </div>
    </li>
  );
}
