// Walkthrough mode: the scenario presented one step at a time, full screen where the platform
// allows it (else over the whole window), with the step's BPMN element and its landscape edges
// highlighted side by side, its data and API operation, and speaker notes on N. ←/→, Home/End,
// Esc to leave. Large type and high contrast, for a projector.

import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { getInteractionPattern } from '../../../models/catalog';
import { exportLandscapeSvg } from '../../../models/landscape/svgExport';
import type { Interaction, Project, Scenario, ScenarioStep } from '../../../models/project/types';
import { resolveOperation } from '../../../models/scenario';
import { Button } from '../../ui';
import { svgText } from '../landscape/exportLandscape';
import { useProcessSteps } from '../process/useProcessSteps';
import { useScenariosUi } from './scenariosUi';

const BpmnStepView = lazy(() => import('./BpmnStepView'));

export function WalkthroughOverlay({ project }: { project: Project }) {
  const { t } = useTranslation('scenarios');
  const walkthrough = useScenariosUi((s) => s.walkthrough)!;
  const setWalkthrough = useScenariosUi((s) => s.setWalkthrough);
  const scenario = project.scenarios.find((s) => s.id === walkthrough.scenarioId);
  const root = useRef<HTMLDivElement>(null);
  const count = scenario?.steps.length ?? 0;
  const index = Math.min(walkthrough.stepIndex, Math.max(0, count - 1));
  const step = scenario?.steps[index];

  const go = (next: number) => {
    if (count === 0) return;
    setWalkthrough({ ...walkthrough, stepIndex: Math.max(0, Math.min(count - 1, next)) });
  };
  const exit = () => {
    setWalkthrough(null);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  };

  // Full screen where allowed; focus moves into the overlay and back where it was on exit.
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = root.current;
    element?.focus();
    let wasFullscreen = false;
    const onChange = () => {
      if (document.fullscreenElement === element) wasFullscreen = true;
      // Esc in full screen is taken by the browser to leave full screen: leave the walkthrough too.
      else if (wasFullscreen && !document.fullscreenElement) useScenariosUi.getState().setWalkthrough(null);
    };
    document.addEventListener('fullscreenchange', onChange);
    if (element && typeof element.requestFullscreen === 'function' && document.fullscreenEnabled) {
      element.requestFullscreen().catch(() => undefined);
    }
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      previous?.focus();
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Tab' && root.current) {
        // Keep Tab inside the walkthrough: the view behind it is covered.
        const focusable = Array.from(root.current.querySelectorAll<HTMLElement>('button:not([disabled]), [tabindex="0"]'));
        const first = focusable[0];
        const last = focusable[focusable.length - 1];
        if (first && last) {
          const inside = root.current.contains(document.activeElement);
          if (event.shiftKey && (document.activeElement === first || !inside)) {
            event.preventDefault();
            last.focus();
          } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
            event.preventDefault();
            first.focus();
          }
        }
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      // Space on a focused button presses that button.
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
      const state = useScenariosUi.getState().walkthrough;
      if (!state) return;
      let handled = true;
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
        case ' ':
          go(state.stepIndex + 1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          go(state.stepIndex - 1);
          break;
        case 'Home':
          go(0);
          break;
        case 'End':
          go(count - 1);
          break;
        case 'n':
        case 'N':
          setWalkthrough({ ...state, notes: !state.notes });
          break;
        case 'Escape':
          exit();
          break;
        default:
          handled = false;
      }
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    // Capture, so the app's own shortcuts and the view behind do not see these keys.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  });

  return (
    <div ref={root} className="cs-walk" role="dialog" aria-modal="true" aria-label={t('walk.label', { title: scenario?.title ?? '' })} tabIndex={-1}>
      <header className="cs-walk__bar">
        <div className="cs-walk__scenario">{scenario?.title}</div>
        <div className="cs-walk__position" aria-live="polite">
          {t('walk.position', { number: index + 1, count })}
        </div>
        <div className="cs-walk__controls">
          <Button onClick={() => go(index - 1)} disabled={index === 0} aria-keyshortcuts="ArrowLeft">
            {t('walk.previous')}
          </Button>
          <Button onClick={() => go(index + 1)} disabled={index >= count - 1} aria-keyshortcuts="ArrowRight">
            {t('walk.next')}
          </Button>
          <Button onClick={() => setWalkthrough({ ...walkthrough, notes: !walkthrough.notes })} aria-pressed={walkthrough.notes} aria-keyshortcuts="N">
            {t('walk.notes')}
          </Button>
          <Button variant="primary" onClick={exit} aria-keyshortcuts="Escape">
            {t('walk.exit')}
          </Button>
        </div>
      </header>
      {scenario && step ? (
        <StepSlide project={project} scenario={scenario} step={step} number={index + 1} notes={walkthrough.notes} />
      ) : (
        <p className="cs-walk__empty">{t('walk.noSteps')}</p>
      )}
      <footer className="cs-walk__keys" aria-hidden="true">
        {t('walk.keys')}
      </footer>
    </div>
  );
}

