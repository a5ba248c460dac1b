// exportProject: a project (or one scenario) → the files of one format. Formats that need a
// browser or a library outside models (pdf, png, docx) are refused with ExportFormatUnavailableError
// so callers can route them to the code that has one.

import { stepsOfProcess, type StepInfo } from '../process/steps';
import { ANNEX_CSS, buildAnnex, renderAnnexCsv, renderAnnexHtmlSection, renderAnnexMarkdown, renderDpiaCsv, type AnnexOptions } from '../privacy';
import { slugify } from '../project/ids';
import type { Project } from '../project/types';
import { safeIdPart } from './anchors';
import { codeListsCsv, dictionaryCsv, interoperabilityCsv } from './csv';
import { renderSpecificationHtml } from './html';
import { renderSpecificationJson } from './json';
import { renderSpecificationMarkdown } from './markdown';
import { buildOpenApiDocuments, openApiYaml } from './openapi';
import { buildSpecification } from './specification';
import { DEFAULT_EXPORT_TEXT, type ExportText } from './text';
import type { ExportArtifact, ExportFormat, ExportOptions, SpecDiagram, Specification } from './types';

/** The formats exportProject writes itself, in plain TypeScript. */
export const PLAIN_EXPORT_FORMATS = ['html', 'md', 'json', 'openapi', 'bpmn', 'csv', 'svg'] as const;
export type PlainExportFormat = (typeof PLAIN_EXPORT_FORMATS)[number];

export const isPlainExportFormat = (format: string): format is PlainExportFormat => (PLAIN_EXPORT_FORMATS as readonly string[]).includes(format);

/** pdf, png and docx are rendered elsewhere (a browser, the docx library). */
export class ExportFormatUnavailableError extends Error {
  constructor(readonly format: ExportFormat) {
    super(`The ${format} export is not produced by models/export: it needs a browser or the DOCX writer`);
    this.name = 'ExportFormatUnavailableError';
  }
}

export interface ProjectExportOptions extends ExportOptions {
  text?: ExportText;
}

const SVG = 'image/svg+xml';

/** File name stem: the scenario id, or the project name as a slug. */
export function exportBaseName(project: Project, scenarioId?: string): string {
  return scenarioId !== undefined ? safeIdPart(scenarioId) : slugify(project.project.name);
}

/** Names of the BPMN elements of a scenario's process, read through the shared parse cache. */
async function elementNames(project: Project, processId: string | undefined): Promise<Map<string, string>> {
  const process = project.processes.find((p) => p.id === processId);
  if (!process) return new Map();
  const steps = await stepsOfProcess(process).then((r) => r.steps, () => [] as StepInfo[]);
  return new Map(steps.filter((s) => s.name.trim() !== '').map((s) => [s.elementId, s.name]));
}

/**
 * The Specification completed with what needs asynchronous work: the names of the BPMN steps
 * scenario steps point at, and the BPMN diagrams options.bpmnSvg can draw.
 */
export async function buildSpecificationWithDiagrams(project: Project, options: ProjectExportOptions = {}): Promise<Specification> {
  const spec = buildSpecification(project, options);
  const scenarios = [];
  for (const s of spec.scenarios) {
    const names = await elementNames(project, project.scenarios.find((x) => x.id === s.id)?.processId);
    scenarios.push({
      ...s,
      steps: s.steps.map((step) => {
        const name = step.bpmnElementId !== undefined ? names.get(step.bpmnElementId) : undefined;
        return name !== undefined ? { ...step, bpmnElementName: name } : step;
      }),
    });
  }
  const processes = [];
  for (const p of spec.processes) {
    const svg = options.bpmnSvg ? await options.bpmnSvg(p.id) : undefined;
    processes.push(svg ? { ...p, diagram: { ...p.diagram, svg } } : p);
  }
  return { ...spec, scenarios, processes };
}

/** Every diagram of the specification that has SVG, each as its own file. */
export function diagramArtifacts(spec: Specification): ExportArtifact[] {
  const diagrams: SpecDiagram[] = [spec.landscape.diagram, ...spec.scenarios.flatMap((s) => (s.sequence ? [s.sequence] : [])), ...spec.processes.map((p) => p.diagram)];
  return diagrams.filter((d) => d.svg).map((d) => ({ name: d.fileName, mimeType: SVG, text: d.svg! }));
}

