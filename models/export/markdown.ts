// The specification as Markdown: GitHub/GitLab render the Mermaid sequence diagrams in place; the
// landscape and (when a browser drew them) BPMN diagrams are SVG files beside the document,
// referenced by relative links. All user text goes through ./markdownText.

import { bpmnStepLabel } from './html';
import { dataProtectionTable } from './dataProtectionTable';
import { escapeMarkdown, markdownCell, markdownParagraphs, markdownTable } from './markdownText';
import { DEFAULT_EXPORT_TEXT, type ExportText } from './text';
import type { SpecApiOperation, SpecDiagram, SpecMessage, SpecScenario, SpecTable, Specification } from './types';

const markdownTableOf = (t: SpecTable): string => markdownTable(t.headers, t.rows);

function facts(entries: Array<[string, string | undefined]>): string {
  return entries
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `- **${escapeMarkdown(k)}:** ${markdownCell(v)}`)
    .join('\n');
}

/** An image link to a diagram file beside the document; names come from sanitised ids. */
function image(diagram: SpecDiagram): string {
  return `![${escapeMarkdown(diagram.title)}](${diagram.fileName})`;
}

function scenarioPart(s: SpecScenario, text: ExportText): string {
  const parts: string[] = [`<a id="${s.anchor}"></a>`, '', `### ${escapeMarkdown(s.title)}`, ''];
  for (const field of s.fields) parts.push(`#### ${escapeMarkdown(field.label)}`, '', markdownParagraphs(field.text), '');
  if (s.steps.length > 0) {
    parts.push(`#### ${escapeMarkdown(text.steps)}`, '');
    for (const step of s.steps) {
      parts.push(`${step.number}. **${escapeMarkdown(step.title)}**`);
      const details = facts([
        [text.step.bpmnElement, bpmnStepLabel(step)],
        [text.step.interactions, step.interactions.join('\n')],
        [text.step.notes, step.notes],
        [text.step.preconditions, step.preconditions],
        [text.step.postconditions, step.postconditions],
        [text.step.errorHandling, step.errorHandling],
      ]);
      if (details) parts.push(details.replace(/^/gm, '   '));
    }
    parts.push('');
  }
  if (s.sequence) {
    parts.push(`#### ${escapeMarkdown(text.sequenceDiagram)}`, '');
    if (s.sequence.mermaid) parts.push('```mermaid', s.sequence.mermaid.trimEnd(), '```', '');
    if (s.sequence.svg) parts.push(image(s.sequence), '');
  }
  if (s.interoperability.rows.length > 0) {
    parts.push(`#### ${escapeMarkdown(text.interoperabilityTable)}`, '', markdownTable(s.interoperability.headers, s.interoperability.rows), '');
  }
  return parts.join('\n');
}

function messagePart(message: SpecMessage, text: ExportText): string {
  const head = `**${escapeMarkdown(message.label)}**${message.mediaType ? ` (${escapeMarkdown(message.mediaType)})` : ''}`;
  const parts = [head, ''];
  if (message.description) parts.push(markdownParagraphs(message.description), '');
  if (message.properties.length > 0) {
    const o = text.operation;
    parts.push(
      markdownTable(
        [o.property, o.type, o.required, o.description, o.dataElement],
        message.properties.map((p) => [`${'  '.repeat(p.depth)}${p.path}`, p.type, p.required ? text.yes : '', p.description ?? '', p.dataElement ?? '']),
      ),
      '',
    );
  }
  return parts.join('\n');
}

function operationPart(op: SpecApiOperation, text: ExportText): string {
  const o = text.operation;
  const parts = [
    `<a id="${op.anchor}"></a>`,
    '',
    `### ${escapeMarkdown(`${op.method} ${op.path}`)}${op.operationId ? ` (${escapeMarkdown(op.operationId)})` : ''}`,
    '',
    facts([
      [o.contract, `${op.contractName} ${op.contractVersion}`],
      [o.usedBy, op.usedBy.join(', ')],
    ]),
    '',
  ];
  if (op.summary) parts.push(`**${escapeMarkdown(op.summary)}**`, '');
  if (op.description) parts.push(markdownParagraphs(op.description), '');
  if (op.parameters.length > 0) {
    parts.push(
      `#### ${escapeMarkdown(o.parameters)}`,
      '',
      markdownTable([o.property, o.parameterIn, o.type, o.required, o.description], op.parameters.map((p) => [p.name, p.in, p.type, p.required ? text.yes : '', p.description ?? ''])),
      '',
    );
  }
  parts.push(`#### ${escapeMarkdown(o.request)}`, '', op.request ? messagePart(op.request, text) : `${escapeMarkdown(o.noBody)}\n`);
  if (op.responses.length > 0) parts.push(`#### ${escapeMarkdown(o.responses)}`, '', ...op.responses.map((r) => messagePart(r, text)));
  if (op.callbacks.length > 0) {
    parts.push(`#### ${escapeMarkdown(o.callbacks)}`, '');
    for (const cb of op.callbacks) {
      parts.push(`**${escapeMarkdown(cb.name)}**: ${escapeMarkdown(`${cb.method} ${cb.expression}`)}${cb.summary ? ` — ${escapeMarkdown(cb.summary)}` : ''}`, '');
      if (cb.request) parts.push(messagePart(cb.request, text));
    }
  }
  return parts.join('\n');
}

export interface MarkdownRenderOptions {
  text?: ExportText;
  /** The data-protection annex (Markdown of models/privacy, a document of its own), placed last. */
  annex?: { title: string; markdown: string };
}

