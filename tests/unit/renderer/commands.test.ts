import { describe, expect, it } from 'vitest';
import { createCommandRegistry } from '../../../renderer/commands/definitions';
import { buildMenu } from '../../../renderer/commands/menu';
import { CommandRegistry } from '../../../renderer/commands/registry';
import { formatShortcut, matchesShortcut, parseShortcut, type KeyLike } from '../../../renderer/commands/shortcuts';
import type { CommandState } from '../../../renderer/commands/types';
import type { MenuItemModel } from '../../../models/host/HostApi';

const closed: CommandState = {
  hasProject: false,
  dirty: false,
  canUndo: false,
  canRedo: false,
  view: 'start',
  hostKind: 'browser',
  recent: [],
};
const open: CommandState = { ...closed, hasProject: true, view: 'landscape' };

function key(init: Partial<KeyLike> & { key: string }): KeyLike {
  return { ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init };
}

const echo = (key: string, values?: Record<string, unknown>) => (values?.name ? `${key}(${String(values.name)})` : key);

describe('shortcuts', () => {
  it('parse accelerators', () => {
    expect(parseShortcut('CmdOrCtrl+Shift+S')).toEqual({ primary: true, ctrl: false, meta: false, alt: false, shift: true, key: 's' });
    expect(() => parseShortcut('Ctrl+Shift')).toThrow();
    expect(() => parseShortcut('Ctrl+A+B')).toThrow();
  });

  it('map CmdOrCtrl to Cmd on macOS and Ctrl elsewhere', () => {
    expect(matchesShortcut(key({ key: 's', code: 'KeyS', ctrlKey: true }), 'CmdOrCtrl+S', false)).toBe(true);
    expect(matchesShortcut(key({ key: 's', code: 'KeyS', metaKey: true }), 'CmdOrCtrl+S', false)).toBe(false);
    expect(matchesShortcut(key({ key: 's', code: 'KeyS', metaKey: true }), 'CmdOrCtrl+S', true)).toBe(true);
    expect(matchesShortcut(key({ key: 's', code: 'KeyS', ctrlKey: true }), 'CmdOrCtrl+S', true)).toBe(false);
  });

  it('require exactly the modifiers of the accelerator', () => {
    expect(matchesShortcut(key({ key: 'S', code: 'KeyS', ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+S', false)).toBe(false);
    expect(matchesShortcut(key({ key: 'S', code: 'KeyS', ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+S', false)).toBe(true);
    expect(matchesShortcut(key({ key: 's', code: 'KeyS' }), 'CmdOrCtrl+S', false)).toBe(false);
  });

  it('match by physical key when Shift or Alt change the character', () => {
    expect(matchesShortcut(key({ key: '˜', code: 'KeyN', altKey: true, shiftKey: true }), 'Alt+Shift+N', true)).toBe(true);
    expect(matchesShortcut(key({ key: '!', code: 'Digit1', ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+1', false)).toBe(true);
    expect(matchesShortcut(key({ key: '1', code: 'Digit1', ctrlKey: true }), 'CmdOrCtrl+1', false)).toBe(true);
  });

  it('format for the platform', () => {
    expect(formatShortcut('CmdOrCtrl+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(formatShortcut('CmdOrCtrl+Shift+S', true)).toBe('⇧⌘S');
    expect(formatShortcut('Alt+Shift+N', false)).toBe('Alt+Shift+N');
  });
});

describe('command registry', () => {
  const registry = createCommandRegistry();

  it('registers every command of the application once', () => {
    const ids = registry.all().map((command) => command.id);
    for (const id of [
      'file.new', 'file.open', 'file.openSample', 'file.save', 'file.saveAs', 'file.close', 'edit.undo', 'edit.redo',
      'view.landscape', 'view.processes', 'view.dictionary', 'view.contracts', 'view.scenarios', 'view.problems',
      'view.startPage', 'app.quit', 'help.about', 'project.properties',
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses a second command with the same id', () => {
    const local = new CommandRegistry();
    const command = { id: 'x', labelKey: 'shell:x', isEnabled: () => true, run: () => undefined };
    local.register(command);
    expect(() => local.register(command)).toThrow(/twice/);
  });

  it('enables document commands only with a project open', () => {
    for (const id of ['file.save', 'file.saveAs', 'file.close', 'project.properties', 'view.landscape', 'view.problems']) {
      expect(registry.isEnabled(id, closed), id).toBe(false);
      expect(registry.isEnabled(id, open), id).toBe(true);
    }
    for (const id of ['file.new', 'file.open', 'file.openSample', 'help.about', 'view.startPage']) {
      expect(registry.isEnabled(id, closed), id).toBe(true);
    }
  });

  it('follows the undo history for undo and redo', () => {
    expect(registry.isEnabled('edit.undo', open)).toBe(false);
    expect(registry.isEnabled('edit.undo', { ...open, canUndo: true })).toBe(true);
    expect(registry.isEnabled('edit.redo', { ...open, canUndo: true })).toBe(false);
    expect(registry.isEnabled('edit.redo', { ...open, canRedo: true })).toBe(true);
  });

  it('disables Quit in the web build only', () => {
    expect(registry.isEnabled('app.quit', open)).toBe(false);
    expect(registry.isEnabled('app.quit', { ...open, hostKind: 'electron' })).toBe(true);
  });

  it('creates one command per recent file', () => {
    const recent = [
      { handle: 'a', name: 'a.convergence', location: '/x', openedAt: '2025-01-01T00:00:00Z' },
      { handle: 'b', name: 'b.convergence', location: '/y', openedAt: '2025-01-02T00:00:00Z' },
    ];
    const state = { ...closed, recent };
    expect(registry.get('file.recent.1', state)?.labelValues).toEqual({ name: 'b.convergence' });
    expect(registry.get('file.recent.2', state)).toBeUndefined();
    expect(registry.isEnabled('file.recent.clear', state)).toBe(true);
    expect(registry.isEnabled('file.recent.clear', closed)).toBe(false);
  });

  it('maps key presses to commands, with the web replacements for browser-reserved keys', () => {
    const match = (event: KeyLike, web: boolean, platform = 'linux') => registry.matchShortcut(event, { platform, web })?.id;
    expect(match(key({ key: 's', code: 'KeyS', ctrlKey: true }), true)).toBe('file.save');
    expect(match(key({ key: 'S', code: 'KeyS', ctrlKey: true, shiftKey: true }), true)).toBe('file.saveAs');
    expect(match(key({ key: 'z', code: 'KeyZ', ctrlKey: true }), true)).toBe('edit.undo');
    expect(match(key({ key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true }), true)).toBe('edit.redo');
    expect(match(key({ key: 'y', code: 'KeyY', ctrlKey: true }), true)).toBe('edit.redo');
    expect(match(key({ key: '3', code: 'Digit3', ctrlKey: true }), true)).toBe('view.dictionary');
    expect(match(key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true }), true)).toBe('file.new');
    expect(match(key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true }), false)).toBeUndefined();
    expect(match(key({ key: 'W', code: 'KeyW', altKey: true, shiftKey: true }), true)).toBe('file.close');
    expect(match(key({ key: 'z', code: 'KeyZ', metaKey: true }), true, 'darwin')).toBe('edit.undo');
    expect(match(key({ key: 'q', code: 'KeyQ' }), true)).toBeUndefined();
  });

  it('shows the web shortcut in the web build and the native one elsewhere', () => {
    const command = registry.get('file.new', closed);
    expect(command && registry.displayShortcut(command, true)).toBe('Alt+Shift+N');
    expect(command && registry.displayShortcut(command, false)).toBe('CmdOrCtrl+N');
  });
});

describe('menu model', () => {
  const registry = createCommandRegistry();
  const find = (items: MenuItemModel[], command: string): MenuItemModel | undefined => {
    for (const item of items) {
      if (item.command === command) return item;
      const inner = item.submenu ? find(item.submenu, command) : undefined;
      if (inner) return inner;
    }
    return undefined;
  };

  it('has File, Edit, View and Help built from the registry with enabled-states', () => {
    const menu = buildMenu(registry, open, echo, { web: false });
    expect(menu.items.map((item) => item.label)).toEqual(['shell:menu.file', 'shell:menu.edit', 'shell:menu.view', 'shell:menu.help']);
    expect(find(menu.items, 'file.save')).toMatchObject({ label: 'shell:command.file.save', accelerator: 'CmdOrCtrl+S', enabled: true });
    expect(find(menu.items, 'edit.undo')?.enabled).toBe(false);
    expect(find(buildMenu(registry, { ...open, canUndo: true }, echo, { web: false }).items, 'edit.undo')?.enabled).toBe(true);
    expect(find(buildMenu(registry, closed, echo, { web: false }).items, 'file.save')?.enabled).toBe(false);
  });

  it('places feature commands in their menu slots, in order', () => {
    const withFeatures = createCommandRegistry();
    const noop = () => undefined;
    withFeatures.register({ id: 'x.importB', labelKey: 'b', menu: { slot: 'file.import', order: 2 }, isEnabled: () => true, run: noop });
    withFeatures.register({ id: 'x.importA', labelKey: 'a', menu: { slot: 'file.import', order: 1 }, isEnabled: () => true, run: noop });
    withFeatures.register({ id: 'x.layout', labelKey: 'layout', menu: { slot: 'view', order: 1e9 }, isEnabled: () => false, run: noop });
    const file = buildMenu(withFeatures, open, echo, { web: false }).items[0]?.submenu ?? [];
    const importMenu = file.find((entry) => entry.label === 'shell:menu.import');
    const ours = importMenu?.submenu?.map((entry) => entry.command).filter((id) => id?.startsWith('x.'));
    expect(ours).toEqual(['x.importA', 'x.importB']);
    const view = buildMenu(withFeatures, open, echo, { web: false }).items[2]?.submenu ?? [];
    expect(view.at(-1)).toMatchObject({ command: 'x.layout', enabled: false });

  });

  it('lists recent files under Open Recent', () => {
    const recent = [{ handle: 'a', name: 'a.convergence', location: '/x', openedAt: '2025-01-01T00:00:00Z' }];
    const menu = buildMenu(registry, { ...closed, recent }, echo, { web: true });
    expect(find(menu.items, 'file.recent.0')?.label).toBe('shell:command.file.recentItem(a.convergence)');
    expect(find(menu.items, 'file.new')?.accelerator).toBe('Alt+Shift+N');
  });
});

describe('aria-keyshortcuts', () => {
  it('names the platform modifier', async () => {
    const { ariaKeyShortcut } = await import('../../../renderer/commands/shortcuts');
    expect(ariaKeyShortcut('CmdOrCtrl+Shift+S', false)).toBe('Control+Shift+S');
    expect(ariaKeyShortcut('CmdOrCtrl+Z', true)).toBe('Meta+Z');
  });
});
