// Specification → DOCX (Word, LibreOffice) with the docx library: real headings (Word's
// navigation pane lists them), tables with repeating header rows, diagrams as pictures. Wide
// tables (the interoperability table, the record of processing) get landscape pages of their
// own. The bytes are deterministic: core properties carry the project's own dates (or the
// export's timestamp) and the zip entries one fixed date.

import { Document, Packer, Paragraph, type FileChild } from 'docx';
import { escapeXml } from '../../text/escapeXml';
import { DEFAULT_EXPORT_TEXT, type ExportText } from '../text';
import type { SpecApiOperation, SpecDiagram, SpecMessage, SpecScenario, Specification } from '../types';
import { heading, image, italic, labelled, paragraph, runs, sectionProperties, table, tableParagraphStyles, title, type DocxImage, type Orientation } from './layout';
import { xmlSafe } from './plainText';
import { fixZipTimestamps } from './zipTimestamps';

export type { DocxImage } from './layout';

export interface DocxOptions {
  /** Labels in the document's language; English when absent. */
  text?: ExportText;
  /**
   * The picture of a diagram (the CLI rasterises with a headless browser, the app on a canvas).
   * Undefined, or no callback: the document names the diagram's file instead.
   */
  diagramImage?: (diagram: SpecDiagram) => Promise<DocxImage | undefined>;
  /** Progress after each chapter, for the export dialog. */
  onProgress?: (done: number, total: number) => void;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Collects content into sections, opening a new one when the page orientation changes. */
class Sections {
  readonly sections: { orientation: Orientation; children: FileChild[] }[] = [];

