// `convergence import FILE INPUT [--as bpmn|openapi|csv|xlsx] [--name NAME] [--entry PATH]`
// Adds a process (BPMN), one or more contracts (OpenAPI file or folder) or dictionary entries
// (CSV, XLSX) to FILE and saves it atomically. Nothing is written when the input is refused.

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseCsv } from '../../models/dictionary/csv';
import { applyDictionaryImport, guessColumnMapping, previewDictionaryImport, type RejectReason } from '../../models/dictionary/tableImport';
import { readXlsx } from '../../models/dictionary/xlsx';
import { addContract, contractFromFiles } from '../../models/contracts/importContract';
import { findEntryDocuments, type LoadError, type RefProblem } from '../../models/contracts/load';
import { importBpmnAsProcesses } from '../../models/process/importBpmn';
import { serializeProject } from '../../models/project/serialize';
import type { Project } from '../../models/project/types';
import { writeFileAtomic } from '../fs/atomicWrite';
import { FOLDER_LIMITS, OPENAPI_EXTENSIONS, readImportFolderFiles } from '../fs/readFolder';
import { parseArgs, UsageError } from './args';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, writeLines, type CliIo } from './io';
import { readProjectFile } from './readProject';

export const IMPORT_KINDS = ['bpmn', 'openapi', 'csv', 'xlsx'] as const;
export type CliImportKind = (typeof IMPORT_KINDS)[number];

/** The kind an input's extension suggests; folders are OpenAPI folder imports. */
export function kindOfInput(fileName: string, isFolder: boolean): CliImportKind | undefined {
  if (isFolder) return 'openapi';
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.bpmn' || ext === '.xml') return 'bpmn';
  if (ext === '.yaml' || ext === '.yml' || ext === '.json') return 'openapi';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  return undefined;
}

const MAX_INPUT_BYTES = 64 * 1024 * 1024;

type Outcome = { ok: true; project: Project; summary: string[]; warnings: string[] } | { ok: false; errors: string[] };

function loadErrorLine(error: LoadError): string {
  return `${error.file}${error.line !== undefined ? `:${error.line}${error.column !== undefined ? `:${error.column}` : ''}` : ''}: ${error.message}`;
}

function refLine(problem: RefProblem): string {
  const what: Record<RefProblem['kind'], string> = {
    external_url: 'points to the web and was not fetched',
    outside_folder: 'points outside the folder and was not read',
    missing_file: 'names a file that is not there',
    missing_target: 'points to nothing in its document',
    unreadable_file: `names a file that cannot be read${problem.detail ? ` (${problem.detail})` : ''}`,
  };
  return `${problem.file}: reference ${problem.ref} ${what[problem.kind]}`;
}

function rejectText(reason: RejectReason): string {
  switch (reason.kind) {
    case 'empty_name':
      return 'the name is empty';
    case 'unknown_type':
      return `unknown type '${reason.value}'`;
    case 'unknown_sensitivity':
      return `unknown sensitivity '${reason.value}'`;
    case 'unknown_code_list':
      return `no code list '${reason.value}' in the project`;
    case 'duplicate_id':
      return `id ${reason.id} already appears on row ${reason.firstRow}`;
  }
}

async function importOpenApi(project: Project, inputPath: string, inputArg: string, isFolder: boolean, name: string | undefined, entry: string | undefined): Promise<Outcome> {
  let files: Map<string, string>;
  let entries: string[];
  if (isFolder) {
    const folder = await readImportFolderFiles(inputPath, OPENAPI_EXTENSIONS, FOLDER_LIMITS);
    files = new Map(folder.files.map((f) => [f.path, f.text]));
    entries = entry ? [entry.split(path.sep).join('/')] : findEntryDocuments(folder.files);
    if (entries.length === 0) return { ok: false, errors: [`${inputArg}: no OpenAPI document in this folder (no file has a top-level 'openapi' field)`] };
    if (name && entries.length > 1) return { ok: false, errors: [`${inputArg}: --name needs one document; choose it with --entry (found ${entries.join(', ')})`] };
  } else {
    const base = path.basename(inputPath);
    files = new Map([[base, await readFile(inputPath, 'utf8')]]);
    entries = [base];
  }
  let next = project;
  const summary: string[] = [];
  const warnings: string[] = [];
  const errors: string[] = [];
  for (const entryPath of entries) {
    const result = contractFromFiles(next, entryPath, files, { folder: isFolder, ...(name ? { name } : {}) });
    if (!result.ok) {
      errors.push(loadErrorLine(isFolder ? result.error : { ...result.error, file: inputArg }));
      continue;
    }
    const { contract, result: loaded } = result.imported;
    next = addContract(next, contract);
    const operations = loaded.document.paths && typeof loaded.document.paths === 'object' ? Object.keys(loaded.document.paths).length : 0;
    summary.push(`contract '${contract.name}' (${contract.id}, OpenAPI ${loaded.specVersion}, ${operations} paths${contract.files ? `, ${contract.files.length + 1} files` : ''})`);
    warnings.push(...loaded.refProblems.map(refLine));
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, project: next, summary, warnings };
}