/** A whole Markdown document one heading level down, to sit under this document's title. */
function demoteHeadings(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^(```|~~~)/.test(line)) fenced = !fenced;
      return !fenced && /^#{1,5} /.test(line) ? `#${line}` : line;
    })
    .join('\n');
}

export function renderSpecificationMarkdown(spec: Specification, options: MarkdownRenderOptions = {}): string {
  const text = options.text ?? DEFAULT_EXPORT_TEXT;
  const m = spec.metadata;
  const toc = options.annex ? [...spec.toc, { anchor: 'data-protection-annex', title: options.annex.title, level: 1 as const }] : spec.toc;
  const out: string[] = [`# ${escapeMarkdown(spec.title)}`, '', `*${escapeMarkdown(spec.scenarioId === null ? `${text.specification} · ${text.wholeProject}` : `${text.specification} · ${m.name}`)}*`, ''];

  out.push(`## ${escapeMarkdown(text.contents)}`, '');
  let number = 0;
  for (const entry of toc) {
    if (entry.level === 1) number++;
    out.push(`${entry.level === 1 ? `${number}.` : '   -'} [${escapeMarkdown(entry.title)}](#${entry.anchor})`);
  }
  out.push('');

  out.push('<a id="about"></a>', '', `## ${escapeMarkdown(text.about)}`, '');
  if (m.description) out.push(markdownParagraphs(m.description), '');
  out.push(
    facts([
      [text.country, m.country],
      [text.programme, m.programme],
      [text.authors, m.authors.join('; ')],
      [text.licence, m.licence],
      [text.created, m.created],
      [text.updated, m.updated],
      [text.generatedAt, m.generatedAt],
    ]),
    '',
  );

  if (spec.scenarios.length > 0) {
    out.push('<a id="scenarios"></a>', '', `## ${escapeMarkdown(text.scenarios)}`, '');
    for (const s of spec.scenarios) out.push(scenarioPart(s, text));
  }

  const c = text.component;
  const i = text.interaction;
  out.push('<a id="landscape"></a>', '', `## ${escapeMarkdown(text.landscape)}`, '', image(spec.landscape.diagram), '');
  out.push(
    `### ${escapeMarkdown(text.components)}`,
    '',
    markdownTable(
      [c.name, c.type, c.ownerAgency, c.product, c.sector, c.standards],
      spec.landscape.components.map((x) => [x.name, x.type, x.ownerAgency ?? '', x.product ?? '', x.sector, x.standards.join('\n')]),
    ),
    '',
  );
  if (spec.landscape.interactions.length > 0) {
    out.push(
      `### ${escapeMarkdown(text.interactions)}`,
      '',
      markdownTable(
        [i.name, i.from, i.to, i.pattern, i.operationKind, i.protocol, i.apiOperation, i.purpose],
        spec.landscape.interactions.map((x) => [x.name, x.from, x.to, x.pattern, x.operationKind, x.protocol, x.apiOperation ?? '', x.purpose ?? '']),
      ),
      '',
    );
  }

  if (spec.processes.length > 0) {
    out.push('<a id="processes"></a>', '', `## ${escapeMarkdown(text.processes)}`, '');
    for (const p of spec.processes) {
      out.push(`<a id="${p.anchor}"></a>`, '', `### ${escapeMarkdown(p.name)}`, '', facts([[text.process.phase, p.phase], [text.process.bpmnFile, p.bpmnFileName]]), '');
      if (p.description) out.push(markdownParagraphs(p.description), '');
      out.push(p.diagram.svg ? image(p.diagram) : `> ${escapeMarkdown(text.process.diagramInFile.replace('{file}', p.bpmnFileName))}`, '');
    }
  }

  if (spec.dataElements.length > 0) {
    const d = text.dataElement;
    out.push(
      '<a id="data-elements"></a>',
      '',
      `## ${escapeMarkdown(text.dataElements)}`,
      '',
      markdownTable(
        [d.id, d.name, d.definition, d.type, d.codeList, d.example, d.sensitivity, d.standards, d.carriedBy],
        spec.dataElements.map((e) => [e.id, e.name, e.definition, e.format ? `${e.type} (${e.format})` : e.type, e.codeListName ?? '', e.example ?? '', e.sensitivity, e.standards.join('\n'), e.carriedBy.join('\n')]),
      ),
      '',
    );
  }

  if (spec.codeLists.length > 0) {
    out.push('<a id="code-lists"></a>', '', `## ${escapeMarkdown(text.codeLists)}`, '');
    for (const list of spec.codeLists) {
      out.push(`<a id="${list.anchor}"></a>`, '', `### ${escapeMarkdown(`${list.name} (${list.id})`)}`, '');
      if (list.description) out.push(markdownParagraphs(list.description), '');
      const table = markdownTable([text.codeValue.code, text.codeValue.label, text.codeValue.definition], list.values.map((v) => [v.code, v.label, v.definition ?? '']));
      if (table) out.push(table, '');
    }
  }

  if (spec.apiOperations.length > 0) {
    out.push('<a id="api-operations"></a>', '', `## ${escapeMarkdown(text.apiOperations)}`, '');
    for (const op of spec.apiOperations) out.push(operationPart(op, text));
  }

  if (spec.dataProtection.length > 0) {
    out.push(
      '<a id="data-protection"></a>',
      '',
      `## ${escapeMarkdown(text.dataProtection)}`,
      '',
      markdownTableOf(dataProtectionTable(spec.dataProtection, text)),
      '',
    );
  }
  if (options.annex) out.push('<a id="data-protection-annex"></a>', '', demoteHeadings(options.annex.markdown.trim()), '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
