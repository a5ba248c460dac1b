// Validation of everything that arrives over IPC. Pure Node (no 'electron' import) so it is
// unit-tested directly. Every check throws a HostFailure with code 'invalid-argument'; the
// handlers never see a value of the wrong shape.
import path from 'node:path';
import type {
  ExportFile,
  FolderImportKind,
  ImportKind,
  MenuItemModel,
  MenuModel,
  RecoveryEntry,
} from '../../models/host/HostApi';
import { HostFailure } from '../fs/hostFailure';
import {
  MAX_ACCELERATOR_LENGTH,
  MAX_COMMAND_ID_LENGTH,
  MAX_EXPORT_FILE_BYTES,
  MAX_EXPORT_FILES,
  MAX_EXPORT_NAME_LENGTH,
  MAX_MENU_DEPTH,
  MAX_MENU_ITEMS,
  MAX_MENU_LABEL_LENGTH,
  MAX_MIME_TYPE_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PATH_LENGTH,
  MAX_PROJECT_TEXT,
  MAX_RECOVERY_ID_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_URL_LENGTH,
} from './limits';

export function invalidArgument(message: string): HostFailure {
  return new HostFailure('invalid-argument', message);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function rejectUnknownKeys(value: Record<string, unknown>, allowed: readonly string[], what: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw invalidArgument(`${what}: unexpected field "${key.slice(0, 40)}".`);
  }
}

export function requireString(value: unknown, what: string, maxLength: number): string {
  if (typeof value !== 'string') throw invalidArgument(`${what} must be a string.`);
  if (value.length > maxLength) throw invalidArgument(`${what} is too long (${value.length} > ${maxLength}).`);
  return value;
}

export function requireNonEmptyString(value: unknown, what: string, maxLength: number): string {
  const text = requireString(value, what, maxLength);
  if (text.length === 0) throw invalidArgument(`${what} must not be empty.`);
  return text;
}

export function requireBoolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw invalidArgument(`${what} must be true or false.`);
  return value;
}

export function requireProjectText(value: unknown): string {
  return requireString(value, 'Project text', MAX_PROJECT_TEXT);
}

export function requireTitle(value: unknown): string {
  // Control characters would let a document name forge a second line in the title bar.
  return requireString(value, 'Title', MAX_TITLE_LENGTH).replace(/[\u0000-\u001f\u007f]/g, ' ');
}

/** A file name offered to a save dialog: no folders, no control characters. */
export function requireSuggestedName(value: unknown): string {
  const name = requireString(value, 'Suggested file name', MAX_NAME_LENGTH).trim();
  if (/[\u0000-\u001f\u007f/\\]/.test(name) || name === '.' || name === '..') {
    throw invalidArgument('Suggested file name must be a plain file name.');
  }
  return name;
}

const IMPORT_KINDS: readonly ImportKind[] = ['project', 'bpmn', 'openapi', 'csv', 'xlsx'];

export function requireImportKind(value: unknown): ImportKind {
  if (typeof value !== 'string' || !(IMPORT_KINDS as readonly string[]).includes(value)) {
    throw invalidArgument(`Import kind must be one of ${IMPORT_KINDS.join(', ')}.`);
  }
  return value as ImportKind;
}

const FOLDER_IMPORT_KINDS: readonly FolderImportKind[] = ['openapi'];

export function requireFolderImportKind(value: unknown): FolderImportKind {
  if (typeof value !== 'string' || !(FOLDER_IMPORT_KINDS as readonly string[]).includes(value)) {
    throw invalidArgument(`Folder import kind must be one of ${FOLDER_IMPORT_KINDS.join(', ')}.`);
  }
  return value as FolderImportKind;
}

const RECOVERY_ID = /^[A-Za-z0-9_-]+$/;

export function requireRecoveryId(value: unknown): string {
  const id = requireNonEmptyString(value, 'Recovery id', MAX_RECOVERY_ID_LENGTH);
  if (!RECOVERY_ID.test(id)) throw invalidArgument('Recovery id may hold only letters, digits, "-" and "_".');
  return id;
}

