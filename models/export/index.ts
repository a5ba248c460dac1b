// Exports of a project or one scenario: the format-neutral Specification and the renderers that
// need no browser (HTML, Markdown, JSON bundle, OpenAPI, BPMN, CSV, SVG). DOCX lives in ./docx,
// PDF/PNG and BPMN diagrams come from a browser through ExportOptions.bpmnSvg and the host.

export type {
  ExportArtifact,
  ExportFormat,
  ExportOptions,
  SpecApiOperation,
  SpecCallback,
  SpecCodeList,
  SpecCodeValue,
  SpecComponent,
  SpecDataElement,
  SpecDataProtectionFlow,
  SpecDiagram,
  SpecDiagramKind,
  SpecField,
  SpecInteraction,
  SpecMessage,
  SpecMetadata,
  SpecProcess,
  SpecScenario,
  SpecSchemaProperty,
  SpecStep,
  SpecTable,
  SpecTocEntry,
  Specification,
} from './types';
export { buildSpecification, UnknownScenarioError, type SpecificationOptions } from './specification';
export { DEFAULT_EXPORT_TEXT, type ExportText } from './text';
export {
  buildSpecificationWithDiagrams,
  diagramArtifacts,
  exportBaseName,
  exportProject,
  ExportFormatUnavailableError,
  isPlainExportFormat,
  PLAIN_EXPORT_FORMATS,
  type PlainExportFormat,
  type ProjectExportOptions,
} from './exportProject';
export { HTML_CSP, renderSpecificationHtml, type EmbeddedSection, type HtmlRenderOptions } from './html';
export { escapeHtml, inlineSvg } from './htmlText';
export { renderSpecificationMarkdown, type MarkdownRenderOptions } from './markdown';
export { escapeMarkdown } from './markdownText';
export { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, BUNDLE_SCHEMA_PATH, renderSpecificationJson, specificationBundle, type SpecificationBundle } from './json';
export { buildOpenApiDocuments, openApiYaml, usedOperations, type OpenApiDocumentGroup, type OpenApiExportOptions } from './openapi';
export { codeListsCsv, dictionaryCsv, interoperabilityCsv } from './csv';
