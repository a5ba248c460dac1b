import type { Command, CommandState } from './types';
import { isMacPlatform, matchesShortcut, type KeyLike } from './shortcuts';

/** Each command is registered once; menus, shortcuts and buttons look it up by id. */
export class CommandRegistry {
  private readonly commands = new Map<string, Command>();
  private readonly dynamicSources: Array<(state: CommandState) => Command[]> = [];

  register(command: Command): void {
    if (this.commands.has(command.id)) throw new Error(`Command "${command.id}" is registered twice`);
    this.commands.set(command.id, command);
  }

  /** Commands that exist only for the current state, such as one per recent file. */
  registerDynamic(source: (state: CommandState) => Command[]): void {
    this.dynamicSources.push(source);
  }

  get(id: string, state: CommandState): Command | undefined {
    return this.commands.get(id) ?? this.dynamic(state).find((command) => command.id === id);
  }

  all(): Command[] {
    return [...this.commands.values()];
  }

  dynamic(state: CommandState): Command[] {
    return this.dynamicSources.flatMap((source) => source(state));
  }

  isEnabled(id: string, state: CommandState): boolean {
    return this.get(id, state)?.isEnabled(state) ?? false;
  }

  /** The shortcuts a command answers to on this host. */
  shortcutsOf(command: Command, web: boolean): string[] {
    const primary = web && command.webShortcut ? [command.webShortcut, command.shortcut] : [command.shortcut];
    return [...primary, ...(command.alternateShortcuts ?? [])].filter((s): s is string => Boolean(s));
  }

  /** The shortcut to show next to a command's label. */
  displayShortcut(command: Command, web: boolean): string | undefined {
    return (web ? command.webShortcut : undefined) ?? command.shortcut;
  }

  /** The registered command a key press stands for, if any (enabled or not). */
  matchShortcut(event: KeyLike, options: { platform: string; userAgent?: string; web: boolean }): Command | undefined {
    const isMac = isMacPlatform(options.platform, options.userAgent);
    return this.all().find((command) =>
      this.shortcutsOf(command, options.web).some((shortcut) => matchesShortcut(event, shortcut, isMac)),
    );
  }
}
