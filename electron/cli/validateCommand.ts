// `convergence validate FILE [--format text|json|sarif]`: every rule of models/validation,
// bpmnlint's included, exactly as the Problems view runs them (FULL_VALIDATION).

import { countBySeverity, FULL_VALIDATION, validateProjectDeep, validationRules } from '../../models/validation';
import { parseArgs, UsageError } from './args';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, writeLines, type CliIo } from './io';
import { readProjectFile } from './readProject';
import { toSarif } from './sarif';
import { APP_VERSION } from './version';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export async function runValidate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: [], options: ['format'] });
  const [fileArg, ...extra] = args.positionals;
  if (fileArg === undefined) throw new UsageError("'validate' needs the project FILE");
  if (extra.length > 0) throw new UsageError(`'validate' takes one FILE, got also '${extra.join("', '")}'`);
  const requested = args.options.get('format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(requested)) {
    throw new UsageError(`unknown format '${requested}' (expected text, json or sarif)`);
  }
  const format = requested as Format;

  const read = await readProjectFile(io.cwd, fileArg);
  if (!read.ok) {
    writeLines(io.stderr, read.messages);
    return EXIT_USAGE;
  }
  const problems = await validateProjectDeep(read.project, FULL_VALIDATION);
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
