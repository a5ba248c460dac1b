// `convergence info FILE [--json]`

import { countEntities, countProcessSteps } from '../../models/project/counts';
import { CURRENT_SCHEMA_VERSION } from '../../models/project/types';
import { parseArgs, UsageError } from './args';
import { EXIT_OK, EXIT_USAGE, writeLines, type CliIo } from './io';
import { readProjectFile } from './readProject';

const LABELS = [
  ['components', 'Components'],
  ['interactions', 'Interactions'],
  ['processes', 'Processes'],
  ['processSteps', 'Process steps'],
  ['dataElements', 'Data elements'],
  ['codeLists', 'Code lists'],
  ['apiContracts', 'API contracts'],
  ['scenarios', 'Scenarios'],
] as const;

export async function runInfo(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['json'], options: [] });
  const [fileArg, ...extra] = args.positionals;
  if (fileArg === undefined) throw new UsageError("'info' needs the project FILE");
  if (extra.length > 0) throw new UsageError(`'info' takes one FILE, got also '${extra.join("', '")}'`);

  const read = await readProjectFile(io.cwd, fileArg);
  if (!read.ok) {
    writeLines(io.stderr, read.messages);
    return EXIT_USAGE;
  }
  const { project } = read;
  const processSteps = await countProcessSteps(project);
  const counts = { ...countEntities(project), processSteps: processSteps.steps };

  if (args.flags.has('json')) {
    const report = {
      file: fileArg,
      name: project.project.name,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      ...(read.migratedFrom === undefined ? {} : { migratedFrom: read.migratedFrom }),
      counts,
      ...(processSteps.unreadable.length === 0 ? {} : { unreadableProcesses: processSteps.unreadable }),
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return EXIT_OK;
  }

  const width = Math.max(...LABELS.map(([, label]) => label.length)) + 2;
  const lines = [project.project.name === '' ? '(unnamed project)' : project.project.name];
  lines.push(`  ${'File'.padEnd(width)}${fileArg}`);
  const schema =
    read.migratedFrom === undefined
      ? String(CURRENT_SCHEMA_VERSION)
      : `${CURRENT_SCHEMA_VERSION} (read from schema ${read.migratedFrom}; the file itself is unchanged)`;
  lines.push(`  ${'Schema'.padEnd(width)}${schema}`);
  for (const [key, label] of LABELS) lines.push(`  ${label.padEnd(width)}${counts[key]}`);
  if (processSteps.unreadable.length > 0) {
    lines.push(`  BPMN that cannot be read (steps not counted): ${processSteps.unreadable.join(', ')}`);
  }
  writeLines(io.stdout, lines);
  return EXIT_OK;
}
