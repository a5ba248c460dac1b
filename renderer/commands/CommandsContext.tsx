import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostApi } from '../../models/host/HostApi';
import { dialogs } from '../store/dialogs';
import type { CommandRegistry } from './registry';
import { currentCommandState, useCommandState } from './state';
import { formatShortcut, isMacPlatform } from './shortcuts';
import type { CommandContext, CommandState } from './types';

export interface CommandsApi {
  registry: CommandRegistry;
  context: CommandContext;
  state: CommandState;
  /** Runs a command if it exists and is enabled now; errors end in a dialog, never silently. */
  run(id: string): void;
  isEnabled(id: string): boolean;
  /** The shortcut as the user should read it ("Ctrl+Shift+S", "⇧⌘S"), if the command has one. */
  shortcutLabel(id: string): string | undefined;
  /** The label of a command in the current language. */
  label(id: string): string;
  isMac: boolean;
}

const CommandsReactContext = createContext<CommandsApi | null>(null);

export function CommandsProvider({
  registry,
  context,
  children,
}: {
  registry: CommandRegistry;
  context: CommandContext;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const host: HostApi = context.host;
  const state = useCommandState(host);
  const web = !host.nativeMenu;
  const isMac = isMacPlatform(host.platform, typeof navigator === 'undefined' ? '' : navigator.userAgent);

  const run = useCallback(
    (id: string) => {
      const now = currentCommandState(host);
      const command = registry.get(id, now);
      if (!command || !command.isEnabled(now)) return;
      Promise.resolve()
        .then(() => command.run(context))
        .catch((error: unknown) =>
          dialogs.showMessage({
            title: t('shell:errors.commandFailedTitle'),
            body: error instanceof Error ? error.message : String(error),
            tone: 'danger',
          }),
        );
    },
    [context, host, registry, t],
  );

  const api = useMemo<CommandsApi>(
    () => ({
      registry,
      context,
      state,
      run,
      isMac,
      isEnabled: (id) => registry.isEnabled(id, state),
      shortcutLabel: (id) => {
        const command = registry.get(id, state);
        const shortcut = command ? registry.displayShortcut(command, web) : undefined;
        return shortcut ? formatShortcut(shortcut, isMac) : undefined;
      },
      label: (id) => {
        const command = registry.get(id, state);
        return command ? t(command.labelKey, command.labelValues ?? {}) : id;
      },
    }),
    [registry, context, state, run, isMac, web, t],
  );

  return <CommandsReactContext.Provider value={api}>{children}</CommandsReactContext.Provider>;
}

export function useCommands(): CommandsApi {
  const api = useContext(CommandsReactContext);
  if (!api) throw new Error('useCommands() needs a <CommandsProvider>');
  return api;
}
