// The landscape editor's menu commands. They reach the editor through its view-state store
// (landscapeUi) so this file stays light: the shell loads it at start-up.

import type { Command, CommandState } from '../../commands/types';
import { translate } from '../../i18n';
import { useProjectStore } from '../../store/projectStore';
import { exportPngFile, exportSvgFile } from './exportLandscape';
import { useLandscapeUi } from './landscapeUi';

const onLandscape = (state: CommandState) => state.hasProject && state.view === 'landscape';
const withProject = (state: CommandState) => state.hasProject;

async function runExport(kind: 'svg' | 'png', ctx: Parameters<Command['run']>[0]): Promise<void> {
  const project = useProjectStore.getState().project;
  if (!project) return;
  try {
    await (kind === 'svg' ? exportSvgFile(ctx.host, project) : exportPngFile(ctx.host, project));
  } catch (error) {
    await ctx.dialogs.showMessage({
      title: translate('landscape:export.failedTitle'),
      body: error instanceof Error ? error.message : String(error),
      tone: 'danger',
    });
  }
}

export const landscapeCommands: readonly Command[] = [
  {
    id: 'landscape.find',
    labelKey: 'landscape:command.find',
    shortcut: 'CmdOrCtrl+F',
    menu: { slot: 'edit', order: 10 },
    isEnabled: onLandscape,
    run: () => useLandscapeUi.getState().requestSearch(),
  },
  {
    id: 'landscape.autoLayout',
    labelKey: 'landscape:command.autoLayout',
    shortcut: 'CmdOrCtrl+Shift+L',
    menu: { slot: 'view', order: 10 },
    isEnabled: onLandscape,
    run: () => useLandscapeUi.getState().requestLayout('all'),
  },
  {
    id: 'landscape.zoomToFit',
    labelKey: 'landscape:command.zoomToFit',
    shortcut: 'CmdOrCtrl+Shift+F',
    menu: { slot: 'view', order: 11 },
    isEnabled: onLandscape,
    run: () => useLandscapeUi.getState().requestFit(),
  },
  {
    id: 'landscape.exportSvg',
    labelKey: 'landscape:command.exportSvg',
    menu: { slot: 'file.export', order: 10 },
    isEnabled: withProject,
    run: (ctx) => runExport('svg', ctx),
  },
  {
    id: 'landscape.exportPng',
    labelKey: 'landscape:command.exportPng',
    menu: { slot: 'file.export', order: 11 },
    isEnabled: withProject,
    run: (ctx) => runExport('png', ctx),
  },
];
