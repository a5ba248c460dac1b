// The export formats that need something models/ does not have: PDF (a browser's printer), PNG
// (a rasteriser) and DOCX (pictures of the diagrams, from the rasteriser). The command line
// passes a headless Chromium, the app its own canvas and printer; the routing and file naming
// live here once so both write the same files.

import { buildSpecificationWithDiagrams, exportBaseName, exportProject, type ProjectExportOptions } from '../exportProject';
import type { ExportArtifact, SpecDiagram } from '../types';
import { DOCX_MIME, renderSpecificationDocx, type DocxImage } from './renderDocx';
import { pinPdfDates } from '../pdfDates';

export const RENDERER_FORMATS = ['pdf', 'png', 'docx'] as const;
export type RendererFormat = (typeof RENDERER_FORMATS)[number];
export const isRendererFormat = (format: string): format is RendererFormat => (RENDERER_FORMATS as readonly string[]).includes(format);

export interface Rasterised {
  png: Uint8Array;
  /** The picture's size in CSS pixels. */
  width: number;
  height: number;
}

export interface Renderers {
  /** SVG → PNG; absent: PNG export is impossible and DOCX names the diagram files instead. */
  rasterise?: (svg: string) => Promise<Rasterised>;
  /** A complete HTML document → PDF bytes. */
  printPdf?: (html: string) => Promise<Uint8Array>;
}

export interface RendererExportOptions extends ProjectExportOptions {
  /** Progress as a fraction 0..1 with what is being done, for dialogs and the terminal. */
  onProgress?: (fraction: number, stage: 'diagrams' | 'pictures' | 'document' | 'printing') => void;
  /** Checked between steps; a cancelled export stops with a CancelledExportError. */
  signal?: { readonly aborted: boolean };
}

/** The format needs a renderer the caller did not pass (no browser was found, for instance). */
export class RendererMissingError extends Error {
  constructor(readonly format: RendererFormat, readonly renderer: keyof Renderers) {
    super(`The ${format} export needs a ${renderer === 'printPdf' ? 'PDF printer' : 'rasteriser'}, and none is available`);
    this.name = 'RendererMissingError';
  }
}

export class CancelledExportError extends Error {
  constructor() {
    super('The export was cancelled');
    this.name = 'CancelledExportError';
  }
}

const PNG = 'image/png';

function checkCancelled(options: RendererExportOptions): void {
  if (options.signal?.aborted) throw new CancelledExportError();
}

/** "landscape.svg" → "landscape.png", "x.bpmn.svg" → "x.bpmn.png". */
export const pngNameOf = (svgName: string): string => svgName.replace(/\.svg$/i, '') + '.png';

export async function exportRendererFormat(
  project: Parameters<typeof exportProject>[0],
  format: RendererFormat,
  renderers: Renderers,
  options: RendererExportOptions = {},
): Promise<ExportArtifact[]> {
  const progress = options.onProgress ?? (() => undefined);
  checkCancelled(options);
  switch (format) {
    case 'pdf': {
      if (!renderers.printPdf) throw new RendererMissingError(format, 'printPdf');
      progress(0, 'document');
      const [html] = await exportProject(project, 'html', options);
      checkCancelled(options);
      progress(0.5, 'printing');
      const printed = await renderers.printPdf(html!.text!);
      const bytes = pinPdfDates(printed, options.timestamp ?? project.project.updated);
      progress(1, 'printing');
      return [{ name: html!.name.replace(/\.html$/, '.pdf'), mimeType: 'application/pdf', bytes }];
    }
    case 'png': {
      const rasterise = renderers.rasterise;
      if (!rasterise) throw new RendererMissingError(format, 'rasterise');
      progress(0, 'diagrams');
      const svgs = await exportProject(project, 'svg', options);
      const files: ExportArtifact[] = [];
      for (const [index, svg] of svgs.entries()) {
        checkCancelled(options);
        const picture = await rasterise(svg.text!);
        files.push({ name: pngNameOf(svg.name), mimeType: PNG, bytes: picture.png });
        progress((index + 1) / svgs.length, 'pictures');
      }
      return files;
    }
    case 'docx': {
      progress(0, 'diagrams');
      const spec = await buildSpecificationWithDiagrams(project, options);
      checkCancelled(options);
      const rasterise = renderers.rasterise;
      const diagramImage = rasterise
        ? async (diagram: SpecDiagram): Promise<DocxImage | undefined> => {
            if (!diagram.svg) return undefined;
            checkCancelled(options);
            const picture = await rasterise(diagram.svg);
            return { ...picture, svg: diagram.svg };
          }
        : undefined;
      const bytes = await renderSpecificationDocx(spec, {
        ...(options.text ? { text: options.text } : {}),
        ...(diagramImage ? { diagramImage } : {}),
        onProgress: (done, total) => progress(done / total, 'document'),
      });
      checkCancelled(options);
      return [{ name: `${exportBaseName(project, options.scenarioId)}.docx`, mimeType: DOCX_MIME, bytes }];
    }
  }
}
