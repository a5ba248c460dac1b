// DOCX for the export dialog: the Specification and its diagram pictures are made on the page
// (bpmn-js and the canvas need the DOM), the file itself in docx.worker.ts.

import { buildSpecificationWithDiagrams, exportBaseName, type ExportArtifact, type ProjectExportOptions } from '../../../models/export';
import { CancelledExportError, DOCX_MIME, type DocxImage } from '../../../models/export/docx';
import type { Project } from '../../../models/project/types';
import type { DocxWorkerMessage, DocxWorkerRequest } from './docx.worker';
import { rasteriseSvg } from './rasterise';

export interface DocxBuildOptions extends ProjectExportOptions {
  signal: { readonly aborted: boolean };
  /** 0..1 over pictures then the document. */
  onProgress: (fraction: number, stage: 'pictures' | 'document') => void;
  yieldToBrowser: () => Promise<void>;
}

export async function buildDocxInWorker(project: Project, options: DocxBuildOptions): Promise<ExportArtifact> {
  const check = (): void => {
    if (options.signal.aborted) throw new CancelledExportError();
  };
  const spec = await buildSpecificationWithDiagrams(project, options);
  check();
  const diagrams = [spec.landscape.diagram, ...spec.scenarios.flatMap((s) => (s.sequence ? [s.sequence] : [])), ...spec.processes.map((p) => p.diagram)].filter(
    (d) => d.svg !== undefined,
  );
  const pictures: Record<string, DocxImage> = {};
  for (const [index, diagram] of diagrams.entries()) {
    await options.yieldToBrowser();
    check();
    pictures[diagram.id] = { ...(await rasteriseSvg(diagram.svg!)), svg: diagram.svg! };
    options.onProgress(((index + 1) / diagrams.length) * 0.5, 'pictures');
  }
  check();
  const worker = new Worker(new URL('./docx.worker.ts', import.meta.url), { type: 'module' });
  try {
    const bytes = await new Promise<Uint8Array>((resolve, reject) => {
      // Stop ends the worker at once; the poll notices within a tenth of a second.
      const poll = setInterval(() => {
        if (options.signal.aborted) {
          clearInterval(poll);
          reject(new CancelledExportError());
        }
      }, 100);
      worker.onmessage = (event: MessageEvent<DocxWorkerMessage>) => {
        const message = event.data;
        if (message.kind === 'progress') options.onProgress(0.5 + (message.done / message.total) * 0.5, 'document');
        else {
          clearInterval(poll);
          if (message.kind === 'done') resolve(message.bytes);
          else reject(new Error(message.message));
        }
      };
      worker.onerror = (event) => {
        clearInterval(poll);
        reject(new Error(event.message || 'The Word writer stopped unexpectedly'));
      };
      const request: DocxWorkerRequest = { spec, pictures };
      worker.postMessage(request);
    });
    return { name: `${exportBaseName(project, options.scenarioId)}.docx`, mimeType: DOCX_MIME, bytes };
  } finally {
    worker.terminate();
  }
}
