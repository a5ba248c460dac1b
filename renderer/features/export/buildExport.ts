// The export dialog's work: a project (or one scenario) → the files of a format, with progress
// and cancellation. Plain formats come from models/export; BPMN diagrams from a bpmn-js Viewer;
// PNG and Word pictures from the canvas. The work yields to the browser between steps so the
// dialog keeps painting its progress bar and the Stop button stays responsive; the Word file
// itself is packed in a worker.

import { buildSpecification, exportBaseName, exportProject, isPlainExportFormat, type ExportArtifact, type ExportFormat, type SpecTocEntry } from '../../../models/export';
import { CancelledExportError, exportRendererFormat } from '../../../models/export/docx';
import type { Project } from '../../../models/project/types';
import { createBpmnSvgRenderer } from './bpmnSvg';
import { buildDocxInWorker } from './docxInWorker';
import { rasteriseSvg } from './rasterise';

export const DIALOG_FORMATS: readonly ExportFormat[] = ['html', 'md', 'pdf', 'docx', 'json', 'openapi', 'bpmn', 'csv', 'svg', 'png'];

/** Formats whose documents draw BPMN diagrams. */
const WITH_BPMN_DIAGRAMS: ReadonlySet<ExportFormat> = new Set(['html', 'md', 'pdf', 'docx', 'svg', 'png']);

export type ExportStage = 'diagrams' | 'pictures' | 'document' | 'printing';

export interface ExportProgress {
  fraction: number;
  stage: ExportStage;
}

export interface BuiltExport {
  format: ExportFormat;
  files: ExportArtifact[];
  /** Name for the save dialog: the file's for one file, a folder's for several. */
  suggestedName: string;
  /** The HTML document to preview (html) and to print (pdf). */
  html?: string;
  /** The document's chapters, previewed for Word, whose pages only a word processor can show. */
  outline?: SpecTocEntry[];
}

export interface BuildRequest {
  project: Project;
  format: ExportFormat;
  scenarioId?: string;
  /** ISO time written into the document; null for none. */
  timestamp: string | null;
  onProgress: (progress: ExportProgress) => void;
  signal: { readonly aborted: boolean };
}

const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function buildExport(request: BuildRequest): Promise<BuiltExport> {
  const { project, format, signal, onProgress } = request;
  const check = (): void => {
    if (signal.aborted) throw new CancelledExportError();
  };
  const base = exportBaseName(project, request.scenarioId);
  const renderer = WITH_BPMN_DIAGRAMS.has(format) && project.processes.length > 0 ? createBpmnSvgRenderer(project) : undefined;
  let drawn = 0;
  const options = {
    ...(request.scenarioId !== undefined ? { scenarioId: request.scenarioId } : {}),
    ...(request.timestamp ? { timestamp: request.timestamp } : {}),
    ...(renderer
      ? {
          bpmnSvg: async (processId: string): Promise<string | undefined> => {
            await yieldToBrowser();
            check();
            const svg = await renderer.svgOf(processId);
            drawn += 1;
            onProgress({ fraction: Math.min(1, drawn / project.processes.length) * 0.5, stage: 'diagrams' });
            return svg;
          },
        }
      : {}),
  };
  try {
    onProgress({ fraction: 0, stage: 'diagrams' });
    await yieldToBrowser();
    let files: ExportArtifact[];
    let html: string | undefined;
    if (format === 'pdf' || format === 'html') {
      files = await exportProject(project, 'html', options);
      html = files[0]?.text;
    } else if (isPlainExportFormat(format)) {
      files = await exportProject(project, format, options);
    } else if (format === 'docx') {
      files = [
        await buildDocxInWorker(project, {
          ...options,
          signal,
          yieldToBrowser,
          onProgress: (fraction, stage) => onProgress({ fraction: 0.5 + fraction * 0.5, stage }),
        }),
      ];
    } else {
      const rasterise = async (svg: string) => {
        await yieldToBrowser();
        check();
        return rasteriseSvg(svg);
      };
      files = await exportRendererFormat(project, format, { rasterise }, {
        ...options,
        signal,
        onProgress: (fraction, stage) => onProgress({ fraction: 0.5 + fraction * 0.5, stage }),
      });
    }
    check();
    onProgress({ fraction: 1, stage: 'document' });
    const suggestedName =
      format === 'pdf' ? `${base}.pdf` : files.length === 1 ? files[0]!.name : `${base}-${format}`;
    const outline = format === 'docx' ? buildSpecification(project, options).toc : undefined;
    return { format, files, suggestedName, ...(html !== undefined ? { html } : {}), ...(outline ? { outline } : {}) };
  } finally {
    renderer?.dispose();
  }
}

/** "12.3 kB" style sizes for the file list. */
export function byteSize(file: ExportArtifact): number {
  if (file.bytes) return file.bytes.byteLength;
  return new TextEncoder().encode(file.text ?? '').byteLength;
}