/**
 * An absolute, already normalised path. Anything else (relative, "..", NUL, mixed separators on
 * Windows) is refused rather than normalised, because a handle the host handed out is always in
 * this form and anything else did not come from us.
 */
export function requireAbsolutePath(value: unknown, what = 'File handle', platformPath: path.PlatformPath = path): string {
  const text = requireNonEmptyString(value, what, MAX_PATH_LENGTH);
  if (text.includes('\0')) throw invalidArgument(`${what} contains a NUL character.`);
  if (!platformPath.isAbsolute(text) || platformPath.resolve(text) !== text) {
    throw invalidArgument(`${what} must be an absolute, normalised path.`);
  }
  return text;
}

/**
 * The set of files this main process handed to the renderer (open and save dialogs, recent
 * files, launch files, recovery entries). Reads and writes by handle go only to these paths.
 */
export class AllowedPaths {
  private readonly keys = new Set<string>();

  constructor(
    private readonly caseInsensitive: boolean = process.platform === 'win32' || process.platform === 'darwin',
    private readonly platformPath: path.PlatformPath = path,
  ) {}

  private key(filePath: string): string {
    return this.caseInsensitive ? filePath.toLowerCase() : filePath;
  }

  allow(filePath: string): void {
    this.keys.add(this.key(this.platformPath.resolve(filePath)));
  }

  revoke(filePath: string): void {
    this.keys.delete(this.key(this.platformPath.resolve(filePath)));
  }

  has(filePath: string): boolean {
    return this.keys.has(this.key(filePath));
  }

  /** Validates a handle from the renderer and returns it as a path. */
  require(value: unknown): string {
    const filePath = requireAbsolutePath(value, 'File handle', this.platformPath);
    if (!this.has(filePath)) {
      throw new HostFailure(
        'permission-denied',
        'This file was not chosen in this session. Open it again with File › Open.',
        filePath,
      );
    }
    return filePath;
  }
}

export function requireRecoveryInput(
  value: unknown,
  allowed: AllowedPaths,
): Omit<RecoveryEntry, 'savedAt'> {
  if (!isPlainObject(value)) throw invalidArgument('Recovery entry must be an object.');
  rejectUnknownKeys(value, ['id', 'projectName', 'fileName', 'handle', 'text'], 'Recovery entry');
  const entry: Omit<RecoveryEntry, 'savedAt'> = {
    id: requireRecoveryId(value.id),
    projectName: requireString(value.projectName, 'Project name', MAX_TITLE_LENGTH),
    text: requireProjectText(value.text),
  };
  if (value.fileName !== undefined) entry.fileName = requireString(value.fileName, 'File name', MAX_NAME_LENGTH);
  if (value.handle !== undefined) entry.handle = allowed.require(value.handle);
  return entry;
}

/** External links: https pages and mailto addresses only, nothing that runs or reads locally. */
export function requireExternalUrl(value: unknown): URL {
  const text = requireNonEmptyString(value, 'Link', MAX_URL_LENGTH);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalidArgument('Link is not a valid address.');
  }
  if (url.protocol === 'https:') {
    if (url.username !== '' || url.password !== '') throw invalidArgument('Links with a user name or password are not opened.');
    if (url.hostname === '') throw invalidArgument('Link has no host.');
    return url;
  }
  if (url.protocol === 'mailto:') return url;
  throw invalidArgument('Only https: and mailto: links are opened.');
}

const WINDOWS_RESERVED_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME_CHARACTERS = /[\u0000-\u001f\u007f<>:"|?*]/;

/**
 * Splits an export file name ("diagrams/intake.svg") into safe segments. Refuses absolute paths,
 * "." and ".." segments, drive letters, characters Windows cannot store and reserved device names,
 * so every export lands inside the folder the user chose on every platform.
 */
export function exportPathSegments(name: string): string[] {
  if (name.length === 0) throw invalidArgument('Export file name must not be empty.');
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) {
    throw invalidArgument(`Export file name "${name}" must be relative.`);
  }
  const segments = name.split(/[\\/]/);
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') {
      throw invalidArgument(`Export file name "${name}" must not contain empty, "." or ".." parts.`);
    }
    if (UNSAFE_NAME_CHARACTERS.test(segment) || WINDOWS_RESERVED_NAME.test(segment) || /[. ]$/.test(segment)) {
      throw invalidArgument(`Export file name "${name}" contains a part that cannot be a file name.`);
    }
    if (segment.length > MAX_NAME_LENGTH) throw invalidArgument(`Export file name "${name}" has a part that is too long.`);
  }
  return segments;
}

