// The web worker that writes the Word file, so packing a large specification (seconds for
// thousands of table rows) never freezes the page, and Stop can end it at once (terminate).
// Pictures are made on the page (a canvas) beforehand and come in by diagram id.

import { renderSpecificationDocx, type DocxImage } from '../../../models/export/docx';
import type { Specification } from '../../../models/export';

export interface DocxWorkerRequest {
  spec: Specification;
  pictures: Record<string, DocxImage>;
}

export type DocxWorkerMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; bytes: Uint8Array }
  | { kind: 'failed'; message: string };

const post = (message: DocxWorkerMessage, transfer: Transferable[] = []): void => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<DocxWorkerRequest>) => {
  const { spec, pictures } = event.data;
  try {
    const bytes = await renderSpecificationDocx(spec, {
      diagramImage: async (diagram) => pictures[diagram.id],
      onProgress: (done, total) => post({ kind: 'progress', done, total }),
    });
    post({ kind: 'done', bytes }, [bytes.buffer]);
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
