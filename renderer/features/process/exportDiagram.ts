// PNG of a BPMN diagram: bpmn-js gives SVG; the browser draws it on a canvas at twice the size
// so the picture stays sharp on slides and in documents.

const PNG_SCALE = 2;

export async function svgToPng(svg: string): Promise<Uint8Array> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.ceil(image.naturalWidth * PNG_SCALE));
    canvas.height = Math.max(1, Math.ceil(image.naturalHeight * PNG_SCALE));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Canvas 2D is not available');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The PNG could not be made');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** "Child Grant: payment" → "child-grant-payment" for file names. */
export function exportBaseName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return base === '' ? 'process' : base;
}
