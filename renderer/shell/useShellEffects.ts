import { useEffect, useRef } from 'react';
import type { HostApi, OpenedFile } from '../../models/host/HostApi';
import { useTranslation } from 'react-i18next';
import { useCommands } from '../commands/CommandsContext';
import { confirmWindowClose, openProjectFromText } from '../commands/documents';
import { buildMenu } from '../commands/menu';
import { translate } from '../i18n';
import { useHostLists } from '../store/hostLists';
import { isDirty, serializedText, useIsDirty, useProjectStore } from '../store/projectStore';
import { useDialogStore } from '../store/dialogs';

export const AUTOSAVE_INTERVAL_MS = 30_000;

let launchFile: Promise<OpenedFile | null> | null = null;
/** The host hands the launch file out once; effects that run twice (StrictMode) share it. */
function takeLaunchFileOnce(host: HostApi): Promise<OpenedFile | null> {
  launchFile ??= host.takeLaunchFile().catch(() => null);
  return launchFile;
}

/** "● child-grant.convergence — Convergence Studio" (the dot only while unsaved). */
export function windowTitle(fileName: string | null, dirty: boolean, appName: string): string {
  if (!fileName) return appName;
  return `${dirty ? '● ' : ''}${fileName} — ${appName}`;
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type);
  return false;
}

/** Everything the shell keeps in step with the host: title, menu, shortcuts, close, autosave. */
export function useShellEffects(): void {
  const { t } = useTranslation();
  const commands = useCommands();
  const { host } = commands.context;
  const dirty = useIsDirty();
  const fileName = useProjectStore((state) => state.file?.name ?? null);

  useEffect(() => {
    host.setTitle(windowTitle(fileName, dirty, t('shell:app.name')), dirty);
  }, [host, fileName, dirty, t]);

  // The native menu is rebuilt whenever an enabled-state or the recent files change.
  useEffect(() => {
    if (!host.nativeMenu) return;
    host.setMenu(buildMenu(commands.registry, commands.state, translate, { web: false }));
  }, [host, commands.registry, commands.state, t]);

  const runRef = useRef(commands.run);
  runRef.current = commands.run;

  useEffect(() => host.onMenuCommand((id) => runRef.current(id)), [host]);

  useEffect(() => host.onCloseRequest(() => confirmWindowClose(commands.context)), [host, commands.context]);

  // Without a native menu the page itself maps shortcuts to commands.
  useEffect(() => {
    if (host.nativeMenu) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      if (useDialogStore.getState().requests.length > 0 || document.querySelector('dialog[open]')) return;
      const command = commands.registry.matchShortcut(event, {
        platform: host.platform,
        userAgent: navigator.userAgent,
        web: true,
      });
      if (!command) return;
      // Text fields keep their own undo/redo.
      if ((command.id === 'edit.undo' || command.id === 'edit.redo') && isTextEntry(event.target)) return;
      event.preventDefault();
      runRef.current(command.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [host, commands.registry]);

  // Start-up: recent files and recovered work, then a file the app was launched with.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      await useHostLists.getState().refresh(host);
      const file = await takeLaunchFileOnce(host);
      if (cancelled || !file) return;
      await openProjectFromText(commands.context, file.text, { handle: file.handle, name: file.name });
      await useHostLists.getState().refresh(host);
    })();
    return () => {
      cancelled = true;
    };
    // Runs once per window.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useAutosave();
}

function useAutosave(): void {
  const { context } = useCommands();
  // What was last autosaved, against which saved text: a save resets the comparison.
  const last = useRef<{ text: string; savedText: string | null } | null>(null);

  useEffect(() => {
    const timer = window.setInterval(() => {
      const state = useProjectStore.getState();
      if (!state.project || !isDirty(state)) return;
      const text = serializedText(state.project);
      if (last.current && last.current.text === text && last.current.savedText === state.savedText) return;
      last.current = { text, savedText: state.savedText };
      void context.host
        .autosave({
          id: context.sessionId,
          projectName: state.project.project.name,
          text,
          ...(state.file?.name ? { fileName: state.file.name } : {}),
          ...(state.file?.handle ? { handle: state.file.handle } : {}),
        })
        .catch(() => {
          // A failed autosave is retried on the next tick with the same text.
          last.current = null;
        });
    }, AUTOSAVE_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [context]);
}