  add(orientation: Orientation, ...children: FileChild[]): void {
    const last = this.sections[this.sections.length - 1];
    if (last && last.orientation === orientation) last.children.push(...children);
    else this.sections.push({ orientation, children: [...children] });
  }
}

const join = (values: readonly string[]): string => values.join(', ');

async function diagramBlock(diagram: SpecDiagram, options: DocxOptions, text: ExportText, fallbackFile: string): Promise<Paragraph> {
  const picture = options.diagramImage ? await options.diagramImage(diagram) : undefined;
  if (picture) return image(picture, diagram.title, 'portrait');
  return italic(text.process.diagramInFile.replace('{file}', fallbackFile));
}

function aboutChapter(spec: Specification, text: ExportText, out: Sections): void {
  const m = spec.metadata;
  out.add('portrait', title(spec.title), italic(spec.scenarioId === null ? `${text.specification} · ${text.wholeProject}` : `${text.specification} · ${m.name}`));
  out.add('portrait', heading(text.about, 1));
  if (m.description) out.add('portrait', paragraph(m.description));
  if (m.country) out.add('portrait', labelled(text.country, m.country));
  if (m.programme) out.add('portrait', labelled(text.programme, m.programme));
  if (m.authors.length > 0) out.add('portrait', labelled(text.authors, join(m.authors)));
  if (m.licence) out.add('portrait', labelled(text.licence, m.licence));
  out.add('portrait', labelled(text.created, m.created), labelled(text.updated, m.updated));
  if (m.generatedAt) out.add('portrait', labelled(text.generatedAt, m.generatedAt));
}

async function scenarioChapter(scenario: SpecScenario, text: ExportText, options: DocxOptions, out: Sections): Promise<void> {
  out.add('portrait', heading(scenario.title, 2));
  for (const field of scenario.fields) {
    if (field.text.trim() === '') continue;
    out.add('portrait', heading(field.label, 3), paragraph(field.text));
  }
  if (scenario.steps.length > 0) {
    out.add('portrait', heading(text.steps, 3));
    for (const step of scenario.steps) {
      out.add('portrait', heading(`${step.number}. ${step.title}`, 4));
      if (step.interactions.length > 0) out.add('portrait', labelled(text.step.interactions, join(step.interactions)));
      if (step.bpmnElementId) out.add('portrait', labelled(text.step.bpmnElement, step.bpmnElementId));
      if (step.preconditions) out.add('portrait', labelled(text.step.preconditions, step.preconditions));
      if (step.postconditions) out.add('portrait', labelled(text.step.postconditions, step.postconditions));
      if (step.errorHandling) out.add('portrait', labelled(text.step.errorHandling, step.errorHandling));
      if (step.notes) out.add('portrait', labelled(text.step.notes, step.notes));
    }
  }
  if (scenario.sequence) {
    out.add('portrait', heading(text.sequenceDiagram, 3), await diagramBlock(scenario.sequence, options, text, scenario.sequence.fileName));
  }
  if (scenario.interoperability.rows.length > 0) {
    out.add(
      'landscape',
      heading(`${text.interoperabilityTable}: ${scenario.title}`, 3),
      table({ ...scenario.interoperability, orientation: 'landscape', weights: [1.1, 0.9, 0.9, 1.6, 0.8, 0.8, 0.9, 1.6, 1.1, 1, 1] }),
    );
  }
}

function messageTable(message: SpecMessage, text: ExportText): FileChild[] {
  const label = message.mediaType ? `${message.label} (${message.mediaType})` : message.label;
  const blocks: FileChild[] = [new Paragraph({ children: runs(label, { bold: true }), spacing: { before: 120, after: 60 } })];
  if (message.description) blocks.push(paragraph(message.description));
  if (message.properties.length === 0) {
    blocks.push(italic(text.operation.noBody));
    return blocks;
  }
  blocks.push(
    table({
      orientation: 'portrait',
      headers: [text.operation.property, text.operation.type, text.operation.required, text.operation.description, text.operation.dataElement],
      weights: [1.6, 0.8, 0.6, 1.8, 1.1],
      rows: message.properties.map((p) => [`${'  '.repeat(p.depth)}${p.name}`, p.type, p.required ? text.yes : text.no, p.description ?? '', p.dataElement ?? '']),
    }),
  );
  return blocks;
}

function operationChapter(op: SpecApiOperation, text: ExportText, out: Sections): void {
  out.add('portrait', heading(`${op.method} ${op.path}`, 2));
  out.add('portrait', labelled(text.operation.contract, `${op.contractName} ${op.contractVersion}`));
  if (op.operationId) out.add('portrait', labelled('operationId', op.operationId));
  if (op.summary) out.add('portrait', paragraph(op.summary));
  if (op.description) out.add('portrait', paragraph(op.description));
  if (op.usedBy.length > 0) out.add('portrait', labelled(text.operation.usedBy, join(op.usedBy)));
  if (op.parameters.length > 0) {
    out.add(
      'portrait',
      heading(text.operation.parameters, 3),
      table({
        orientation: 'portrait',
        headers: [text.operation.property, text.operation.parameterIn, text.operation.type, text.operation.required, text.operation.description],
        weights: [1.3, 0.7, 0.8, 0.7, 2.2],
        rows: op.parameters.map((p) => [p.name, p.in, p.type, p.required ? text.yes : text.no, p.description ?? '']),
      }),
    );
  }
  if (op.request) out.add('portrait', heading(text.operation.request, 3), ...messageTable(op.request, text));
  if (op.responses.length > 0) {
    out.add('portrait', heading(text.operation.responses, 3));
    for (const response of op.responses) out.add('portrait', ...messageTable(response, text));
  }
  if (op.callbacks.length > 0) {
    out.add('portrait', heading(text.operation.callbacks, 3));
    for (const callback of op.callbacks) {
      out.add('portrait', labelled(callback.name, `${callback.method} ${callback.expression}`));
      if (callback.summary) out.add('portrait', paragraph(callback.summary));
      if (callback.request) out.add('portrait', ...messageTable(callback.request, text));
    }
  }
}

function protectionChapter(spec: Specification, text: ExportText, out: Sections): void {
  const p = text.protection;
  const security = (flow: Specification['dataProtection'][number]): string =>
    [
      flow.authentication ? `${p.authentication}: ${flow.authentication}` : '',
      flow.encryptionInTransit ? `${p.encryptionInTransit}: ${flow.encryptionInTransit}` : '',
      flow.signing ? `${p.signing}: ${flow.signing}` : '',
      flow.dpiaReference ? `${p.dpiaReference}: ${flow.dpiaReference}` : '',
    ]
      .filter((line) => line !== '')
      .join('\n');
  out.add(
    'landscape',
    heading(text.dataProtection, 1),
    table({
      orientation: 'landscape',
      headers: [p.flow, p.recipientSector, p.sensitivity, p.personalData, p.legalBasis, p.purpose, p.retention, p.crossBorder, text.interopHeaders[10] ?? 'Security'],
      weights: [1.5, 0.8, 0.8, 1.6, 1.3, 1.3, 0.9, 0.7, 1.5],
      rows: spec.dataProtection.map((flow) => [
        `${flow.interaction}\n${flow.from} → ${flow.to}`,
        flow.recipientSector,
        flow.sensitivity,
        flow.personalData.length > 0 ? join(flow.personalData) : text.none,
        [flow.legalBasis, flow.legalReference].filter(Boolean).join('\n'),
        flow.purpose ?? '',
        flow.retention ?? '',
        flow.crossBorder ?? '',
        security(flow),
      ]),
    }),
  );
}

/** The core-properties part with fixed dates, so two exports of one document are byte-identical. */
function coreProperties(spec: Specification): string {
  const created = spec.metadata.created;
  const modified = spec.metadata.generatedAt ?? spec.metadata.updated;
  const safe = (s: string): string => escapeXml(xmlSafe(s));
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${safe(spec.title)}</dc:title>` +
    (spec.metadata.authors.length > 0 ? `<dc:creator>${safe(spec.metadata.authors.join('; '))}</dc:creator>` : '') +
    (spec.metadata.description ? `<dc:description>${safe(spec.metadata.description)}</dc:description>` : '') +
    '<cp:lastModifiedBy>Convergence Studio</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${safe(created)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${safe(modified)}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export async function renderSpecificationDocx(spec: Specification, options: DocxOptions = {}): Promise<Uint8Array> {
  const text = options.text ?? DEFAULT_EXPORT_TEXT;
  const out = new Sections();
  const chapters = 6;
  let done = 0;
  const step = (): void => options.onProgress?.((done += 1), chapters);

  aboutChapter(spec, text, out);
  step();

  if (spec.scenarios.length > 0) {
    out.add('portrait', heading(text.scenarios, 1));
    for (const scenario of spec.scenarios) await scenarioChapter(scenario, text, options, out);
  }
  step();

  out.add('portrait', heading(text.landscape, 1), await diagramBlock(spec.landscape.diagram, options, text, spec.landscape.diagram.fileName));
  const c = text.component;
  out.add(
    'portrait',
    heading(text.components, 2),
    table({
      orientation: 'portrait',
      headers: [c.name, c.type, c.ownerAgency, c.sector, c.standards],
      weights: [1.5, 1.1, 1.3, 0.7, 1.2],
      rows: spec.landscape.components.map((x) => [x.name, x.type, x.ownerAgency ?? '', x.sector, join(x.standards)]),
    }),
  );
  const i = text.interaction;
  if (spec.landscape.interactions.length > 0) {
    out.add(
      'landscape',
      heading(text.interactions, 2),
      table({
        orientation: 'landscape',
        headers: [i.name, i.from, i.to, i.pattern, i.operationKind, i.protocol, i.apiOperation, i.purpose],
        weights: [1.6, 1.1, 1.1, 1, 0.8, 0.8, 1.2, 1.6],
        rows: spec.landscape.interactions.map((x) => [x.name, x.from, x.to, `${x.pattern} (${x.timing})`, x.operationKind, x.protocol, x.apiOperation ?? '', x.purpose ?? '']),
      }),
    );
  }
  step();

  if (spec.processes.length > 0) {
    out.add('portrait', heading(text.processes, 1));
    for (const process of spec.processes) {
      out.add('portrait', heading(process.name, 2), labelled(text.process.phase, process.phase), labelled(text.process.bpmnFile, process.bpmnFileName));
      if (process.description) out.add('portrait', paragraph(process.description));
      out.add('portrait', await diagramBlock(process.diagram, options, text, process.bpmnFileName));
    }
  }
  step();

  if (spec.dataElements.length > 0) {
    const d = text.dataElement;
    out.add(
      'landscape',
      heading(text.dataElements, 1),
      table({
        orientation: 'landscape',
        headers: [d.name, d.definition, d.type, d.codeList, d.sensitivity, d.standards, d.carriedBy],
        weights: [1.2, 2.4, 0.8, 1, 0.8, 1, 1.4],
        rows: spec.dataElements.map((e) => [
          e.name,
          e.definition,
          e.format ? `${e.type} (${e.format})` : e.type,
          e.codeListName ?? '',
          e.sensitivity,
          join(e.standards),
          join(e.carriedBy),
        ]),
      }),
    );
  }
  if (spec.codeLists.length > 0) {
    out.add('portrait', heading(text.codeLists, 1));
    for (const list of spec.codeLists) {
      out.add('portrait', heading(list.name, 2));
      if (list.description) out.add('portrait', paragraph(list.description));
      out.add(
        'portrait',
        table({
          orientation: 'portrait',
          headers: [text.codeValue.code, text.codeValue.label, text.codeValue.definition],
          weights: [0.8, 1.4, 2.4],
          rows: list.values.map((v) => [v.code, v.label, v.definition ?? '']),
        }),
      );
    }
  }
  step();

  if (spec.apiOperations.length > 0) {
    out.add('portrait', heading(text.apiOperations, 1));
    for (const op of spec.apiOperations) operationChapter(op, text, out);
  }
  if (spec.dataProtection.length > 0) protectionChapter(spec, text, out);
  step();

  const document = new Document({
    title: xmlSafe(spec.title),
    creator: 'Convergence Studio',
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } }, paragraphStyles: tableParagraphStyles },
    sections: out.sections.map((section) => ({ properties: sectionProperties(section.orientation), children: section.children })),
  });
  const zipped = new Uint8Array(await Packer.toArrayBuffer(document, false, [{ path: 'docProps/core.xml', data: coreProperties(spec) }]));
  return fixZipTimestamps(zipped, spec.metadata.generatedAt ?? spec.metadata.updated);
}
