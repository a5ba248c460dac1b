import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, normalizeAccelerator } from '../../../electron/menu/template';
import type { MenuModel } from '../../../models/host/HostApi';

const model: MenuModel = {
  items: [
    {
      label: 'File',
      submenu: [
        { command: 'file.new', label: 'New', accelerator: 'CmdOrCtrl+N' },
        { label: '', separator: true },
        { command: 'file.save', label: 'Save', accelerator: 'CmdOrCtrl+S', enabled: false },
        { label: 'Recent', submenu: [{ command: 'recent.0', label: 'a.convergence' }] },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { command: 'edit.undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
        { command: 'edit.redo', label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z' },
      ],
    },
  ],
};

// The template's item type, taken from the builder so that only electron/ names 'electron'.
type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  expect(Array.isArray(item?.submenu)).toBe(true);
  return item?.submenu as MenuItemConstructorOptions[];
}

describe('buildMenuTemplate', () => {
  it('mirrors the model on Windows and Linux', () => {
    const template = buildMenuTemplate(model, { platform: 'linux', onCommand: () => undefined });
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit']);
    const file = submenu(template[0]);
    expect(file[0]).toMatchObject({ label: 'New', accelerator: 'CmdOrCtrl+N', enabled: true });
    expect(file[1]).toEqual({ type: 'separator' });
    expect(file[2]).toMatchObject({ label: 'Save', enabled: false });
    expect(submenu(file[3])[0]).toMatchObject({ label: 'a.convergence' });
    expect(submenu(template[1])).toHaveLength(2);
  });

  it('sends clicks back with the command id and window', () => {
    const clicks: Array<[string, unknown]> = [];
    const template = buildMenuTemplate(model, { platform: 'win32', onCommand: (command, window) => clicks.push([command, window]) });
    const recent = submenu(submenu(template[0])[3])[0];
    const fakeWindow = { id: 7 };
    recent?.click?.({} as never, fakeWindow as never, {} as never);
    expect(clicks).toEqual([['recent.0', fakeWindow]]);
  });

  it('puts the application menu first on macOS and adds clipboard roles to Edit', () => {
    const template = buildMenuTemplate(model, { platform: 'darwin', onCommand: () => undefined });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(template.map((item) => item.label ?? item.role)).toEqual(['appMenu', 'File', 'Edit']);
    const edit = submenu(template[2]);
    expect(edit.map((item) => item.role ?? item.type ?? item.label)).toEqual(['Undo', 'Redo', 'separator', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('adds a standard Edit menu on macOS when the model has none', () => {
    const template = buildMenuTemplate({ items: [{ label: 'File', submenu: [{ command: 'x', label: 'X' }] }] }, { platform: 'darwin', onCommand: () => undefined });
    expect(template.map((item) => item.label ?? item.role)).toEqual(['appMenu', 'File', 'editMenu']);
  });

  it('leaves the clipboard to the renderer when it binds the shortcuts itself', () => {
    const withCopy: MenuModel = {
      items: [{ label: 'Edit', submenu: [{ command: 'edit.undo', label: 'Undo', accelerator: 'Cmd+Z' }, { command: 'edit.copy', label: 'Copy', accelerator: 'Command+C' }] }],
    };
    const template = buildMenuTemplate(withCopy, { platform: 'darwin', onCommand: () => undefined });
    expect(submenu(template[1])).toHaveLength(2);
  });

  it('normalises accelerator spellings', () => {
    expect(normalizeAccelerator('Cmd+Shift+Z')).toBe('commandorcontrol+shift+z');
    expect(normalizeAccelerator('CommandOrControl+z')).toBe('commandorcontrol+z');
  });
});
