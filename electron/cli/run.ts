// The command line (DESIGN.md, "Command line"). Plain Node: never imports 'electron', so the
// same code runs from a checkout (`npm run cli`), as the installed `convergence` command and
// inside the packaged app.

import { UsageError } from './args';
import { runExport } from './exportCommand';
import { runImport } from './importCommand';
import { runInfo } from './infoCommand';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io';
import { runNew } from './newCommand';
import { USAGE } from './usage';
import { runValidate } from './validateCommand';
import { APP_VERSION } from './version';

export type { CliIo } from './io';

const COMMANDS: Record<string, (argv: readonly string[], io: CliIo) => Promise<number>> = {
  new: runNew,
  info: runInfo,
  validate: runValidate,
  import: runImport,
  export: (argv, io) => runExport(argv, io),
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(USAGE);
    return EXIT_USAGE;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (command === '--version' || command === '-V') {
    io.stdout(`${APP_VERSION}\n`);
    return EXIT_OK;
  }
  const handler = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (handler === undefined) {
    io.stderr(`convergence: unknown command '${command}'\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  try {
    return await handler(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`convergence ${command}: ${error.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    // A bug, not a user error: say what happened without a bare stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`convergence ${command}: unexpected error: ${reason}\n`);
    return EXIT_USAGE;
  }
}
