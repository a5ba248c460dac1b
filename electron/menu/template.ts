// Turns the renderer's MenuModel into an Electron menu template. Pure (type-only Electron import)
// so the platform rules are unit-tested: macOS gets the application menu in front and, unless the
// renderer binds them itself, the clipboard items that text fields need there (on macOS Cmd+C/V
// only reach a text field through a menu item with that role).
import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { MenuItemModel, MenuModel } from '../../models/host/HostApi';

export type MenuCommandSink = (command: string, window: BaseWindow | undefined) => void;

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  onCommand: MenuCommandSink;
}

const CLIPBOARD_KEYS = ['x', 'c', 'v', 'a'];
const CLIPBOARD_ROLES: MenuItemConstructorOptions[] = [
  { role: 'cut' },
  { role: 'copy' },
  { role: 'paste' },
  { role: 'selectAll' },
];

/** "CmdOrCtrl+Shift+Z" → "commandorcontrol+shift+z" with every spelling of the primary modifier unified. */
export function normalizeAccelerator(accelerator: string): string {
  return accelerator
    .split('+')
    .map((part) => {
      const lower = part.toLowerCase();
      return ['cmdorctrl', 'commandorcontrol', 'command', 'cmd'].includes(lower) ? 'commandorcontrol' : lower;
    })
    .join('+');
}

function* walk(items: readonly MenuItemModel[]): Generator<MenuItemModel> {
  for (const item of items) {
    yield item;
    if (item.submenu) yield* walk(item.submenu);
  }
}

function bindsClipboard(model: MenuModel): boolean {
  const clipboard = new Set(CLIPBOARD_KEYS.map((key) => `commandorcontrol+${key}`));
  for (const item of walk(model.items)) {
    if (item.accelerator && clipboard.has(normalizeAccelerator(item.accelerator))) return true;
  }
  return false;
}

/** The top-level menu the user thinks of as "Edit": the one holding the undo shortcut. */
function editMenuIndex(model: MenuModel): number {
  return model.items.findIndex(
    (item) =>
      item.submenu !== undefined &&
      [...walk(item.submenu)].some((child) => child.accelerator && normalizeAccelerator(child.accelerator) === 'commandorcontrol+z'),
  );
}

function toTemplateItem(item: MenuItemModel, onCommand: MenuCommandSink): MenuItemConstructorOptions {
  if (item.separator) return { type: 'separator' };
  const base: MenuItemConstructorOptions = { label: item.label, enabled: item.enabled ?? true };
  if (item.accelerator) base.accelerator = item.accelerator;
  if (item.submenu) return { ...base, submenu: item.submenu.map((child) => toTemplateItem(child, onCommand)) };
  const command = item.command;
  if (command === undefined) return base;
  return { ...base, click: (_menuItem, window) => onCommand(command, window) };
}

export function buildMenuTemplate(model: MenuModel, options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const template = model.items.map((item) => toTemplateItem(item, options.onCommand));
  if (options.platform !== 'darwin') return template;

  if (!bindsClipboard(model)) {
    const index = editMenuIndex(model);
    const edit = index >= 0 ? template[index] : undefined;
    if (edit && Array.isArray(edit.submenu)) {
      template[index] = { ...edit, submenu: [...edit.submenu, { type: 'separator' }, ...CLIPBOARD_ROLES] };
    } else {
      template.splice(Math.min(1, template.length), 0, { role: 'editMenu' });
    }
  }
  return [{ role: 'appMenu' }, ...template];
}
