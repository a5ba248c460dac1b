// The data-protection annex: record of processing, DPIA screening and their renderers.

export type {
  AnnexOptions,
  DpiaAnswer,
  DpiaCriterionId,
  DpiaEvidence,
  DpiaScreeningItem,
  DpiaSummary,
  PrivacyOptions,
  ProcessingCategory,
  ProcessingDataElement,
  ProcessingParty,
  ProcessingRecordRow,
} from './types';
export { buildProcessingRecord } from './processingRecord';
export { screenDpia, summariseDpia, largestQuantity, LARGE_SCALE_THRESHOLD } from './dpiaScreening';
export { collectProcessSteps } from './scope';
export { buildAnnex, EVIDENCE_SHOWN, evidenceLabels, type Annex } from './annex';
export { escapeMarkdown, renderAnnexMarkdown } from './renderMarkdown';
export { ANNEX_CSS, escapeHtml, renderAnnexHtmlDocument, renderAnnexHtmlSection } from './renderHtml';
export { csvCell, renderAnnexCsv, renderDpiaCsv } from './renderCsv';
