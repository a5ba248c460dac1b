import type { MenuItemModel, MenuModel } from '../../models/host/HostApi';
import { MAIN_VIEWS } from '../store/views';
import { RECENT_COMMAND_PREFIX, RECENT_MENU_LIMIT } from './definitions';
import type { CommandRegistry } from './registry';
import type { CommandState, MenuPlacement } from './types';

export type Translate = (key: string, values?: Record<string, unknown>) => string;


const SEPARATOR: MenuItemModel = { label: '', separator: true };

/**
 * The application menu (File, Edit, View, Help) built from the registry. The same model goes to
 * the native menu (host.setMenu) and to the in-app menu bar of the web build.
 */
export function buildMenu(registry: CommandRegistry, state: CommandState, t: Translate, options: { web: boolean }): MenuModel {
  const item = (id: string): MenuItemModel => {
    const command = registry.get(id, state);
    if (!command) throw new Error(`Menu refers to unknown command "${id}"`);
    const accelerator = registry.displayShortcut(command, options.web);
    return {
      command: id,
      label: t(command.labelKey, command.labelValues),
      enabled: command.isEnabled(state),
      ...(accelerator ? { accelerator } : {}),
    };
  };

  /** The feature commands placed in a slot, in their order. */
  const placed = (slot: MenuPlacement['slot']): MenuItemModel[] =>
    registry
      .all()
      .filter((command) => command.menu?.slot === slot)
      .sort((a, b) => (a.menu?.order ?? 0) - (b.menu?.order ?? 0))
      .map((command) => item(command.id));
  const section = (items: MenuItemModel[]): MenuItemModel[] => (items.length > 0 ? [SEPARATOR, ...items] : []);
  const submenu = (labelKey: string, items: MenuItemModel[]): MenuItemModel[] =>
    items.length > 0 ? [SEPARATOR, { label: t(labelKey), submenu: items }] : [];

  const recentItems = state.recent
    .slice(0, RECENT_MENU_LIMIT)
    .map((_, index) => item(`${RECENT_COMMAND_PREFIX}${index}`));
  const openRecent: MenuItemModel = {
    label: t('shell:menu.openRecent'),
    enabled: recentItems.length > 0,
    submenu: [
      ...(recentItems.length > 0 ? recentItems : [{ label: t('shell:menu.noRecent'), enabled: false }]),
      SEPARATOR,
      item('file.recent.clear'),
    ],
  };

  return {
    items: [
      {
        label: t('shell:menu.file'),
        submenu: [
          item('file.new'),
          item('file.open'),
          item('file.openSample'),
          openRecent,
          SEPARATOR,
          item('file.save'),
          item('file.saveAs'),
          ...submenu('shell:menu.import', placed('file.import')),
          ...submenu('shell:menu.export', placed('file.export')),
          SEPARATOR,
          item('project.properties'),
          SEPARATOR,
          item('file.close'),
          item('app.quit'),
        ],
      },
      { label: t('shell:menu.edit'), submenu: [item('edit.undo'), item('edit.redo'), ...section(placed('edit'))] },
      {
        label: t('shell:menu.view'),
        submenu: [item('view.startPage'), SEPARATOR, ...MAIN_VIEWS.map((view) => item(`view.${view}`)), ...section(placed('view'))],
      },
      { label: t('shell:menu.help'), submenu: [item('help.about')] },
    ],
  };
}
