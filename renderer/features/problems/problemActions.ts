// The pure parts of a problem's action menu (ProblemMenu.tsx): which key opens it, where it
// opens so it is never cut off by the window's edge, how the arrow keys move in it, and the key
// that finds a problem's row again after the list was rebuilt.

import type { Problem } from '../../../models/validation';

/** A rectangle in viewport coordinates, as getBoundingClientRect gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface MenuPlacement {
  left: number;
  top: number;
  /** Set when the menu is taller than the window: it scrolls inside this height. */
  maxHeight?: number;
}

/** Space kept between a menu and the window's edge. */
export const MENU_MARGIN = 8;
/** Space between a menu and the control it opened from. */
const MENU_GAP = 2;

/**
 * Where a menu of `size` opens next to `anchor` (a control, or the point of a right-click as a
 * box of no size). Below the anchor, or above it when it does not fit below (the last rows of a
 * long list), or, fitting on neither side, as near as it can while wholly in the window. Its left
 * edge lines up with the anchor's (`start`) or its right edge with the anchor's (`end`), then it
 * is pushed back inside the window; a menu taller than the window starts at the top and scrolls.
 */
export function placeMenu(anchor: Box, size: Size, viewport: Size, align: 'start' | 'end' = 'start'): MenuPlacement {
  const room = viewport.height - 2 * MENU_MARGIN;
  const below = anchor.bottom + MENU_GAP;
  const above = anchor.top - MENU_GAP - size.height;
  let top: number;
  let maxHeight: number | undefined;
  if (size.height > room) {
    top = MENU_MARGIN;
    maxHeight = room;
  } else {
    const side = below + size.height <= viewport.height - MENU_MARGIN || above < MENU_MARGIN ? below : above;
    // An anchor partly outside the window (scrolled half away) still gets a menu wholly inside it.
    top = clamp(side, MENU_MARGIN, viewport.height - MENU_MARGIN - size.height);
  }
  const preferred = align === 'end' ? anchor.right - size.width : anchor.left;
  const left = clamp(preferred, MENU_MARGIN, Math.max(MENU_MARGIN, viewport.width - MENU_MARGIN - size.width));
  return maxHeight === undefined ? { left, top } : { left, top, maxHeight };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** The keys that open a context menu on the focused element: the Menu key, or Shift+F10. */
export function isContextMenuKey(event: KeyLike): boolean {
  if (event.key === 'ContextMenu') return true;
  return event.key === 'F10' && event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey;
}

/**
 * The item focused after `key` in a menu of `count` items where `current` has focus (WAI-ARIA
 * menu pattern: the arrows wrap around, Home and End go to the ends); null for any other key.
 */
export function menuIndexAfterKey(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
    case 'PageUp':
      return 0;
    case 'End':
    case 'PageDown':
      return count - 1;
    default:
      return null;
  }
}

/**
 * A problem's identity across validations: a settings change makes new Problem objects (and may
 * move the problem to another severity), but its rule, path and message stay the same.
 */
export function problemKey(problem: Pick<Problem, 'ruleId' | 'path' | 'message'>): string {
  return `${problem.ruleId}\n${problem.path}\n${problem.message}`;
}
