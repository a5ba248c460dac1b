// Headless rendering for the command line (PDF, PNG, BPMN diagrams as SVG); see headless.ts.
export { CHROMIUM_ENV, findChromium, installAdvice, type ChromiumSearch } from './findChromium';
export {
  createHeadlessSession,
  HeadlessUnavailableError,
  startHeadless,
  type HeadlessRenderer,
  type HeadlessSession,
  type PdfOptions,
} from './headless';
export { svgSize, fittingScale, type SvgSize } from './svgSize';
