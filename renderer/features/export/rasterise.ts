// SVG → PNG in the renderer for the PNG and Word exports: the browser draws the picture on a
// canvas at twice its size (sharp in documents and on slides), as the process editor does.

import type { Rasterised } from '../../../models/export/docx';
import { svgToPng } from '../process/exportDiagram';

const size = async (svg: string): Promise<{ width: number; height: number }> => {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    return { width: Math.max(1, image.naturalWidth), height: Math.max(1, image.naturalHeight) };
  } finally {
    URL.revokeObjectURL(url);
  }
};

export async function rasteriseSvg(svg: string): Promise<Rasterised> {
  const [png, dimensions] = await Promise.all([svgToPng(svg), size(svg)]);
  return { png, ...dimensions };
}
