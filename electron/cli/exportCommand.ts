// `convergence export FILE --format FMT [--scenario ID] [--out DIR] [--no-timestamp] [--no-browser]`
//
// html, md, json, openapi, bpmn, csv and svg come from models/export in plain Node. A headless
// Chromium (electron/cli/headless) adds what needs a browser: the BPMN diagrams inside html/md/svg
// and docx, and the pdf and png formats. Without a browser the command says so once and still
// writes everything else; pdf and png, which are nothing but browser output, then fail with exit 1.
// Every file is written atomically into DIR (default: the current folder).

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  buildSpecificationWithDiagrams,
  diagramArtifacts,
  exportBaseName,
  exportProject,
  isPlainExportFormat,
  UnknownScenarioError,
  type ExportArtifact,
  type ExportFormat,
  type ProjectExportOptions,
} from '../../models/export';
import { DOCX_MIME, fixZipTimestamps, renderSpecificationDocx } from '../../models/export/docx';
import { pinPdfDates } from '../../models/export/pdfDates';
import type { Project } from '../../models/project/types';
import { writeFileAtomic } from '../fs/atomicWrite';
import { parseArgs, UsageError } from './args';
import { createHeadlessSession, svgSize, type HeadlessRenderer, type HeadlessSession } from './headless';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, writeLines, type CliIo } from './io';
import { readProjectFile } from './readProject';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'md', 'pdf', 'docx', 'json', 'openapi', 'bpmn', 'csv', 'svg', 'png'];

/** Formats whose documents show BPMN diagrams when a browser can draw them. */
const DIAGRAM_FORMATS: ReadonlySet<ExportFormat> = new Set(['html', 'md', 'svg', 'pdf', 'png', 'docx']);

/** What the command needs from the outside world beyond the file system; tests replace it. */
export interface ExportCommandDeps {
  /** A browser session, started on first use. Default: Chromium through playwright-core. */
  headless?: () => HeadlessSession;
}

/** A browser renderer, or the reason there is none (reported once). */
type Browser = { renderer: HeadlessRenderer } | { unavailable: string };

function scenarioProblem(fileArg: string, project: Project, scenarioId: string): string {
  const known = project.scenarios.map((s) => s.id);
  return `${fileArg}: scenarios: no scenario has the id '${scenarioId}'${known.length > 0 ? ` (the project has: ${known.join(', ')})` : ' (the project has no scenarios)'}`;
}

async function artifactsFor(
  project: Project,
  format: ExportFormat,
  options: ProjectExportOptions,
  browser: () => Promise<Browser>,
  timestamp: string | undefined,
): Promise<{ artifacts: ExportArtifact[] } | { unavailable: string }> {
  if (isPlainExportFormat(format)) return { artifacts: await exportProject(project, format, options) };
  const base = exportBaseName(project, options.scenarioId);
  if (format === 'docx') {
    const spec = await buildSpecificationWithDiagrams(project, options);
    const available = await browser();
    const bytes = await renderSpecificationDocx(spec, {
      diagramImage: async (diagram) => {
        if (!diagram.svg || !('renderer' in available)) return undefined;
        const size = svgSize(diagram.svg);
        return { png: await available.renderer.svgToPng(diagram.svg, 2), width: size.width, height: size.height, svg: diagram.svg };
      },
    });
    // The zip entries carry a time: the export's, or the project's last update for a stable file.
    return { artifacts: [{ name: `${base}.docx`, mimeType: DOCX_MIME, bytes: fixZipTimestamps(bytes, timestamp ?? project.project.updated) }] };
  }
  const available = await browser();
  if (!('renderer' in available)) return { unavailable: available.unavailable };
  if (format === 'pdf') {
    const [html] = await exportProject(project, 'html', options);
    // Chromium dates the PDF at printing: pin the dates like the zip entries above.
    const pdf = pinPdfDates(await available.renderer.htmlToPdf(html!.text!), timestamp ?? project.project.updated);
    return { artifacts: [{ name: `${base}.pdf`, mimeType: 'application/pdf', bytes: pdf }] };
  }
  // png: every diagram as a picture.
  const spec = await buildSpecificationWithDiagrams(project, options);
  const artifacts: ExportArtifact[] = [];
  for (const svg of diagramArtifacts(spec)) {
    artifacts.push({ name: svg.name.replace(/\.svg$/, '.png'), mimeType: 'image/png', bytes: await available.renderer.svgToPng(svg.text!, 2) });
  }
  return { artifacts };
}