/** The absolute path of an export file inside `folder`, re-checked after joining. */
export function resolveExportPath(folder: string, name: string, platformPath: path.PlatformPath = path): string {
  const target = platformPath.join(folder, ...exportPathSegments(name));
  const relative = platformPath.relative(folder, target);
  if (relative === '' || relative.startsWith('..') || platformPath.isAbsolute(relative)) {
    throw invalidArgument(`Export file name "${name}" leaves the chosen folder.`);
  }
  return target;
}

function byteLengthOf(file: ExportFile): number {
  return file.bytes ? file.bytes.byteLength : Buffer.byteLength(file.text ?? '', 'utf8');
}

export function requireExportFiles(value: unknown): ExportFile[] {
  if (!Array.isArray(value)) throw invalidArgument('Export files must be a list.');
  if (value.length === 0) throw invalidArgument('There is nothing to export.');
  if (value.length > MAX_EXPORT_FILES) throw invalidArgument(`Too many export files (${value.length}).`);
  const seen = new Set<string>();
  return value.map((raw, index): ExportFile => {
    const what = `Export file ${index + 1}`;
    if (!isPlainObject(raw)) throw invalidArgument(`${what} must be an object.`);
    rejectUnknownKeys(raw, ['name', 'text', 'bytes', 'mimeType'], what);
    const name = requireNonEmptyString(raw.name, `${what} name`, MAX_EXPORT_NAME_LENGTH);
    exportPathSegments(name);
    const key = name.replace(/\\/g, '/').toLowerCase();
    if (seen.has(key)) throw invalidArgument(`Export file name "${name}" appears twice.`);
    seen.add(key);
    const mimeType = requireNonEmptyString(raw.mimeType, `${what} type`, MAX_MIME_TYPE_LENGTH);
    const hasText = raw.text !== undefined;
    const hasBytes = raw.bytes !== undefined;
    if (hasText === hasBytes) throw invalidArgument(`${what} must have either text or bytes.`);
    const file: ExportFile = { name, mimeType };
    if (hasText) file.text = requireString(raw.text, `${what} text`, MAX_EXPORT_FILE_BYTES);
    if (hasBytes) {
      if (!(raw.bytes instanceof Uint8Array)) throw invalidArgument(`${what} bytes must be a Uint8Array.`);
      file.bytes = raw.bytes;
    }
    if (byteLengthOf(file) > MAX_EXPORT_FILE_BYTES) throw invalidArgument(`${what} is too large.`);
    return file;
  });
}

const MODIFIERS = new Set([
  'command', 'cmd', 'control', 'ctrl', 'commandorcontrol', 'cmdorctrl', 'alt', 'option', 'altgr', 'shift', 'super', 'meta',
]);
const NAMED_KEYS = new Set([
  'plus', 'space', 'tab', 'capslock', 'numlock', 'scrolllock', 'backspace', 'delete', 'insert', 'return', 'enter',
  'up', 'down', 'left', 'right', 'home', 'end', 'pageup', 'pagedown', 'escape', 'esc', 'volumeup', 'volumedown',
  'volumemute', 'medianexttrack', 'mediaprevioustrack', 'mediastop', 'mediaplaypause', 'printscreen',
  'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
]);

function isAcceleratorKey(part: string): boolean {
  const lower = part.toLowerCase();
  return (
    /^[a-z0-9]$/.test(lower) ||
    /^f([1-9]|1[0-9]|2[0-4])$/.test(lower) ||
    /^num[0-9]$/.test(lower) ||
    NAMED_KEYS.has(lower) ||
    /^[)!@#$%^&*(:;<=>,_.?/~`{}[\]|\\'"-]$/.test(part)
  );
}