/**
 * The steps of every process, through the per-process parse cache the validator and the views
 * share (models/process/steps), so an export right after a check parses no BPMN again. A process
 * whose BPMN cannot be read contributes no steps (the validator reports it).
 */
async function processSteps(project: Project): Promise<StepInfo[]> {
  const perProcess = await Promise.all(project.processes.map((p) => stepsOfProcess(p).then((r) => r.steps, () => [] as StepInfo[])));
  return perProcess.flat();
}

/** Options of the data-protection annex (models/privacy) for the export's scope and time. */
async function annexOptions(project: Project, options: ProjectExportOptions): Promise<AnnexOptions> {
  return {
    ...(options.scenarioId !== undefined ? { scenarioId: options.scenarioId } : {}),
    ...(options.timestamp ? { generatedAt: options.timestamp } : {}),
    steps: await processSteps(project),
  };
}

export async function exportProject(project: Project, format: ExportFormat, options: ProjectExportOptions = {}): Promise<ExportArtifact[]> {
  const text = options.text ?? DEFAULT_EXPORT_TEXT;
  const base = exportBaseName(project, options.scenarioId);
  switch (format) {
    case 'html': {
      const spec = await buildSpecificationWithDiagrams(project, options);
      const annex = await annexOptions(project, options);
      const html = renderSpecificationHtml(spec, { text, annex: { title: buildAnnex(project, annex).title, html: renderAnnexHtmlSection(project, annex), css: ANNEX_CSS } });
      return [{ name: `${base}.html`, mimeType: 'text/html', text: html }];
    }
    case 'md': {
      const spec = await buildSpecificationWithDiagrams(project, options);
      const annex = await annexOptions(project, options);
      const markdown = renderSpecificationMarkdown(spec, { text, annex: { title: buildAnnex(project, annex).title, markdown: renderAnnexMarkdown(project, annex) } });
      return [{ name: `${base}.md`, mimeType: 'text/markdown', text: markdown }, ...diagramArtifacts(spec)];
    }
    case 'svg':
      return diagramArtifacts(await buildSpecificationWithDiagrams(project, options));
    case 'json':
      return [{ name: `${base}.json`, mimeType: 'application/json', text: renderSpecificationJson(await buildSpecificationWithDiagrams(project, { ...options, bpmnSvg: undefined })) }];
    case 'openapi': {
      const spec = buildSpecification(project, options);
      const ids = new Set(spec.landscape.interactions.map((i) => i.id));
      const groups = buildOpenApiDocuments(
        project,
        project.interactions.filter((i) => ids.has(i.id)),
        { title: `${spec.title}: ${text.apiOperations}`, version: project.project.updated },
      );
      // The first document keeps the plain name; one whose paths clash with it is named after its contract.
      return groups.map((group, index) => ({
        name: index === 0 ? `${base}.openapi.yaml` : `${base}.${safeIdPart(group.contractIds[0]!)}.openapi.yaml`,
        mimeType: 'application/yaml',
        text: openApiYaml(group.document),
      }));
    }
    case 'bpmn': {
      const spec = buildSpecification(project, options);
      const byId = new Map(project.processes.map((p) => [p.id, p]));
      return spec.processes.map((p) => ({ name: p.bpmnFileName, mimeType: 'application/xml', text: byId.get(p.id)!.bpmn }));
    }
    case 'csv': {
      const spec = buildSpecification(project, options);
      const files: ExportArtifact[] = [];
      if (spec.scenarios.length > 0) files.push({ name: `${base}.interoperability.csv`, mimeType: 'text/csv', text: interoperabilityCsv(spec, text) });
      files.push({ name: `${base}.dictionary.csv`, mimeType: 'text/csv', text: dictionaryCsv(project, spec) });
      files.push({ name: `${base}.code-lists.csv`, mimeType: 'text/csv', text: codeListsCsv(project, spec) });
      const annex = await annexOptions(project, options);
      files.push({ name: `${base}.processing-record.csv`, mimeType: 'text/csv', text: renderAnnexCsv(project, annex) });
      files.push({ name: `${base}.dpia-screening.csv`, mimeType: 'text/csv', text: renderDpiaCsv(project, annex) });
      return files;
    }
    case 'pdf':
    case 'png':
    case 'docx':
      throw new ExportFormatUnavailableError(format);
  }
}
