// `convergence new FILE [--name NAME] [--sample] [--force]`

import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createEmptyProject } from '../../models/project/create';
import { formatDocumentIssue, openProjectText } from '../../models/project/open';
import { serializeProject } from '../../models/project/serialize';
import type { Project } from '../../models/project/types';
import { writeFileAtomic } from '../fs/atomicWrite';
import { parseArgs, UsageError } from './args';
import { resolveAssetPath } from './assetPath';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, writeLines, type CliIo } from './io';

export const SAMPLE_ASSET = 'sample/child-grant.convergence';

async function exists(filePath: string): Promise<boolean> {
  try {
    await access(filePath);
    return true;
  } catch {
    return false;
  }
}

/** "child-grant.convergence" -> "child-grant": a starting name the user can change later. */
function nameFromFile(fileArg: string): string {
  const base = path.basename(fileArg);
  const extension = path.extname(base);
  return extension === '' ? base : base.slice(0, -extension.length);
}

async function loadSample(io: CliIo): Promise<Project | undefined> {
  const samplePath = resolveAssetPath(SAMPLE_ASSET);
  if (samplePath === undefined) {
    io.stderr(`convergence: the sample project (assets/${SAMPLE_ASSET}) is not installed with this copy\n`);
    return undefined;
  }
  const result = openProjectText(await readFile(samplePath, 'utf8'));
  if (!result.ok) {
    writeLines(io.stderr, [
      'convergence: the bundled sample project cannot be opened:',
      ...result.errors.map((issue) => `  ${formatDocumentIssue(issue, samplePath)}`),
    ]);
    return undefined;
  }
  return result.project;
}

export async function runNew(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['sample', 'force'], options: ['name'] });
  const [fileArg, ...extra] = args.positionals;
  if (fileArg === undefined) throw new UsageError("'new' needs the FILE to create");
  if (extra.length > 0) throw new UsageError(`'new' takes one FILE, got also '${extra.join("', '")}'`);

  const filePath = path.resolve(io.cwd, fileArg);
  if (!args.flags.has('force') && (await exists(filePath))) {
    io.stderr(`convergence: ${fileArg} already exists; use --force to replace it\n`);
    return EXIT_PROBLEMS;
  }
  const now = io.now?.() ?? new Date().toISOString();
  const requestedName = args.options.get('name');

  let project: Project;
  if (args.flags.has('sample')) {
    const sample = await loadSample(io);
    if (sample === undefined) return EXIT_USAGE;
    project = {
      ...sample,
      project: { ...sample.project, name: requestedName ?? sample.project.name, created: now, updated: now },
    };
  } else {
    project = createEmptyProject({ name: requestedName ?? nameFromFile(fileArg), now });
  }

  try {
    await writeFileAtomic(filePath, serializeProject(project));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`convergence: ${fileArg}: ${reason}\n`);
    return EXIT_PROBLEMS;
  }
  const kind = args.flags.has('sample') ? 'a copy of the sample project' : 'an empty project';
  io.stdout(`Created ${fileArg}: ${kind}, named '${project.project.name}'\n`);
  return EXIT_OK;
}
