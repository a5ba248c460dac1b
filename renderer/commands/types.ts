import type { HostApi, RecentFile } from '../../models/host/HostApi';
import type { DialogService } from '../store/dialogs';
import type { ViewId } from '../store/views';

/** What enabled-states depend on; a snapshot of the stores, cheap to build. */
export interface CommandState {
  hasProject: boolean;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  view: ViewId;
  hostKind: HostApi['kind'];
  recent: RecentFile[];
}

export interface CommandContext {
  host: HostApi;
  dialogs: DialogService;
  /** The embedded sample project's file text. */
  sampleText: string;
  /** Key of this window's autosave entry. */
  sessionId: string;
}

/**
 * Where a feature's command appears in the application menu: File › Import, File › Export, the
 * Edit menu below Undo/Redo, or the View menu below the views. Order sorts within the slot.
 */
export interface MenuPlacement {
  slot: 'file.import' | 'file.export' | 'edit' | 'view';
  order?: number;
}

export interface Command {
  id: string;
  /** i18n key of the label, e.g. 'shell:command.file.save'. */
  labelKey: string;
  /** Interpolation values for the label (a recent file's name). */
  labelValues?: Record<string, string>;
  /** Electron accelerator syntax, e.g. 'CmdOrCtrl+Shift+S'. Shown in menus. */
  shortcut?: string;
  /** Further accelerators that run the command but are not shown (Redo's CmdOrCtrl+Y). */
  alternateShortcuts?: string[];
  /**
   * The shortcut the web build shows and accepts in place of `shortcut`, for keys the browser
   * keeps for itself (Ctrl+N opens a window, Ctrl+W closes the tab).
   */
  webShortcut?: string;
  /** Menu entry of a feature's command; the shell's own commands are placed by buildMenu. */
  menu?: MenuPlacement;
  isEnabled(state: CommandState): boolean;
  run(ctx: CommandContext): void | Promise<void>;
}
