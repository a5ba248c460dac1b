import { MAIN_VIEWS, type MainViewId } from '../store/views';
import { useProjectStore } from '../store/projectStore';
import { useHostLists } from '../store/hostLists';
import { CommandRegistry } from './registry';
import type { Command, CommandState } from './types';
import { featureCommands } from './featureCommands';
import {
  closeDocument,
  newProject,
  openFromDialog,
  openRecent,
  openSample,
  quitApp,
  saveDocument,
} from './documents';

const always = () => true;
const withProject = (state: CommandState) => state.hasProject;

const VIEW_SHORTCUT_KEYS: Record<MainViewId, string> = {
  landscape: '1',
  processes: '2',
  dictionary: '3',
  contracts: '4',
  scenarios: '5',
  problems: '6',
};

export const RECENT_COMMAND_PREFIX = 'file.recent.';
export const RECENT_MENU_LIMIT = 10;

function viewCommand(view: MainViewId): Command {
  return {
    id: `view.${view}`,
    labelKey: `shell:view.${view}`,
    shortcut: `CmdOrCtrl+${VIEW_SHORTCUT_KEYS[view]}`,
    // Browsers switch tabs on Ctrl+1…8 (and Alt+1…8 on Linux) before the page sees the key.
    webShortcut: `Alt+Shift+${VIEW_SHORTCUT_KEYS[view]}`,
    isEnabled: withProject,
    run: () => useProjectStore.getState().setView(view),
  };
}

export function createCommandRegistry(): CommandRegistry {
  const registry = new CommandRegistry();
  const commands: Command[] = [
    // Browsers keep Ctrl+N (new window) and Ctrl+W (close tab) for themselves and never pass
    // them to the page, so the web build shows and accepts Alt+Shift+N / Alt+Shift+W instead.
    { id: 'file.new', labelKey: 'shell:command.file.new', shortcut: 'CmdOrCtrl+N', webShortcut: 'Alt+Shift+N', isEnabled: always, run: newProject },
    { id: 'file.open', labelKey: 'shell:command.file.open', shortcut: 'CmdOrCtrl+O', isEnabled: always, run: openFromDialog },
    { id: 'file.openSample', labelKey: 'shell:command.file.openSample', isEnabled: always, run: openSample },
    { id: 'file.save', labelKey: 'shell:command.file.save', shortcut: 'CmdOrCtrl+S', isEnabled: withProject, run: (ctx) => void saveDocument(ctx, { as: false }) },
    { id: 'file.saveAs', labelKey: 'shell:command.file.saveAs', shortcut: 'CmdOrCtrl+Shift+S', isEnabled: withProject, run: (ctx) => void saveDocument(ctx, { as: true }) },
    { id: 'file.recent.clear', labelKey: 'shell:command.file.clearRecent', isEnabled: (state) => state.recent.length > 0, run: async (ctx) => {
      await ctx.host.clearRecent().catch(() => undefined);
      await useHostLists.getState().refresh(ctx.host);
    } },
    { id: 'file.close', labelKey: 'shell:command.file.close', shortcut: 'CmdOrCtrl+W', webShortcut: 'Alt+Shift+W', isEnabled: withProject, run: (ctx) => void closeDocument(ctx) },
    { id: 'project.properties', labelKey: 'shell:command.project.properties', isEnabled: withProject, run: (ctx) => ctx.dialogs.openPanel('properties') },
    { id: 'app.quit', labelKey: 'shell:command.app.quit', shortcut: 'CmdOrCtrl+Q', isEnabled: (state) => state.hostKind === 'electron', run: quitApp },
    { id: 'edit.undo', labelKey: 'shell:command.edit.undo', shortcut: 'CmdOrCtrl+Z', isEnabled: (state) => state.canUndo, run: () => useProjectStore.getState().undo() },
    { id: 'edit.redo', labelKey: 'shell:command.edit.redo', shortcut: 'CmdOrCtrl+Shift+Z', alternateShortcuts: ['CmdOrCtrl+Y'], isEnabled: (state) => state.canRedo, run: () => useProjectStore.getState().redo() },
    { id: 'view.startPage', labelKey: 'shell:command.view.startPage', isEnabled: always, run: () => useProjectStore.getState().setView('start') },
    ...MAIN_VIEWS.map(viewCommand),
    { id: 'help.about', labelKey: 'shell:command.help.about', isEnabled: always, run: (ctx) => ctx.dialogs.openPanel('about') },
  ];
  for (const command of [...commands, ...featureCommands.flat()]) registry.register(command);

  registry.registerDynamic((state) =>
    state.recent.slice(0, RECENT_MENU_LIMIT).map((file, index) => ({
      id: `${RECENT_COMMAND_PREFIX}${index}`,
      labelKey: 'shell:command.file.recentItem',
      labelValues: { name: file.name },
      isEnabled: always,
      run: (ctx) => openRecent(ctx, file.handle),
    })),
  );
  return registry;
}
