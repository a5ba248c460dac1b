// Electron accelerator strings ("CmdOrCtrl+Shift+S") parsed once and matched against key events,
// so the in-app menu bar and the global key handler use the very shortcuts the native menu shows.

export interface ParsedShortcut {
  /** Cmd on macOS, Ctrl elsewhere ("CmdOrCtrl", "CommandOrControl"). */
  primary: boolean;
  ctrl: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
  /** Lower-case key name: "s", "1", "f1", "delete". */
  key: string;
}

/** The part of a KeyboardEvent that matching needs (keeps the matcher testable in Node). */
export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function parseShortcut(accelerator: string): ParsedShortcut {
  const parsed: ParsedShortcut = { primary: false, ctrl: false, meta: false, alt: false, shift: false, key: '' };
  for (const rawPart of accelerator.split('+')) {
    const part = rawPart.trim().toLowerCase();
    switch (part) {
      case 'cmdorctrl':
      case 'commandorcontrol':
        parsed.primary = true;
        break;
      case 'ctrl':
      case 'control':
        parsed.ctrl = true;
        break;
      case 'cmd':
      case 'command':
      case 'super':
      case 'meta':
        parsed.meta = true;
        break;
      case 'alt':
      case 'option':
        parsed.alt = true;
        break;
      case 'shift':
        parsed.shift = true;
        break;
      default:
        if (parsed.key) throw new Error(`Shortcut "${accelerator}" names more than one key`);
        parsed.key = part;
    }
  }
  if (!parsed.key) throw new Error(`Shortcut "${accelerator}" names no key`);
  return parsed;
}

/**
 * The key an event stands for, independent of modifiers: `code` first ("KeyZ", "Digit1") because
 * Shift and Alt change `key` ("!" for Shift+1, "˜" for Alt+N on macOS).
 */
function eventKey(event: KeyLike): string {
  const code = event.code ?? '';
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter?.[1]) return letter[1].toLowerCase();
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(code);
  if (digit?.[1]) return digit[1];
  return event.key.toLowerCase();
}

export function matchesShortcut(event: KeyLike, accelerator: string, isMac: boolean): boolean {
  const shortcut = parseShortcut(accelerator);
  const wantCtrl = shortcut.ctrl || (shortcut.primary && !isMac);
  const wantMeta = shortcut.meta || (shortcut.primary && isMac);
  return (
    event.ctrlKey === wantCtrl &&
    event.metaKey === wantMeta &&
    event.altKey === shortcut.alt &&
    event.shiftKey === shortcut.shift &&
    eventKey(event) === shortcut.key
  );
}

/** "CmdOrCtrl+Shift+S" → "⇧⌘S" on macOS, "Ctrl+Shift+S" elsewhere. */
export function formatShortcut(accelerator: string, isMac: boolean): string {
  const shortcut = parseShortcut(accelerator);
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key.charAt(0).toUpperCase() + shortcut.key.slice(1);
  if (isMac) {
    return [
      shortcut.ctrl ? '⌃' : '',
      shortcut.alt ? '⌥' : '',
      shortcut.shift ? '⇧' : '',
      shortcut.meta || shortcut.primary ? '⌘' : '',
      key,
    ].join('');
  }
  return [
    shortcut.ctrl || shortcut.primary ? 'Ctrl' : '',
    shortcut.meta ? 'Win' : '',
    shortcut.alt ? 'Alt' : '',
    shortcut.shift ? 'Shift' : '',
    key,
  ]
    .filter(Boolean)
    .join('+');
}

/** The aria-keyshortcuts form: "Control+Shift+S", "Meta+Z". */
export function ariaKeyShortcut(accelerator: string, isMac: boolean): string {
  const shortcut = parseShortcut(accelerator);
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key.charAt(0).toUpperCase() + shortcut.key.slice(1);
  return [
    shortcut.ctrl || (shortcut.primary && !isMac) ? 'Control' : '',
    shortcut.meta || (shortcut.primary && isMac) ? 'Meta' : '',
    shortcut.alt ? 'Alt' : '',
    shortcut.shift ? 'Shift' : '',
    key,
  ]
    .filter(Boolean)
    .join('+');
}

export function isMacPlatform(platform: string, userAgent = ''): boolean {
  if (platform === 'darwin') return true;
  if (platform === 'web') return /Mac|iPhone|iPad/.test(userAgent);
  return false;
}