function StepSlide({ project, scenario, step, number, notes }: { project: Project; scenario: Scenario; step: ScenarioStep; number: number; notes: boolean }) {
  const { t } = useTranslation('scenarios');
  const process = project.processes.find((p) => p.id === scenario.processId);
  const processSteps = useProcessSteps(process);
  const bpmnName =
    processSteps.status === 'ready' ? processSteps.steps.find((s) => s.elementId === step.bpmnElementId)?.name : undefined;
  const interactions = step.interactionIds.flatMap((id) => {
    const interaction = project.interactions.find((i) => i.id === id);
    return interaction ? [interaction] : [];
  });
  const componentName = (id: string) => project.components.find((c) => c.id === id)?.name ?? id;
  const elementName = (id: string) => project.dataElements.find((e) => e.id === id)?.name ?? id;
  const dataIds = [...new Set(interactions.flatMap((i) => i.dataElements.map((d) => d.elementId)))];

  return (
    <div className={notes ? 'cs-walk__slide has-notes' : 'cs-walk__slide'}>
      <h2 className="cs-walk__title">
        <span className="cs-walk__number">{number}</span>
        <span>{step.title}</span>
      </h2>
      <div className="cs-walk__diagrams">
        <section className="cs-walk__panel" aria-label={t('walk.processPanel')}>
          <h3 className="cs-walk__panel-title">
            {process ? process.name : t('walk.noProcess')}
            {bpmnName ? <span className="cs-walk__panel-sub"> · {bpmnName}</span> : null}
          </h3>
          {process ? (
            <Suspense fallback={<p className="cs-walk__diagram-message">{t('walk.loading')}</p>}>
              <BpmnStepView process={process} elementId={step.bpmnElementId} />
            </Suspense>
          ) : null}
        </section>
        <section className="cs-walk__panel" aria-label={t('walk.landscapePanel')}>
          <h3 className="cs-walk__panel-title">{t('walk.landscape')}</h3>
          <LandscapeHighlight project={project} interactions={interactions} />
        </section>
      </div>
      <div className="cs-walk__facts">
        <section aria-label={t('walk.interactions')}>
          <h3>{t('walk.interactions')}</h3>
          {interactions.length === 0 ? (
            <p className="cs-walk__muted">{t('walk.noInteractions')}</p>
          ) : (
            <ul className="cs-walk__list">
              {interactions.map((interaction) => (
                <li key={interaction.id}>
                  <strong>{interaction.name}</strong>
                  <span className="cs-walk__flow">
                    {t('flow', { from: componentName(interaction.from), to: componentName(interaction.to) })} ·{' '}
                    {t(`catalog:interactionPattern.${interaction.pattern}`, { defaultValue: getInteractionPattern(interaction.pattern)?.name ?? interaction.pattern })}
                  </span>
                  <OperationLine project={project} interaction={interaction} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-label={t('walk.data')}>
          <h3>{t('walk.data')}</h3>
          {dataIds.length === 0 ? (
            <p className="cs-walk__muted">{t('walk.noData')}</p>
          ) : (
            <ul className="cs-walk__chips">
              {dataIds.map((id) => (
                <li key={id}>{elementName(id)}</li>
              ))}
            </ul>
          )}
        </section>
        {notes ? (
          <section className="cs-walk__notes" aria-label={t('walk.speakerNotes')}>
            <h3>{t('walk.speakerNotes')}</h3>
            {step.notes ? <p>{step.notes}</p> : <p className="cs-walk__muted">{t('walk.noNotes')}</p>}
            {step.preconditions ? (
              <p>
                <strong>{t('field.preconditions')}:</strong> {step.preconditions}
              </p>
            ) : null}
            {step.postconditions ? (
              <p>
                <strong>{t('field.postconditions')}:</strong> {step.postconditions}
              </p>
            ) : null}
            {step.errorHandling ? (
              <p>
                <strong>{t('field.errorHandling')}:</strong> {step.errorHandling}
              </p>
            ) : null}
          </section>
        ) : null}
      </div>
    </div>
  );
}

function OperationLine({ project, interaction }: { project: Project; interaction: Interaction }) {
  const { t } = useTranslation('scenarios');
  if (!interaction.apiOperation) return null;
  const operation = resolveOperation(project, interaction.apiOperation);
  const text = [operation.method, operation.path ?? operation.operationId].filter(Boolean).join(' ');
  return (
    <span className="cs-walk__operation">
      <span className="cs-visually-hidden">{t('walk.apiOperation')}: </span>
      <code>{text}</code> <span className="cs-walk__muted">{operation.contractName}</span>
    </span>
  );
}

/**
 * Frames the highlighted cards (with room around them for context) so they are large enough
 * to read on a projector; the whole landscape when nothing is highlighted. Cards are
 * `<g transform="translate(x y)">` around a first `<rect>` of the card's size.
 */
function zoomToCurrent(root: HTMLElement): void {
  const svg = root.querySelector('svg');
  if (!svg) return;
  const original = svg.dataset.viewBox ?? svg.getAttribute('viewBox') ?? '';
  svg.dataset.viewBox = original;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of root.querySelectorAll<SVGGElement>('g.nodes > g.node.is-current')) {
    const match = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(node.getAttribute('transform') ?? '');
    const rect = node.querySelector('rect');
    if (!match || !rect) continue;
    const x = Number(match[1]);
    const y = Number(match[2]);
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + Number(rect.getAttribute('width') ?? 0));
    maxY = Math.max(maxY, y + Number(rect.getAttribute('height') ?? 0));
  }
  if (!Number.isFinite(minX)) {
    svg.setAttribute('viewBox', original);
    return;
  }
  const margin = 140;
  const width = Math.max(maxX - minX + 2 * margin, 640);
  const height = Math.max(maxY - minY + 2 * margin, 380);
  // Stay inside the drawing where it is large enough, so no blank margin shows.
  const [ox = 0, oy = 0, ow = width, oh = height] = original.split(/\s+/).map(Number);
  const clamp = (start: number, size: number, outerStart: number, outerSize: number) =>
    size >= outerSize ? outerStart + (outerSize - size) / 2 : Math.min(Math.max(start, outerStart), outerStart + outerSize - size);
  const x = clamp((minX + maxX) / 2 - width / 2, width, ox, ow);
  const y = clamp((minY + maxY) / 2 - height / 2, height, oy, oh);
  svg.setAttribute('viewBox', `${x} ${y} ${width} ${height}`);
}

/**
 * The landscape SVG (models/landscape/svgExport, the same picture as the export) with the step's
 * exchanges and the systems they join highlighted and everything else dimmed. Edges and cards are
 * found by their <title>, which names the interaction and its ends or the component.
 */
function LandscapeHighlight({ project, interactions }: { project: Project; interactions: readonly Interaction[] }) {
  const host = useRef<HTMLDivElement>(null);
  const svg = useMemo(() => exportLandscapeSvg(project, { text: svgText() }).replace(/^<\?xml[^>]*>\s*/, ''), [project]);
  const componentName = (id: string) => project.components.find((c) => c.id === id)?.name ?? id;

  useEffect(() => {
    const root = host.current;
    if (!root) return;
    const edgeTitles = interactions.map((i) => `${i.name}: ${componentName(i.from)} → ${componentName(i.to)} (`);
    const involved = new Set(interactions.flatMap((i) => [componentName(i.from), componentName(i.to)]));
    const names = interactions.map((i) => i.name);
    for (const edge of root.querySelectorAll<SVGGElement>('g.edges > g')) {
      const title = edge.querySelector('title')?.textContent ?? '';
      edge.classList.toggle('is-current', edgeTitles.some((prefix) => title.startsWith(prefix)));
    }
    for (const node of root.querySelectorAll<SVGGElement>('g.nodes > g.node')) {
      const title = node.querySelector('title')?.textContent ?? '';
      const name = title.split(' · ')[0] ?? '';
      node.classList.toggle('is-current', involved.has(name));
    }
    for (const label of root.querySelectorAll<SVGGElement>('g.labels > g')) {
      const text = (label.textContent ?? '').replace(/…$/, '');
      label.classList.toggle('is-current', names.some((name) => name.startsWith(text.split(' · ')[0]!) || text.startsWith(name)));
    }
    root.classList.toggle('has-focus', interactions.length > 0);
    zoomToCurrent(root);
  });

  return <div ref={host} className="cs-walk__landscape" dangerouslySetInnerHTML={{ __html: svg }} />;
}
