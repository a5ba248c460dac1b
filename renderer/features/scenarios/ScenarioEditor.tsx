import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, Scenario } from '../../../models/project/types';
import { DetailsPane } from './DetailsPane';
import { SelectField, TextField } from './fields';
import { InteropPane } from './InteropPane';
import { updateScenario } from './scenarioEdits';
import { useScenariosUi, type ScenarioTab } from './scenariosUi';
import { SequencePane } from './SequencePane';
import { StepsPane } from './StepsPane';

const TABS: readonly ScenarioTab[] = ['details', 'steps', 'sequence', 'table'];

/** One scenario: its title and process, then the tabs Details, Steps, Sequence diagram, Table. */
export function ScenarioEditor({
  project,
  scenario,
  focusTitle,
  onTitleFocused,
}: {
  project: Project;
  scenario: Scenario;
  focusTitle: boolean;
  onTitleFocused: () => void;
}) {
  const { t } = useTranslation('scenarios');
  const tab = useScenariosUi((s) => s.tab);
  const setTab = useScenariosUi((s) => s.setTab);
  const titleInput = useRef<HTMLInputElement | null>(null);
  const processKnown = scenario.processId === undefined || project.processes.some((p) => p.id === scenario.processId);

  useEffect(() => {
    if (!focusTitle) return;
    titleInput.current?.focus();
    titleInput.current?.select();
    onTitleFocused();
  }, [focusTitle, onTitleFocused]);

  const tabLabel = (id: ScenarioTab) =>
    id === 'steps' ? t('tab.steps', { count: scenario.steps.length }) : t(`tab.${id}`);

  return (
    <article className="cs-feature-panel cs-scenarios__editor" aria-label={t('editorLabel', { title: scenario.title })}>
      <div className="cs-scenarios__head">
        <TextField
          label={t('field.title')}
          value={scenario.title}
          required
          className="cs-scenarios__title-field"
          inputRef={(element) => {
            titleInput.current = element;
          }}
          onCommit={(title) => updateScenario(scenario.id, (s) => ({ ...s, title }))}
        />
        <SelectField
          label={t('field.process')}
          value={scenario.processId ?? ''}
          className="cs-scenarios__process-field"
          onChange={(value) =>
            updateScenario(scenario.id, (s) => {
              const next = { ...s };
              if (value === '') delete next.processId;
              else next.processId = value;
              return next;
            })
          }
        >
          <option value="">{t('noProcess')}</option>
          {!processKnown ? <option value={scenario.processId}>{t('missingProcess', { id: scenario.processId })}</option> : null}
          {project.processes.map((process) => (
            <option key={process.id} value={process.id}>
              {process.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div role="tablist" aria-label={t('tabs')} className="cs-scenarios__tabs">
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`cs-scenarios-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`cs-scenarios-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="cs-scenarios__tab"
            onClick={() => setTab(id)}
            onKeyDown={(event) => {
              const index = TABS.indexOf(id);
              let next: ScenarioTab | undefined;
              if (event.key === 'ArrowRight') next = TABS[(index + 1) % TABS.length];
              if (event.key === 'ArrowLeft') next = TABS[(index + TABS.length - 1) % TABS.length];
              if (event.key === 'Home') next = TABS[0];
              if (event.key === 'End') next = TABS[TABS.length - 1];
              if (next) {
                event.preventDefault();
                setTab(next);
                document.getElementById(`cs-scenarios-tab-${next}`)?.focus();
              }
            }}
          >
            {tabLabel(id)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`cs-scenarios-panel-${tab}`} aria-labelledby={`cs-scenarios-tab-${tab}`} className="cs-scenarios__panel">
        {tab === 'details' ? <DetailsPane scenario={scenario} /> : null}
        {tab === 'steps' ? <StepsPane project={project} scenario={scenario} /> : null}
        {tab === 'sequence' ? <SequencePane project={project} scenario={scenario} /> : null}
        {tab === 'table' ? <InteropPane project={project} scenario={scenario} /> : null}
      </div>
    </article>
  );
}