export async function runExport(argv: readonly string[], io: CliIo, deps: ExportCommandDeps = {}): Promise<number> {
  const args = parseArgs(argv, { flags: ['no-timestamp', 'no-browser'], options: ['format', 'scenario', 'out'] });
  const [fileArg, ...extra] = args.positionals;
  if (fileArg === undefined) throw new UsageError("'export' needs the project FILE");
  if (extra.length > 0) throw new UsageError(`'export' takes one FILE, got also '${extra.join("', '")}'`);
  const requested = args.options.get('format');
  if (requested === undefined) throw new UsageError(`'export' needs --format (${EXPORT_FORMATS.join(', ')})`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(requested)) throw new UsageError(`unknown format '${requested}' (expected ${EXPORT_FORMATS.join(', ')})`);
  const format = requested as ExportFormat;
  const noBrowser = args.flags.has('no-browser');
  if (noBrowser && (format === 'pdf' || format === 'png')) throw new UsageError(`--format ${format} needs a browser and cannot be combined with --no-browser`);

  const read = await readProjectFile(io.cwd, fileArg);
  if (!read.ok) {
    writeLines(io.stderr, read.messages);
    return EXIT_USAGE;
  }
  const project = read.project;
  const scenarioId = args.options.get('scenario');
  if (scenarioId !== undefined && !project.scenarios.some((s) => s.id === scenarioId)) {
    io.stderr(`${scenarioProblem(fileArg, project, scenarioId)}\n`);
    return EXIT_USAGE;
  }
  const timestamp = args.flags.has('no-timestamp') ? undefined : (io.now?.() ?? new Date().toISOString());
  const outDir = path.resolve(io.cwd, args.options.get('out') ?? '.');

  const session = (deps.headless ?? (() => createHeadlessSession()))();
  let warned = false;
  const browser = async (): Promise<Browser> => {
    const result: Browser = noBrowser ? { unavailable: 'No browser was used (--no-browser).' } : await session.get();
    if (!warned && 'unavailable' in result) {
      warned = true;
      io.stderr(`convergence export: BPMN diagrams and pictures need a browser and are left out.\n${result.unavailable}\n`);
    }
    return result;
  };
  const byId = new Map(project.processes.map((p) => [p.id, p]));
  const options: ProjectExportOptions = {
    ...(scenarioId !== undefined ? { scenarioId } : {}),
    ...(timestamp !== undefined ? { timestamp } : {}),
  };
  if (DIAGRAM_FORMATS.has(format) && project.processes.length > 0) {
    options.bpmnSvg = async (processId) => {
      const available = await browser();
      const process = byId.get(processId);
      if (!('renderer' in available) || !process) return undefined;
      try {
        return await available.renderer.renderBpmnSvg(process.bpmn);
      } catch (error) {
        const index = project.processes.indexOf(process);
        io.stderr(`${fileArg}: processes[${index}].bpmn: the diagram of '${processId}' could not be drawn, the document names its .bpmn file instead: ${error instanceof Error ? error.message : String(error)}\n`);
        return undefined;
      }
    };
  }

  try {
    let result: Awaited<ReturnType<typeof artifactsFor>>;
    try {
      result = await artifactsFor(project, format, options, browser, timestamp);
    } catch (error) {
      if (error instanceof UnknownScenarioError) {
        io.stderr(`${scenarioProblem(fileArg, project, error.scenarioId)}\n`);
        return EXIT_USAGE;
      }
      throw error;
    }
    if ('unavailable' in result) {
      io.stderr(`convergence export: --format ${format} needs a browser; nothing was written.\n`);
      return EXIT_PROBLEMS;
    }
    try {
      await mkdir(outDir, { recursive: true });
    } catch (error) {
      io.stderr(`${path.relative(io.cwd, outDir) || outDir}: the output folder cannot be created: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT_PROBLEMS;
    }
    for (const artifact of result.artifacts) {
      const target = path.join(outDir, ...artifact.name.split('/'));
      try {
        if (path.dirname(target) !== outDir) await mkdir(path.dirname(target), { recursive: true });
        await writeFileAtomic(target, artifact.bytes ?? artifact.text ?? '');
      } catch (error) {
        io.stderr(`${path.relative(io.cwd, target) || target}: cannot be written: ${error instanceof Error ? error.message : String(error)}\n`);
        return EXIT_PROBLEMS;
      }
      io.stdout(`${path.relative(io.cwd, target) || target}\n`);
    }
    return EXIT_OK;
  } finally {
    await session.close();
  }
}
