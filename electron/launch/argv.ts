// What the app was started for: a command-line run (`Convergence Studio validate x.convergence`)
// or windows, possibly with project files to open (double-click, "Open with", a file argument).
import path from 'node:path';

/** The command names of DESIGN.md "Command line"; the first non-flag argument selects CLI mode. */
export const CLI_COMMANDS: readonly string[] = ['new', 'info', 'validate', 'import', 'export', 'help'];
/** Flags that mean the command line even without a command, when they are the only arguments. */
const CLI_ONLY_FLAGS: readonly string[] = ['--help', '-h', '--version', '-V'];

export const PROJECT_EXTENSION = '.convergence';

export type LaunchRequest =
  | { kind: 'cli'; args: string[] }
  | { kind: 'app'; files: string[] };

function isFlag(arg: string): boolean {
  return arg.startsWith('-');
}

/**
 * The user's arguments without the executable (and, when started as `electron .`, without the
 * app folder and the flags in front of it).
 */
export function userArguments(argv: readonly string[], startedAsDefaultApp: boolean): string[] {
  const rest = argv.slice(1);
  if (!startedAsDefaultApp) return rest;
  const appPathIndex = rest.findIndex((arg) => !isFlag(arg));
  return appPathIndex < 0 ? [] : rest.slice(appPathIndex + 1);
}

export function isProjectPath(arg: string): boolean {
  return arg.toLowerCase().endsWith(PROJECT_EXTENSION);
}

export function parseLaunch(args: readonly string[], cwd: string): LaunchRequest {
  const firstPositional = args.findIndex((arg) => !isFlag(arg));
  const command = firstPositional >= 0 ? args[firstPositional] : undefined;
  if (command !== undefined && CLI_COMMANDS.includes(command)) {
    return { kind: 'cli', args: args.slice(firstPositional) };
  }
  if (args.length > 0 && args.every((arg) => CLI_ONLY_FLAGS.includes(arg))) {
    return { kind: 'cli', args: [...args] };
  }
  const files = args
    .filter((arg) => !isFlag(arg) && isProjectPath(arg))
    .map((arg) => path.resolve(cwd, arg));
  return { kind: 'app', files: [...new Set(files)] };
}
