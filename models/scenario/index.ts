// Scenarios: the sequence diagram (model, SVG, Mermaid), the interoperability table, "fill from
// process" and the pure edits the scenario editor performs.

export {
  buildSequence,
  messageShape,
  DEFAULT_SEQUENCE_TEXT,
  type SequenceDiagram,
  type SequenceMessage,
  type SequenceMessageKind,
  type SequenceParticipant,
  type SequenceStep,
  type SequenceText,
} from './sequence';
export { renderSequenceSvg, type SequenceSvgOptions } from './sequenceSvg';
export { renderSequenceMermaid, escapeMermaidText } from './sequenceMermaid';
export {
  buildInteropTable,
  resolveOperation,
  securitySummary,
  type InteropDataElement,
  type InteropOperation,
  type InteropParty,
  type InteropRow,
} from './interop';
export { proposeStepsFromProcess, proposeStepsFromOrderedSteps, readFlowOrder, isScenarioWorthy, type FlowOrder } from './propose';
export { createScenario, duplicateScenario, createStep, moveItem } from './edit';
export { wrapText } from './textFit';
