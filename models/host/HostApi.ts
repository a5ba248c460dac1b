// The one boundary between the renderer and the outside world (DESIGN.md, "Host boundary").
// electron/preload.ts implements it over IPC; renderer/host/browser.ts implements it with file
// inputs, downloads and IndexedDB. The renderer never touches files or windows any other way.

/**
 * An opaque reference to a file the user chose. In Electron it is the absolute path (main only
 * accepts paths it handed out itself); in the browser it is a key into IndexedDB.
 */
export type FileHandle = string;

export interface OpenedFile {
  handle: FileHandle;
  /** File name shown to the user, e.g. "child-grant.convergence". */
  name: string;
  text: string;
}

export interface RecentFile {
  handle: FileHandle;
  name: string;
  /** Directory or origin shown under the name, e.g. "/home/ana/projects". */
  location: string;
  /** ISO 8601 date-time of the last open or save. */
  openedAt: string;
}

export interface RecoveryEntry {
  id: string;
  /** Name of the project (from the document) and of its file, if it had one. */
  projectName: string;
  fileName?: string;
  handle?: FileHandle;
  /** ISO 8601 date-time of the autosave. */
  savedAt: string;
  text: string;
}

export interface SavedFile {
  handle: FileHandle;
  name: string;
}

export type HostErrorCode =
  | 'not-found'
  | 'permission-denied'
  | 'disk-full'
  | 'too-large'
  | 'io'
  | 'invalid-argument'
  | 'cancelled'
  | 'unavailable';

/** Host operations reject with this shape (also across IPC, where Error objects lose fields). */
export interface HostError {
  code: HostErrorCode;
  message: string;
  /** The file concerned, when there is one. */
  path?: string;
}

export interface ImportFile {
  name: string;
  /** Text files come as text; spreadsheets (xlsx) as bytes. */
  text?: string;
  bytes?: Uint8Array;
}

export type ImportKind = 'project' | 'bpmn' | 'openapi' | 'csv' | 'xlsx';

/** Folder imports: an OpenAPI contract split over files that refer to each other with `$ref`s. */
export type FolderImportKind = 'openapi';

export interface ImportFolder {
  /** The folder's own name, shown to the user. */
  name: string;
  /** The folder's YAML and JSON files, paths relative to it with forward slashes. */
  files: Array<{ path: string; text: string }>;
  /** Files left out (too large, too many, unreadable), relative paths, for the user's information. */
  skipped: string[];
}

export interface ExportFile {
  /** Relative path inside the chosen folder, or the file name for a single file. */
  name: string;
  text?: string;
  bytes?: Uint8Array;
  mimeType: string;
}

/** A menu as the renderer's command registry describes it; the host renders it natively. */
export interface MenuItemModel {
  /** Command id; absent for separators and submenus. */
  command?: string;
  label: string;
  /** Electron accelerator syntax, e.g. "CmdOrCtrl+Shift+S". */
  accelerator?: string;
  enabled?: boolean;
  separator?: boolean;
  submenu?: MenuItemModel[];
}

export interface MenuModel {
  items: MenuItemModel[];
}

export interface HostApi {
  readonly kind: 'electron' | 'browser';
  /** True when the host draws the menu bar and handles its accelerators itself. */
  readonly nativeMenu: boolean;
  readonly platform: 'darwin' | 'win32' | 'linux' | 'web';

  /** The file the app was started with (command line, double-click), once. */
  takeLaunchFile(): Promise<OpenedFile | null>;
  /** Shows an open dialog for `.convergence` files; null when the user cancels. */
  openProjectDialog(): Promise<OpenedFile | null>;
  /** Reads a file by handle (a recent file, a recovered file). */
  readProject(handle: FileHandle): Promise<OpenedFile>;
  /** Writes atomically over an existing handle. */
  saveProject(handle: FileHandle, text: string): Promise<SavedFile>;
  /** Asks where to save; null when the user cancels. */
  saveProjectAs(suggestedName: string, text: string): Promise<SavedFile | null>;

  listRecent(): Promise<RecentFile[]>;
  removeRecent(handle: FileHandle): Promise<void>;
  clearRecent(): Promise<void>;

  /** Stores unsaved work for crash recovery under a stable session key. */
  autosave(entry: Omit<RecoveryEntry, 'savedAt'>): Promise<void>;
  listRecovery(): Promise<RecoveryEntry[]>;
  discardRecovery(id: string): Promise<void>;

  /** Asks for one file to import; null when the user cancels. */
  readImportFile(kind: ImportKind): Promise<ImportFile | null>;
  /**
   * Asks for a folder and reads its files of the kind (OpenAPI: .yaml, .yml, .json) below it,
   * never following links out of it; null when the user cancels.
   */
  readImportFolder(kind: FolderImportKind): Promise<ImportFolder | null>;
  /** Writes export files (one file: a save dialog; several: a folder). */
  writeExport(files: ExportFile[], suggestedName: string): Promise<string | null>;
  /**
   * Prints a self-contained HTML document (an export) to PDF. Electron renders it in a hidden,
   * sandboxed, script-less window and resolves to the PDF bytes (save them with writeExport).
   * A browser cannot make PDF bytes: it opens its print dialog on the document, where the user
   * chooses "Save as PDF", and resolves to null.
   */
  printToPdf(html: string): Promise<Uint8Array | null>;

  setTitle(title: string, dirty: boolean): void;
  setMenu(menu: MenuModel): void;
  /** Subscribes to menu clicks and accelerators from a native menu; returns an unsubscribe. */
  onMenuCommand(listener: (command: string) => void): () => void;
  /**
   * Registers the check run before the window closes. It resolves true when closing may go on
   * (nothing unsaved, saved, or discarded by the user).
   */
  onCloseRequest(check: () => Promise<boolean>): () => void;
  /** Closes the window (and quits on platforms where one window is the app). */
  quit(): void;
  /** Opens an http(s) or mailto link in the system browser after the host's own checks. */
  openExternal(url: string): Promise<void>;
}

export function isHostError(value: unknown): value is HostError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as HostError).code === 'string' &&
    typeof (value as HostError).message === 'string'
  );
}
