// DOCX export of a Specification (renderDocx.ts), and the routing of the formats that need a
// renderer from outside models/ — PDF, PNG, DOCX pictures (rendererFormats.ts).
export { DOCX_MIME, renderSpecificationDocx, type DocxImage, type DocxOptions } from './renderDocx';
export {
  CancelledExportError,
  exportRendererFormat,
  isRendererFormat,
  pngNameOf,
  RENDERER_FORMATS,
  RendererMissingError,
  type Rasterised,
  type RendererExportOptions,
  type RendererFormat,
  type Renderers,
} from './rendererFormats';
export { PRINT_FIT_CSS, withPrintFit } from './printFit';
export { fixZipTimestamps } from './zipTimestamps';
