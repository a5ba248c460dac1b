// File › Export › Export specification… (Ctrl/Cmd+Shift+E; Alt+Shift+E in the web build, where
// the browser keeps Ctrl+Shift+E for itself). From the Scenarios view it starts with the
// selected scenario as the scope; elsewhere with the whole project.

import type { Command } from '../../commands/types';
import { useProjectStore } from '../../store/projectStore';
import { useScenariosUi } from '../scenarios/scenariosUi';

function scenarioInView(): string | undefined {
  if (useProjectStore.getState().view !== 'scenarios') return undefined;
  return useScenariosUi.getState().selectedId ?? undefined;
}

export const exportCommands: readonly Command[] = [
  {
    id: 'export.specification',
    labelKey: 'export:command.open',
    shortcut: 'CmdOrCtrl+Shift+E',
    webShortcut: 'Alt+Shift+E',
    menu: { slot: 'file.export', order: 0 },
    isEnabled: (state) => state.hasProject,
    // The dialog and the exporters (the docx library among them) load on first use, not at start-up.
    run: async (ctx) => {
      const scenarioId = scenarioInView();
      const { openExportDialog } = await import('./openExportDialog');
      openExportDialog(ctx.host, scenarioId);
    },
  },
];
