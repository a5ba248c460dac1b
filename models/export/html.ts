// The specification as ONE self-contained HTML file: inline SVG diagrams, a table of contents,
// tables, print-friendly CSS, a strict Content-Security-Policy and no scripts. Every user text is
// escaped (./htmlText); the only links are in-page anchors built from sanitised ids.

import { dataProtectionTable } from './dataProtectionTable';
import { escapeHtml, htmlLines, htmlParagraphs, inlineSvg } from './htmlText';
import { DEFAULT_EXPORT_TEXT, type ExportText } from './text';
import type { SpecApiOperation, SpecDiagram, SpecMessage, SpecScenario, SpecStep, SpecTable, Specification } from './types';

/** Nothing may load or run: styles inline, images only as data: URLs inside the SVG. */
export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const CSS = `
:root { color-scheme: light; --ink: #1d2130; --muted: #5a6072; --line: #d5d8e0; --band: #f3f4f8; --accent: #2f3fb3; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 2rem 2.5rem 4rem; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .25rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
.subtitle { color: var(--muted); margin: 0 0 1.5rem; }
a { color: var(--accent); }
nav.toc { background: var(--band); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1.25rem; margin: 1.5rem 0; }
nav.toc h2 { border: 0; margin: 0 0 .4rem; font-size: 1.1rem; }
nav.toc ol { margin: 0; padding-left: 1.25rem; }
nav.toc ol ol { padding-left: 1.25rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1.25rem; margin: .5rem 0 1rem; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; }
dl.facts dd p { margin: 0 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.25rem; font-size: .85rem; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: var(--band); font-weight: 600; }
.table-wrap { overflow-x: auto; margin: .5rem 0 1.25rem; }
.table-wrap table { margin: 0; }
table.interop, table.protection, table.dictionary { font-size: .78rem; }
table.interop td:first-child { min-width: 8rem; }
table.interop td:nth-child(4) { min-width: 14rem; }
table.interop td:nth-child(8) { min-width: 12rem; }
figure { margin: 1rem 0 1.5rem; padding: .75rem; border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; }
figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figcaption { color: var(--muted); font-size: .85rem; margin-top: .4rem; text-align: center; }
.note { background: #fff8e6; border-left: 4px solid #b37400; padding: .5rem .75rem; }
ol.steps > li { margin-bottom: .9rem; }
ol.steps .step-title { font-weight: 600; }
code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--band); padding: 0 .2em; border-radius: 3px; }
.method { font-weight: 700; }
.indent-1 { padding-left: 1.2rem; } .indent-2 { padding-left: 2.4rem; } .indent-3 { padding-left: 3.6rem; } .indent-4 { padding-left: 4.8rem; } .indent-5 { padding-left: 6rem; }
#data-protection-annex { overflow-x: auto; }
#data-protection-annex .cs-annex { font-size: .85rem; }
#data-protection-annex .cs-annex table.cs-annex-record { min-width: 84rem; font-size: .78rem; }
#data-protection-annex .cs-annex th, #data-protection-annex .cs-annex td { overflow-wrap: normal; }
@media print {
  #data-protection-annex { overflow: visible; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav.toc { break-after: page; }
  h2, h3, h4 { break-after: avoid; }
  figure, tr { break-inside: avoid; }
  figure { border: 0; overflow: visible; }
  .table-wrap { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  section.scenario, section.process { break-before: page; }
}
@page { margin: 16mm 14mm; }
`;

