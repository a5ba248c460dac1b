import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, Scenario } from '../../../models/project/types';
import { createScenario, duplicateScenario } from '../../../models/scenario';
import { useCommands } from '../../commands/CommandsContext';
import { useRevealRequest } from '../../store/reveal';
import { Button, Dialog, EmptyState, Toolbar } from '../../ui';
import { Ellipsis } from '../shared/Ellipsis';
import '../shared/features.css';
import './scenarios.css';
import { SCENARIO_COMMAND } from './commands';
import { ScenarioEditor } from './ScenarioEditor';
import { addScenario, deleteScenario } from './scenarioEdits';
import { useScenariosUi } from './scenariosUi';
import { WalkthroughOverlay } from './Walkthrough';

export function ScenariosView({ project }: { project: Project }) {
  const { t } = useTranslation('scenarios');
  const commands = useCommands();
  const scenarios = project.scenarios;
  const selectedId = useScenariosUi((s) => s.selectedId);
  const select = useScenariosUi((s) => s.select);
  const walkthrough = useScenariosUi((s) => s.walkthrough);
  const [confirmDelete, setConfirmDelete] = useState<Scenario | null>(null);
  const [focusTitle, setFocusTitle] = useState(false);
  const selected = scenarios.find((s) => s.id === selectedId) ?? scenarios[0];

  useRevealRequest('scenario', (request) => {
    const ui = useScenariosUi.getState();
    ui.select(request.id);
    if (request.stepId) {
      ui.setTab('steps');
      ui.focusStep(request.stepId);
    }
  });

  // Keep the selection on an existing scenario (after undo of a creation, or a deletion).
  useEffect(() => {
    if (selectedId !== null && !scenarios.some((s) => s.id === selectedId)) select(scenarios[0]?.id ?? null);
  }, [scenarios, selectedId, select]);

  const create = () => {
    const scenario = createScenario(project, t('newTitle'), project.processes.length === 1 ? project.processes[0]!.id : undefined);
    addScenario(scenario);
    select(scenario.id);
    useScenariosUi.getState().setTab('details');
    setFocusTitle(true);
  };
  const duplicate = () => {
    if (!selected) return;
    const copy = duplicateScenario(project, selected, t('copyTitle', { title: selected.title }));
    addScenario(copy);
    select(copy.id);
    setFocusTitle(true);
  };

  return (
    <div className="cs-view cs-scenarios">
      <header className="cs-view-header">
        <h2>{t('title')}</h2>
        {scenarios.length > 0 ? <span className="cs-feature-summary">{t('count', { count: scenarios.length })}</span> : null}
      </header>
      <Toolbar label={t('toolbar')}>
        <Button size="small" variant="primary" onClick={create}>
          {t('action.new')}
        </Button>
        <Button size="small" onClick={duplicate} disabled={!selected}>
          {t('action.duplicate')}
        </Button>
        <Button size="small" variant="danger" onClick={() => selected && setConfirmDelete(selected)} disabled={!selected}>
          {t('action.delete')}
        </Button>
        <Button
          size="small"
          onClick={() => commands.run(SCENARIO_COMMAND.walkthrough)}
          disabled={!selected || selected.steps.length === 0}
          aria-keyshortcuts="F5"
        >
          {t('action.walkthrough')}
        </Button>
      </Toolbar>
      {!selected ? (
        <EmptyState
          title={t('empty.title')}
          body={t('empty.body')}
          action={
            <Button variant="primary" onClick={create}>
              {t('action.new')}
            </Button>
          }
        />
      ) : (
        <div className="cs-feature-split cs-scenarios__split">
          <nav aria-label={t('listLabel')}>
            <ul className="cs-feature-list">
              {scenarios.map((scenario) => (
                <li key={scenario.id}>
                  <button
                    type="button"
                    className="cs-feature-list__item"
                    aria-pressed={scenario.id === selected.id}
                    onClick={() => select(scenario.id)}
                  >
                    <Ellipsis text={scenario.title} className="cs-feature-list__title" />
                    <span className="cs-feature-list__meta">{t('stepCount', { count: scenario.steps.length })}</span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <div className="cs-feature-detail">
            <ScenarioEditor
              key={selected.id}
              project={project}
              scenario={selected}
              focusTitle={focusTitle}
              onTitleFocused={() => setFocusTitle(false)}
            />
          </div>
        </div>
      )}
      {confirmDelete ? (
        <Dialog
          title={t('delete.title')}
          role="alertdialog"
          size="small"
          onClose={() => setConfirmDelete(null)}
          footer={
            <>
              <Button onClick={() => setConfirmDelete(null)}>{t('delete.cancel')}</Button>
              <Button
                variant="danger"
                onClick={() => {
                  deleteScenario(confirmDelete.id);
                  setConfirmDelete(null);
                }}
              >
                {t('delete.confirm')}
              </Button>
            </>
          }
        >
          <p>{t('delete.body', { title: confirmDelete.title, count: confirmDelete.steps.length })}</p>
        </Dialog>
      ) : null}
      {walkthrough ? <WalkthroughOverlay project={project} /> : null}
    </div>
  );
}
