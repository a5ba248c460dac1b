import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmptyProject } from '../../../models/project/create';
import { isContextMenuKey, MENU_MARGIN, menuIndexAfterKey, placeMenu, problemKey, type Box } from '../../../renderer/features/problems/problemActions';
import { withRuleSeverity } from '../../../renderer/features/problems/ruleSettings';

const viewport = { width: 1280, height: 800 };
const menu = { width: 300, height: 240 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });

describe('placeMenu', () => {
  it('opens below the control, its left edge on the control\'s, or its right edge for `end`', () => {
    const button = box(900, 100, 32, 28);
    expect(placeMenu(button, menu, viewport)).toEqual({ left: 900, top: 130 });
    expect(placeMenu(button, menu, viewport, 'end')).toEqual({ left: 632, top: 130 });
  });

  it('opens above the last rows of a list, where it does not fit below', () => {
    const lastRow = box(20, 740, 1000, 40);
    expect(placeMenu(lastRow, menu, viewport)).toEqual({ left: 20, top: 740 - 2 - 240 });
  });

  it('stays inside the window at its right edge and when it fits on neither side', () => {
    const point = box(1270, 300, 0, 0);
    expect(placeMenu(point, menu, viewport).left).toBe(1280 - MENU_MARGIN - 300);
    const tall = { width: 300, height: 700 };
    // 700 px fits the window but neither above nor below a row in its middle: as low as it can.
    expect(placeMenu(box(0, 380, 100, 40), tall, viewport)).toEqual({ left: MENU_MARGIN, top: 800 - MENU_MARGIN - 700 });
  });

  it('scrolls a menu taller than the window from its top', () => {
    expect(placeMenu(box(10, 100, 30, 30), { width: 200, height: 900 }, viewport)).toEqual({ left: 10, top: MENU_MARGIN, maxHeight: 800 - 2 * MENU_MARGIN });
  });

  it('never leaves the window (any anchor, any menu that fits)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 1330 }),
        fc.integer({ min: -50, max: 850 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 40, max: 1264 }),
        fc.integer({ min: 20, max: 1200 }),
        fc.constantFrom('start' as const, 'end' as const),
        (left, top, width, height, menuWidth, menuHeight, align) => {
          const placed = placeMenu(box(left, top, width, height), { width: menuWidth, height: menuHeight }, viewport, align);
          const shownHeight = placed.maxHeight ?? menuHeight;
          expect(placed.left).toBeGreaterThanOrEqual(MENU_MARGIN);
          expect(placed.left + menuWidth).toBeLessThanOrEqual(viewport.width - MENU_MARGIN);
          expect(placed.top).toBeGreaterThanOrEqual(MENU_MARGIN);
          expect(placed.top + shownHeight).toBeLessThanOrEqual(viewport.height - MENU_MARGIN);
        },
      ),
    );
  });
});

describe('isContextMenuKey', () => {
  const key = (k: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {}) => ({
    key: k,
    shiftKey: false,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    ...mods,
  });
  it('is the Menu key or Shift+F10, nothing else', () => {
    expect(isContextMenuKey(key('ContextMenu'))).toBe(true);
    expect(isContextMenuKey(key('F10', { shiftKey: true }))).toBe(true);
    expect(isContextMenuKey(key('F10'))).toBe(false);
    expect(isContextMenuKey(key('F10', { shiftKey: true, ctrlKey: true }))).toBe(false);
    expect(isContextMenuKey(key('Enter', { shiftKey: true }))).toBe(false);
  });
});

describe('menuIndexAfterKey', () => {
  it('wraps with the arrows, jumps with Home and End, ignores other keys', () => {
    expect(menuIndexAfterKey('ArrowDown', 0, 7)).toBe(1);
    expect(menuIndexAfterKey('ArrowDown', 6, 7)).toBe(0);
    expect(menuIndexAfterKey('ArrowUp', 0, 7)).toBe(6);
    // Nothing focused yet (-1): down goes to the first item, up to the last.
    expect(menuIndexAfterKey('ArrowDown', -1, 7)).toBe(0);
    expect(menuIndexAfterKey('ArrowUp', -1, 7)).toBe(5);
    expect(menuIndexAfterKey('Home', 4, 7)).toBe(0);
    expect(menuIndexAfterKey('End', 1, 7)).toBe(6);
    expect(menuIndexAfterKey('Enter', 1, 7)).toBeNull();
    expect(menuIndexAfterKey('ArrowDown', 0, 0)).toBeNull();
  });
});

describe('problemKey', () => {
  it('is the same for the same problem at another severity, different for another path', () => {
    const problem = { ruleId: 'orphan-component', path: 'components[1]', message: 'components[1]: no interaction' };
    expect(problemKey(problem)).toBe(problemKey({ ...problem }));
    expect(problemKey(problem)).not.toBe(problemKey({ ...problem, path: 'components[2]' }));
    // The parts cannot run into each other.
    expect(problemKey({ ruleId: 'a', path: 'b c', message: '' })).not.toBe(problemKey({ ruleId: 'a b', path: 'c', message: '' }));
  });
});

describe('withRuleSeverity', () => {
  const project = createEmptyProject({ name: 'x', now: '2025-01-01T00:00:00Z' });

  it('stores a severity other than the default, and "off"', () => {
    expect(withRuleSeverity(project, 'orphan-component', 'info', 'warning').settings.rules).toEqual({ 'orphan-component': 'info' });
    expect(withRuleSeverity(project, 'bpmnlint/label-required', 'off', 'warning').settings.rules).toEqual({ 'bpmnlint/label-required': 'off' });
  });

  it('removes the override when the default is picked, and changes nothing when there is none', () => {
    const changed = withRuleSeverity(project, 'orphan-component', 'error', 'warning');
    expect(withRuleSeverity(changed, 'orphan-component', 'warning', 'warning').settings.rules).toEqual({});
    expect(withRuleSeverity(project, 'orphan-component', 'warning', 'warning')).toBe(project);
  });

  it('stores every choice for a rule whose default is unknown', () => {
    expect(withRuleSeverity(project, 'bpmnlint/some-future-rule', 'warning', undefined).settings.rules).toEqual({ 'bpmnlint/some-future-rule': 'warning' });
  });
});

describe('the Problems view notice', () => {
  it('clears only the notice it was shown for, so a newer one stays its full time', async () => {
    const { useProblemsUi } = await import('../../../renderer/features/problems/problemsUi');
    const ui = useProblemsUi.getState();
    ui.showNotice('Message copied');
    const first = useProblemsUi.getState().notice!;
    ui.showNotice('Message copied');
    const second = useProblemsUi.getState().notice!;
    expect(second.serial).not.toBe(first.serial);
    ui.clearNotice(first.serial);
    expect(useProblemsUi.getState().notice).toBe(second);
    ui.clearNotice(second.serial);
    expect(useProblemsUi.getState().notice).toBeNull();
  });
});