async function importTable(project: Project, rows: string[][], inputArg: string): Promise<Outcome> {
  const preview = previewDictionaryImport(project, rows, guessColumnMapping(rows[0] ?? []));
  if (!preview.ok) {
    const why =
      preview.refusal.kind === 'empty'
        ? 'the table has no rows below its header'
        : preview.refusal.kind === 'no_name_column'
          ? 'no column holds data-element names (a header such as Name, Field name or Label)'
          : 'the table has names but no column describing them (type, definition, sensitivity, standards…): it looks like records, not a data dictionary';
    return { ok: false, errors: [`${inputArg}: not imported: ${why}`] };
  }
  const warnings = preview.rows.flatMap((r) => (r.action === 'reject' ? [`${inputArg}:${r.row}: rejected: ${r.reasons.map(rejectText).join('; ')}`] : []));
  const { add, update, reject } = preview.counts;
  if (add + update === 0) return { ok: false, errors: [...warnings, `${inputArg}: no row could be imported`] };
  return {
    ok: true,
    project: applyDictionaryImport(project, preview.rows),
    summary: [`${add} data element${add === 1 ? '' : 's'} added, ${update} updated, ${reject} rejected`],
    warnings,
  };
}

export async function runImport(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: [], options: ['as', 'name', 'entry'] });
  const [fileArg, inputArg, ...extra] = args.positionals;
  if (fileArg === undefined || inputArg === undefined) throw new UsageError("'import' needs the project FILE and the INPUT to import");
  if (extra.length > 0) throw new UsageError(`'import' takes one INPUT, got also '${extra.join("', '")}'`);
  const asOption = args.options.get('as');
  if (asOption !== undefined && !(IMPORT_KINDS as readonly string[]).includes(asOption)) {
    throw new UsageError(`--as must be one of ${IMPORT_KINDS.join(', ')}`);
  }

  const inputPath = path.resolve(io.cwd, inputArg);
  let isFolder: boolean;
  try {
    const info = await stat(inputPath);
    isFolder = info.isDirectory();
    if (!isFolder && info.size > MAX_INPUT_BYTES) {
      io.stderr(`convergence: ${inputArg}: larger than ${MAX_INPUT_BYTES / (1024 * 1024)} MiB\n`);
      return EXIT_USAGE;
    }
    if (isFolder) await readdir(inputPath);
  } catch {
    io.stderr(`convergence: ${inputArg}: No such file or folder, or it cannot be read\n`);
    return EXIT_USAGE;
  }
  const kind = (asOption as CliImportKind | undefined) ?? kindOfInput(inputArg, isFolder);
  if (kind === undefined) throw new UsageError(`cannot tell what ${inputArg} is from its extension; say it with --as ${IMPORT_KINDS.join('|')}`);
  if (isFolder && kind !== 'openapi') throw new UsageError(`${inputArg} is a folder: only --as openapi imports folders`);
  if (args.options.has('entry') && !isFolder) throw new UsageError('--entry names a document inside an INPUT folder');

  const read = await readProjectFile(io.cwd, fileArg);
  if (!read.ok) {
    writeLines(io.stderr, read.messages.map((m) => `convergence: ${m}`));
    return EXIT_USAGE;
  }
  const name = args.options.get('name');
  let outcome: Outcome;
  try {
    if (kind === 'openapi') outcome = await importOpenApi(read.project, inputPath, inputArg, isFolder, name, args.options.get('entry'));
    else if (kind === 'bpmn') {
      const result = await importBpmnAsProcesses(read.project, await readFile(inputPath, 'utf8'), path.basename(inputPath), name ? { name } : {});
      outcome = result.ok
        ? { ok: true, project: result.project, summary: result.processIds.map((id) => `process '${id}'`), warnings: result.warnings }
        : { ok: false, errors: result.errors };
    } else if (kind === 'csv') {
      const parsed = parseCsv(await readFile(inputPath, 'utf8'));
      outcome =
        parsed.unterminatedQuoteLine !== undefined
          ? { ok: false, errors: [`${inputArg}:${parsed.unterminatedQuoteLine}: a quoted field opened here is never closed`] }
          : await importTable(read.project, parsed.rows, inputArg);
    } else {
      const sheets = await readXlsx(new Uint8Array(await readFile(inputPath)));
      const sheet = name ? sheets.find((s) => s.name === name) : sheets.find((s) => s.rows.length > 1);
      outcome = sheet
        ? await importTable(read.project, sheet.rows, `${inputArg} [${sheet.name}]`)
        : { ok: false, errors: [`${inputArg}: ${name ? `no sheet named '${name}'` : 'no sheet with rows below a header'}`] };
    }
  } catch (error) {
    io.stderr(`convergence: ${inputArg}: cannot be read: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }

  if (!outcome.ok) {
    writeLines(io.stderr, outcome.errors.map((e) => `convergence: ${e}`));
    io.stderr(`convergence: ${fileArg} was not changed\n`);
    return EXIT_PROBLEMS;
  }
  writeLines(io.stderr, outcome.warnings.map((w) => `warning: ${w}`));
  try {
    await writeFileAtomic(path.resolve(io.cwd, fileArg), serializeProject(outcome.project));
  } catch (error) {
    io.stderr(`convergence: ${fileArg}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_PROBLEMS;
  }
  io.stdout(`Imported into ${fileArg}: ${outcome.summary.join('; ')}\n`);
  return EXIT_OK;
}
