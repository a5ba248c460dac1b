// `convergence validate FILE [--format text|json|sarif] [--no-parallel]`: every rule of
// models/validation, bpmnlint's included, exactly as the Problems view runs them (FULL_VALIDATION).
// A large project's processes are read and linted on worker threads (./validationPool); the
// problems are the same either way, --no-parallel or CS_VALIDATION_WORKERS=0 keeps it all in-thread.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { countBySeverity, FULL_VALIDATION, validateProjectDeep, validationRules } from '../../models/validation';
import { parseArgs, UsageError } from './args';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, writeLines, type CliIo } from './io';
import { readProjectFile } from './readProject';
import { toSarif } from './sarif';
import { parallelSettingsFromEnvironment, prestartValidationPool, withValidationReader, type ParallelValidationSettings } from './validationPool';
import { APP_VERSION } from './version';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What the command needs beyond its arguments; tests replace it. */
export interface ValidateCommandDeps {
  /** Whether and how to read processes on worker threads; default: this machine's cores and CS_VALIDATION_WORKERS. */
  parallel?: (enabled: boolean) => ParallelValidationSettings;
}

export async function runValidate(argv: readonly string[], io: CliIo, deps: ValidateCommandDeps = {}): Promise<number> {
  const args = parseArgs(argv, { flags: ['no-parallel'], options: ['format'] });
  const [fileArg, ...extra] = args.positionals;
  if (fileArg === undefined) throw new UsageError("'validate' needs the project FILE");
  if (extra.length > 0) throw new UsageError(`'validate' takes one FILE, got also '${extra.join("', '")}'`);
  const requested = args.options.get('format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(requested)) {
    throw new UsageError(`unknown format '${requested}' (expected text, json or sarif)`);
  }
  const format = requested as Format;

  const parallel = (deps.parallel ?? parallelSettingsFromEnvironment)(!args.flags.has('no-parallel'));
  // Workers for a large file start loading while the main thread reads and parses it.
  const fileBytes = await stat(path.resolve(io.cwd, fileArg)).then(
    (info) => (info.isFile() ? info.size : 0),
    () => 0,
  );
  const prestarted = prestartValidationPool(fileBytes, parallel);
  const read = await readProjectFile(io.cwd, fileArg).catch(async (error: unknown) => {
    await prestarted?.close();
    throw error;
  });
  if (!read.ok) {
    await prestarted?.close();
    writeLines(io.stderr, read.messages);
    return EXIT_USAGE;
  }
  const project = read.project;
  const problems = await withValidationReader(
    project.processes,
    parallel,
    (reader) => validateProjectDeep(project, reader ? { ...FULL_VALIDATION, reader } : FULL_VALIDATION),
    prestarted,
  );
  const summary = countBySeverity(problems);
  const exitCode = summary.error > 0 ? EXIT_PROBLEMS : EXIT_OK;

  if (format === 'json') {
    io.stdout(`${JSON.stringify({ file: fileArg, summary, problems }, null, 2)}\n`);
  } else if (format === 'sarif') {
    const sarif = toSarif({ fileArg, problems, rules: validationRules, toolVersion: APP_VERSION });
    io.stdout(`${JSON.stringify(sarif, null, 2)}\n`);
  } else {
    writeLines(
      io.stdout,
      problems.map((problem) => `${fileArg}: ${problem.severity}: ${problem.message} [${problem.ruleId}]`),
    );
    const counts = [plural(summary.error, 'error'), plural(summary.warning, 'warning'), plural(summary.info, 'note')];
    io.stdout(problems.length === 0 ? `${fileArg}: no problems found\n` : `${fileArg}: ${counts.join(', ')}\n`);
  }
  return exitCode;
}
