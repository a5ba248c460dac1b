// The Scenarios feature's command: View › Start walkthrough (F5 in the app, Alt+Shift+P in the
// browser, where F5 reloads the page). It presents the selected scenario, or the first one with
// steps when the Scenarios view has not been opened yet.

import type { Command } from '../../commands/types';
import { useProjectStore } from '../../store/projectStore';
import { useScenariosUi } from './scenariosUi';

export const SCENARIO_COMMAND = { walkthrough: 'scenarios.walkthrough' } as const;

function scenarioToPresent(): string | undefined {
  const project = useProjectStore.getState().project;
  if (!project) return undefined;
  const selectedId = useScenariosUi.getState().selectedId;
  const selected = project.scenarios.find((s) => s.id === selectedId) ?? project.scenarios[0];
  if (selected && selected.steps.length > 0) return selected.id;
  return project.scenarios.find((s) => s.steps.length > 0)?.id;
}

export const scenarioCommands: readonly Command[] = [
  {
    id: SCENARIO_COMMAND.walkthrough,
    labelKey: 'scenarios:command.walkthrough',
    shortcut: 'F5',
    webShortcut: 'Alt+Shift+P',
    menu: { slot: 'view', order: 50 },
    isEnabled: (state) => state.hasProject && scenarioToPresent() !== undefined,
    run: () => {
      const id = scenarioToPresent();
      if (id === undefined) return;
      useProjectStore.getState().setView('scenarios');
      useScenariosUi.getState().startWalkthrough(id);
    },
  },
];