/** Electron accelerator syntax: modifiers joined by "+", then exactly one key. */
export function requireAccelerator(value: unknown): string {
  const text = requireNonEmptyString(value, 'Accelerator', MAX_ACCELERATOR_LENGTH);
  // "CmdOrCtrl++" ends with the "+" key; split so that a trailing "+" stays a key.
  const parts = text.endsWith('++') ? [...text.slice(0, -2).split('+'), '+'] : text.split('+');
  const key = parts.pop();
  const valid =
    key !== undefined &&
    (isAcceleratorKey(key) || key === '+') &&
    parts.every((part) => MODIFIERS.has(part.toLowerCase())) &&
    new Set(parts.map((part) => part.toLowerCase())).size === parts.length;
  if (!valid) throw invalidArgument(`"${text}" is not a valid accelerator.`);
  return text;
}

function requireMenuItem(value: unknown, depth: number, counter: { count: number }): MenuItemModel {
  counter.count += 1;
  if (counter.count > MAX_MENU_ITEMS) throw invalidArgument('The menu has too many items.');
  if (!isPlainObject(value)) throw invalidArgument('Menu item must be an object.');
  rejectUnknownKeys(value, ['command', 'label', 'accelerator', 'enabled', 'separator', 'submenu'], 'Menu item');
  if (value.separator !== undefined && requireBoolean(value.separator, 'Menu separator')) {
    return { label: '', separator: true };
  }
  const item: MenuItemModel = { label: requireString(value.label, 'Menu label', MAX_MENU_LABEL_LENGTH) };
  if (value.submenu !== undefined) {
    if (depth >= MAX_MENU_DEPTH) throw invalidArgument('The menu is nested too deeply.');
    if (!Array.isArray(value.submenu)) throw invalidArgument('Submenu must be a list.');
    item.submenu = value.submenu.map((child) => requireMenuItem(child, depth + 1, counter));
  } else {
    item.command = requireNonEmptyString(value.command, 'Menu command', MAX_COMMAND_ID_LENGTH);
  }
  if (value.accelerator !== undefined) item.accelerator = requireAccelerator(value.accelerator);
  if (value.enabled !== undefined) item.enabled = requireBoolean(value.enabled, 'Menu enabled');
  return item;
}

export function requireMenuModel(value: unknown): MenuModel {
  if (!isPlainObject(value)) throw invalidArgument('Menu must be an object.');
  rejectUnknownKeys(value, ['items'], 'Menu');
  if (!Array.isArray(value.items)) throw invalidArgument('Menu items must be a list.');
  const counter = { count: 0 };
  return { items: value.items.map((item) => requireMenuItem(item, 1, counter)) };
}

export function requireCloseAnswer(value: unknown): { requestId: number; proceed: boolean } {
  if (!isPlainObject(value)) throw invalidArgument('Close answer must be an object.');
  rejectUnknownKeys(value, ['requestId', 'proceed'], 'Close answer');
  const { requestId } = value;
  if (typeof requestId !== 'number' || !Number.isSafeInteger(requestId) || requestId < 1) {
    throw invalidArgument('Close request id must be a positive integer.');
  }
  return { requestId, proceed: requireBoolean(value.proceed, 'Close answer') };
}

/** What the IPC layer knows about the frame a message came from. */
export interface SenderInfo {
  /** The frame is the top-level frame of its page (not an iframe). */
  isMainFrame: boolean;
  /** The page belongs to one of our project windows. */
  isOurWindow: boolean;
  /** The frame's current URL; null when the frame is gone. */
  url: string | null;
}

/** True only for the main frame of one of our windows showing our own app origin. */
export function isTrustedSender(sender: SenderInfo, appOrigin: string): boolean {
  if (!sender.isMainFrame || !sender.isOurWindow || sender.url === null) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  // URL.origin is "null" for schemes Node does not know (our app: scheme), so compare by parts.
  return `${url.protocol}//${url.host}` === appOrigin && url.username === '' && url.password === '';
}