function table(t: SpecTable, className = ''): string {
  if (t.rows.length === 0) return '';
  const head = `<thead><tr>${t.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = t.rows.map((row) => `<tr>${row.map((cell) => `<td>${htmlLines(cell)}</td>`).join('')}</tr>`).join('\n');
  return `<div class="table-wrap" tabindex="0"><table${className ? ` class="${className}"` : ''}>${head}<tbody>\n${body}\n</tbody></table></div>`;
}

function facts(entries: Array<[string, string | undefined]>, paragraphs = false): string {
  const present = entries.filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '');
  if (present.length === 0) return '';
  return `<dl class="facts">${present.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${paragraphs ? htmlParagraphs(v) : htmlLines(v)}</dd>`).join('')}</dl>`;
}

function figure(diagram: SpecDiagram, missing: string): string {
  if (!diagram.svg) return `<p class="note" id="${diagram.id}">${escapeHtml(missing)}</p>`;
  return `<figure id="${diagram.id}" class="diagram diagram-${diagram.kind}">${inlineSvg(diagram.svg, diagram.id)}<figcaption>${escapeHtml(diagram.title)}</figcaption></figure>`;
}

/** "Verify identity (Task_verify)" when the element's name is known, else the id alone. */
export function bpmnStepLabel(step: SpecStep): string | undefined {
  if (step.bpmnElementId === undefined) return undefined;
  return step.bpmnElementName ? `${step.bpmnElementName} (${step.bpmnElementId})` : step.bpmnElementId;
}

function scenarioSection(s: SpecScenario, text: ExportText): string {
  const steps = s.steps
    .map((step) => {
      const details = facts([
        [text.step.bpmnElement, bpmnStepLabel(step)],
        [text.step.interactions, step.interactions.join('\n')],
        [text.step.notes, step.notes],
        [text.step.preconditions, step.preconditions],
        [text.step.postconditions, step.postconditions],
        [text.step.errorHandling, step.errorHandling],
      ]);
      return `<li id="step-${escapeHtml(s.anchor)}-${step.number}"><span class="step-title">${escapeHtml(step.title)}</span>${details}</li>`;
    })
    .join('\n');
  return [
    `<section class="scenario" id="${s.anchor}">`,
    `<h3>${escapeHtml(s.title)}</h3>`,
    facts(s.fields.map((f) => [f.label, f.text]), true),
    s.steps.length > 0 ? `<h4>${escapeHtml(text.steps)}</h4>\n<ol class="steps">\n${steps}\n</ol>` : '',
    s.sequence ? `<h4>${escapeHtml(text.sequenceDiagram)}</h4>\n${figure(s.sequence, '')}` : '',
    s.interoperability.rows.length > 0 ? `<h4>${escapeHtml(text.interoperabilityTable)}</h4>\n${table(s.interoperability, 'interop')}` : '',
    `</section>`,
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function messageTable(message: SpecMessage, text: ExportText): string {
  const head = `<h5>${escapeHtml(message.label)}${message.mediaType ? ` <code>${escapeHtml(message.mediaType)}</code>` : ''}</h5>`;
  const description = message.description ? htmlParagraphs(message.description) : '';
  if (message.properties.length === 0) return `${head}${description}`;
  const rows = message.properties
    .map(
      (p) =>
        `<tr><td class="indent-${Math.min(p.depth, 5)}"><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.type)}</td><td>${p.required ? escapeHtml(text.yes) : ''}</td><td>${p.description ? htmlLines(p.description) : ''}</td><td>${p.dataElement ? escapeHtml(p.dataElement) : ''}</td></tr>`,
    )
    .join('\n');
  const o = text.operation;
  return `${head}${description}<table class="schema"><thead><tr><th scope="col">${escapeHtml(o.property)}</th><th scope="col">${escapeHtml(o.type)}</th><th scope="col">${escapeHtml(o.required)}</th><th scope="col">${escapeHtml(o.description)}</th><th scope="col">${escapeHtml(o.dataElement)}</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function operationSection(op: SpecApiOperation, text: ExportText): string {
  const o = text.operation;
  const parts = [
    `<section class="operation" id="${op.anchor}">`,
    `<h3><span class="method">${escapeHtml(op.method)}</span> <code>${escapeHtml(op.path)}</code>${op.operationId ? ` (${escapeHtml(op.operationId)})` : ''}</h3>`,
    facts([
      [o.contract, `${op.contractName} ${op.contractVersion}`],
      [o.usedBy, op.usedBy.join('\n')],
    ]),
    op.summary ? `<p><strong>${escapeHtml(op.summary)}</strong></p>` : '',
    op.description ? htmlParagraphs(op.description) : '',
  ];
  if (op.parameters.length > 0) {
    parts.push(
      `<h4>${escapeHtml(o.parameters)}</h4>`,
      table({
        headers: [o.property, o.parameterIn, o.type, o.required, o.description],
        rows: op.parameters.map((p) => [p.name, p.in, p.type, p.required ? text.yes : '', p.description ?? '']),
      }),
    );
  }
  parts.push(`<h4>${escapeHtml(o.request)}</h4>`, op.request ? messageTable(op.request, text) : `<p>${escapeHtml(o.noBody)}</p>`);
  if (op.responses.length > 0) parts.push(`<h4>${escapeHtml(o.responses)}</h4>`, ...op.responses.map((r) => messageTable(r, text)));
  if (op.callbacks.length > 0) {
    parts.push(`<h4>${escapeHtml(o.callbacks)}</h4>`);
    for (const cb of op.callbacks) {
      parts.push(
        `<p><strong>${escapeHtml(cb.name)}</strong>: <span class="method">${escapeHtml(cb.method)}</span> <code>${escapeHtml(cb.expression)}</code>${cb.summary ? ` — ${escapeHtml(cb.summary)}` : ''}</p>`,
        cb.request ? messageTable(cb.request, text) : '',
      );
    }
  }
  parts.push('</section>');
  return parts.filter((p) => p !== '').join('\n');
}

function toc(entries: Specification['toc'], text: ExportText): string {
  const items: string[] = [];
  let open = false;
  for (const entry of entries) {
    const link = `<a href="#${entry.anchor}">${escapeHtml(entry.title)}</a>`;
    if (entry.level === 1) {
      if (open) items.push('</ol></li>');
      open = false;
      const hasChildren = entries[entries.indexOf(entry) + 1]?.level === 2;
      if (hasChildren) {
        items.push(`<li>${link}<ol>`);
        open = true;
      } else items.push(`<li>${link}</li>`);
    } else items.push(`<li>${link}</li>`);
  }
  if (open) items.push('</ol></li>');
  return `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${escapeHtml(text.contents)}</h2><ol>\n${items.join('\n')}\n</ol></nav>`;
}

/** A section another module renders (the data-protection annex of models/privacy), already escaped. */
export interface EmbeddedSection {
  title: string;
  html: string;
  css?: string;
}

export interface HtmlRenderOptions {
  text?: ExportText;
  /** Document language (BCP 47). */
  lang?: string;
  /** The data-protection annex, placed last and listed in the contents. */
  annex?: EmbeddedSection;
}

/** The annex's page rule would turn the whole specification to landscape: its styles stay, its @page goes. */
const withoutPageRules = (css: string): string => css.replace(/@page\s*\{[^}]*\}/g, '');

export function renderSpecificationHtml(spec: Specification, options: HtmlRenderOptions = {}): string {
  const text = options.text ?? DEFAULT_EXPORT_TEXT;
  const m = spec.metadata;
  const about = [
    `<section id="about">`,
    `<h2>${escapeHtml(text.about)}</h2>`,
    m.description ? htmlParagraphs(m.description) : '',
    facts([
      [text.country, m.country],
      [text.programme, m.programme],
      [text.authors, m.authors.join('\n')],
      [text.licence, m.licence],
      [text.created, m.created],
      [text.updated, m.updated],
      [text.generatedAt, m.generatedAt],
    ]),
    `</section>`,
  ];

  const body: string[] = [...about];
  if (spec.scenarios.length > 0) {
    body.push(`<section id="scenarios">`, `<h2>${escapeHtml(text.scenarios)}</h2>`, ...spec.scenarios.map((s) => scenarioSection(s, text)), `</section>`);
  }

  const c = text.component;
  const i = text.interaction;
  body.push(
    `<section id="landscape">`,
    `<h2>${escapeHtml(text.landscape)}</h2>`,
    figure(spec.landscape.diagram, ''),
    `<h3>${escapeHtml(text.components)}</h3>`,
    table({
      headers: [c.name, c.type, c.ownerAgency, c.product, c.sector, c.standards],
      rows: spec.landscape.components.map((x) => [x.name, x.type, x.ownerAgency ?? '', x.product ?? '', x.sector, x.standards.join('\n')]),
    }),
  );
  if (spec.landscape.interactions.length > 0) {
    body.push(
      `<h3>${escapeHtml(text.interactions)}</h3>`,
      table({
        headers: [i.name, i.from, i.to, i.pattern, i.operationKind, i.protocol, i.apiOperation, i.purpose],
        rows: spec.landscape.interactions.map((x) => [x.name, x.from, x.to, x.pattern, x.operationKind, x.protocol, x.apiOperation ?? '', x.purpose ?? '']),
      }),
    );
  }
  body.push(`</section>`);

  if (spec.processes.length > 0) {
    body.push(`<section id="processes">`, `<h2>${escapeHtml(text.processes)}</h2>`);
    for (const p of spec.processes) {
      body.push(
        `<section class="process" id="${p.anchor}">`,
        `<h3>${escapeHtml(p.name)}</h3>`,
        facts([
          [text.process.phase, p.phase],
          [text.process.bpmnFile, p.bpmnFileName],
        ]),
        p.description ? htmlParagraphs(p.description) : '',
        figure(p.diagram, text.process.diagramInFile.replace('{file}', p.bpmnFileName)),
        `</section>`,
      );
    }
    body.push(`</section>`);
  }

  const d = text.dataElement;
  if (spec.dataElements.length > 0) {
    const rows = spec.dataElements
      .map((e) => {
        const codeList = e.codeListId ? `<a href="#${spec.codeLists.find((l) => l.id === e.codeListId)?.anchor ?? ''}">${escapeHtml(e.codeListName ?? e.codeListId)}</a>` : '';
        const cells = [
          `<td><code>${escapeHtml(e.id)}</code></td>`,
          `<td>${escapeHtml(e.name)}</td>`,
          `<td>${htmlLines(e.definition)}</td>`,
          `<td>${escapeHtml(e.format ? `${e.type} (${e.format})` : e.type)}</td>`,
          `<td>${spec.codeLists.some((l) => l.id === e.codeListId) ? codeList : escapeHtml(e.codeListName ?? '')}</td>`,
          `<td>${escapeHtml(e.example ?? '')}</td>`,
          `<td>${escapeHtml(e.sensitivity)}</td>`,
          `<td>${htmlLines(e.standards.join('\n'))}</td>`,
          `<td>${htmlLines(e.carriedBy.join('\n'))}</td>`,
        ];
        return `<tr id="${e.anchor}">${cells.join('')}</tr>`;
      })
      .join('\n');
    const headers = [d.id, d.name, d.definition, d.type, d.codeList, d.example, d.sensitivity, d.standards, d.carriedBy];
    body.push(
      `<section id="data-elements">`,
      `<h2>${escapeHtml(text.dataElements)}</h2>`,
      `<div class="table-wrap" tabindex="0"><table class="dictionary"><thead><tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`,
      `</section>`,
    );
  }

  if (spec.codeLists.length > 0) {
    body.push(`<section id="code-lists">`, `<h2>${escapeHtml(text.codeLists)}</h2>`);
    for (const list of spec.codeLists) {
      body.push(
        `<h3 id="${list.anchor}">${escapeHtml(list.name)} <code>${escapeHtml(list.id)}</code></h3>`,
        list.description ? htmlParagraphs(list.description) : '',
        table({ headers: [text.codeValue.code, text.codeValue.label, text.codeValue.definition], rows: list.values.map((v) => [v.code, v.label, v.definition ?? '']) }),
      );
    }
    body.push(`</section>`);
  }

  if (spec.apiOperations.length > 0) {
    body.push(`<section id="api-operations">`, `<h2>${escapeHtml(text.apiOperations)}</h2>`, ...spec.apiOperations.map((op) => operationSection(op, text)), `</section>`);
  }

  if (spec.dataProtection.length > 0) {
    body.push(
      `<section id="data-protection">`,
      `<h2>${escapeHtml(text.dataProtection)}</h2>`,
      table(dataProtectionTable(spec.dataProtection, text), 'protection'),
      `</section>`,
    );
  }

  const entries = [...spec.toc];
  if (options.annex) {
    body.push(`<div id="data-protection-annex" tabindex="0">`, options.annex.html, `</div>`);
    entries.push({ anchor: 'data-protection-annex', title: options.annex.title, level: 1 });
  }

  const subtitle = spec.scenarioId === null ? `${text.specification} · ${text.wholeProject}` : `${text.specification} · ${m.name}`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(options.lang ?? 'en')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Convergence Studio">',
    `<title>${escapeHtml(spec.title)}</title>`,
    `<style>${CSS}${options.annex?.css ? withoutPageRules(options.annex.css) : ''}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(spec.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(subtitle)}</p>`,
    '</header>',
    toc(entries, text),
    '<main>',
    ...body.filter((part) => part !== ''),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
