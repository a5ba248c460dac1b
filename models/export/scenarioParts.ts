// The parts of a scenario that models/scenario draws and tabulates (sequence diagram as SVG and
// Mermaid, the interoperability table), adapted to the Specification's neutral shapes.

import { buildInteropTable, buildSequence, renderSequenceMermaid, renderSequenceSvg, type InteropRow } from '../scenario';
import type { Project, Scenario } from '../project/types';
import { anchorOf, fileNameOf } from './anchors';
import type { ExportText } from './text';
import type { SpecDiagram, SpecTable } from './types';

/** The scenario's sequence diagram, or null when no step performs an interaction. */
export function scenarioSequence(project: Project, scenario: Scenario, title: string, text: ExportText): SpecDiagram | null {
  const diagram = buildSequence(project, scenario);
  if (diagram.messages.length === 0) return null;
  const id = anchorOf('diagram-sequence', scenario.id);
  return {
    id,
    kind: 'sequence',
    title,
    fileName: fileNameOf(scenario.id, '.sequence.svg'),
    svg: renderSequenceSvg(diagram, { idPrefix: id, titlePrefix: text.sequenceDiagram }),
    mermaid: renderSequenceMermaid(diagram),
  };
}

/** "Sent: A, B" and "Returned: C" lines: one list per direction reads faster than a tag per element. */
function dataExchanged(row: InteropRow, text: ExportText): string {
  return (['request', 'response'] as const)
    .map((direction) => {
      const names = row.dataElements.filter((d) => d.direction === direction).map((d) => d.name);
      return names.length > 0 ? `${text.direction[direction]}: ${[...new Set(names)].join(', ')}` : '';
    })
    .filter((line) => line !== '')
    .join('\n');
}

function interopCells(row: InteropRow, text: ExportText): string[] {
  const operation = row.apiOperation;
  const api = operation
    ? operation.method && operation.path
      ? `${operation.method} ${operation.path}`
      : (operation.operationId ?? operation.contractName)
    : '';
  return [
    `${row.stepNumber}. ${row.stepTitle}`,
    row.initiator?.name ?? '',
    row.counterpart?.name ?? '',
    row.description,
    row.operationKindName ?? '',
    row.timing ? text.timing[row.timing] : '',
    row.technique,
    dataExchanged(row, text),
    api,
    [row.legalBasisName, row.legalReference].filter((part): part is string => !!part).join('\n'),
    row.securitySummary,
  ];
}

export function scenarioInteroperability(project: Project, scenario: Scenario, text: ExportText): SpecTable {
  return { headers: [...text.interopHeaders], rows: buildInteropTable(project, scenario).map((row) => interopCells(row, text)) };
}
