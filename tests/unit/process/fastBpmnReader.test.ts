import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModdleElement } from 'bpmn-moddle';
import { readBpmnFast } from '../../../models/process/fastBpmnReader';
import { createCsModdle, readBpmnTree } from '../../../models/process/moddle';
import { gridProcessToBpmn } from '../../../models/process/gridBpmn';
import { PROCESS_TEMPLATES } from '../../../models/process/templates/library';
import { stepsOfDefinitions } from '../../../models/process/steps';
import { OutsideSubset, scanXml, type ScannedNode } from '../../../models/process/xmlScanner';
import { openProjectText } from '../../../models/project/open';
import { lintDefinitions } from '../../../models/validation/bpmnlint';
import { generateProject } from '../../../bench/generate';
import { diffModdleTrees } from './moddleTreeDiff';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const conformance = path.resolve(repoRoot, '..', 'shared', 'conformance');

function bpmnFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...bpmnFiles(full));
    else if (entry.endsWith('.bpmn')) out.push(full);
  }
  return out.sort();
}

type Element = ModdleElement & Record<string, unknown>;
const moddle = createCsModdle();

/** bpmn-moddle's reading: the tree when it read the document without a single warning, else why not. */
async function moddleReading(xml: string): Promise<{ clean: true; tree: Element } | { clean: false; why: string }> {
  try {
    const { rootElement, warnings } = await moddle.fromXML(xml);
    if (warnings.length > 0) return { clean: false, why: warnings.map((warning) => warning.message).join('; ') };
    return { clean: true, tree: rootElement as Element };
  } catch (error) {
    return { clean: false, why: error instanceof Error ? error.message : String(error) };
  }
}

/** The reader's promise: the same tree as bpmn-moddle for a document it reads cleanly, and null otherwise. */
async function expectSameReading(xml: string, label: string): Promise<'read' | 'declined'> {
  const expected = await moddleReading(xml);
  const actual = readBpmnFast(xml, moddle) as Element | null;
  if (!expected.clean) {
    expect(actual, `${label}: bpmn-moddle said "${expected.why}", the fast reader must leave it to bpmn-moddle`).toBeNull();
    return 'declined';
  }
  expect(actual, `${label}: bpmn-moddle reads it without a warning, so must the fast reader`).not.toBeNull();
  expect(diffModdleTrees(expected.tree, actual!), label).toBeNull();
  return 'read';
}

const conformanceFiles = bpmnFiles(conformance);

describe('readBpmnFast: the same tree as bpmn-moddle', () => {
  it('finds the conformance files', () => {
    expect(conformanceFiles.length).toBeGreaterThanOrEqual(60);
  });

  it('reads every conformance file bpmn-moddle reads cleanly, identically, and declines the others', async () => {
    const outcomes = { read: 0, declined: 0 };
    for (const file of conformanceFiles) {
      outcomes[await expectSameReading(readFileSync(file, 'utf8'), path.relative(conformance, file))] += 1;
    }
    // 59 of the 68 files read cleanly (extensions of unknown namespaces included); 9 make bpmn-moddle warn or fail.
    expect(outcomes.read).toBeGreaterThanOrEqual(55);
    expect(outcomes.declined).toBeGreaterThanOrEqual(2);
  });

  it('gives bpmnlint and the steps the same findings on the conformance files', async () => {
    for (const file of conformanceFiles) {
      const xml = readFileSync(file, 'utf8');
      const expected = await moddleReading(xml);
      if (!expected.clean) continue;
      const fast = readBpmnFast(xml, moddle)!;
      const name = path.relative(conformance, file);
      expect(await lintDefinitions(fast), name).toEqual(await lintDefinitions(expected.tree));
      expect(stepsOfDefinitions('P', fast), name).toEqual(stepsOfDefinitions('P', expected.tree));
    }
  });

  it('reads the sample project, every template and generated processes identically', async () => {
    const sample = openProjectText(readFileSync(path.join(repoRoot, 'assets', 'sample', 'child-grant.convergence'), 'utf8'));
    if (!sample.ok) throw new Error('the sample did not open');
    const texts: Array<[string, string]> = sample.project.processes.map((process) => [`sample ${process.id}`, process.bpmn]);
    for (const template of PROCESS_TEMPLATES) texts.push([`template ${template.id}`, gridProcessToBpmn(template.spec)]);
    for (const process of generateProject('M').processes.slice(0, 10)) texts.push([`generated ${process.id}`, process.bpmn]);
    for (const [label, xml] of texts) expect(await expectSameReading(xml, label), label).toBe('read');
  });

  it('is what readBpmnTree gives, with bpmn-moddle’s warnings when it declines', async () => {
    const dangling = documentXml({ ...plainDocument, danglingReference: true });
    const read = await readBpmnTree(dangling);
    expect(read.warnings.join(' ')).toMatch(/unresolved reference <Missing_1>/);
    const clean = await readBpmnTree(documentXml(plainDocument));
    expect(clean.warnings).toEqual([]);
    expect((clean.definitions.rootElements as Element[])[0]!.$type).toBe('bpmn:Process');
  });
});

describe('scanXml: the fast tokenizer’s subset', () => {
  const uriMap = { 'http://www.omg.org/spec/BPMN/20100524/MODEL': 'bpmn', 'urn:other': 'other' };
  const silent = { open() {}, close() {}, text() {}, cdata() {}, question() {} };
  const scan = (xml: string) => () => scanXml(xml, uriMap, silent);
  const root = '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"';

  it('reads a document inside the subset', () => {
    expect(scan(`<?xml version="1.0"?>\n${root}><!-- c --><bpmn:process id="a" name='x &amp; y'/></bpmn:definitions>\n`)).not.toThrow();
  });

  it.each([
    ['a DOCTYPE', `<!DOCTYPE x>${root}/>`],
    ['a namespace declared below the root', `${root}><bpmn:process xmlns:x="urn:other"/></bpmn:definitions>`],
    ['an unknown namespace URI', `${root} xmlns:z="urn:unknown"/>`],
    ['a mismatched end tag', `${root}><bpmn:process></bpmn:task></bpmn:definitions>`],
    ['an unclosed element', `${root}><bpmn:process>`],
    ['a repeated attribute', `${root}><bpmn:process id="a" id="b"/></bpmn:definitions>`],
    ['an unquoted attribute', `${root}><bpmn:process id=a/></bpmn:definitions>`],
    ['text outside the root', `${root}/>junk`],
    ['an undeclared prefix', `${root}><foo:process/></bpmn:definitions>`],
    ['a second root', `${root}/><bpmn:definitions/>`],
  ])('leaves %s to saxen', (_label, xml) => {
    expect(scan(xml)).toThrow(OutsideSubset);
  });

  it('names elements and attributes with the model’s prefixes, as saxen does', () => {
    const seen: Array<{ name: string; attrs: Array<[string, string]> }> = [];
    // The node is reused from tag to tag: copy what it says.
    const copy = (node: ScannedNode) => ({ name: node.name, attrs: node.attrs.names.slice(0, node.attrs.length).map((name, i): [string, string] => [name, node.attrs.values[i]!]) });
    scanXml(
      '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:o="urn:other" id="d"><process o:x="1" bpmn:y="2"/></definitions>',
      uriMap,
      { ...silent, open: (node) => seen.push(copy(node)) },
    );
    expect(seen).toEqual([
      {
        name: 'bpmn:definitions',
        attrs: [
          ['xmlns', 'http://www.omg.org/spec/BPMN/20100524/MODEL'],
          ['xmlns:o', 'urn:other'],
          ['id', 'd'],
        ],
      },
      // An attribute in the default namespace loses its prefix.
      {
        name: 'bpmn:process',
        attrs: [
          ['other:x', '1'],
          ['y', '2'],
        ],
      },
    ]);
  });
});

// Random documents: how a tool may write BPMN (prefixes, quotes, comments, CDATA, entities, extensions)
// and the faults bpmn-moddle warns about. Whatever the mix, the fast reader must agree with bpmn-moddle.

interface DocumentShape {
  bpmnPrefix: 'bpmn' | 'semantic' | '';
  quote: '"' | "'";
  names: string[];
  documentation?: { text: string; cdata: boolean };
  comments: boolean;
  condition: boolean;
  stepLinks: boolean;
  foreignExtension: boolean;
  diagram: boolean;
  danglingReference?: boolean;
  duplicateId?: boolean;
  unknownAttribute?: boolean;
  doctype?: boolean;
  nestedNamespace?: boolean;
  bodyTextInTask?: boolean;
}

const plainDocument: DocumentShape = {
  bpmnPrefix: 'bpmn',
  quote: '"',
  names: ['Register household', 'Check eligibility'],
  comments: false,
  condition: false,
  stepLinks: false,
  foreignExtension: false,
  diagram: false,
};

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

function documentXml(shape: DocumentShape): string {
  const p = shape.bpmnPrefix === '' ? '' : `${shape.bpmnPrefix}:`;
  const q = shape.quote;
  const attr = (name: string, value: string): string => ` ${name}=${q}${escapeXml(value)}${q}`;
  const bpmnNs = shape.bpmnPrefix === '' ? 'xmlns' : `xmlns:${shape.bpmnPrefix}`;
  const comment = shape.comments ? '<!-- written by a test -->' : '';
  const out: string[] = [];
  if (shape.doctype) out.push('<!DOCTYPE definitions>');
  out.push(
    `<${p}definitions${attr(bpmnNs, 'http://www.omg.org/spec/BPMN/20100524/MODEL')}${attr('xmlns:bpmndi', 'http://www.omg.org/spec/BPMN/20100524/DI')}` +
      `${attr('xmlns:dc', 'http://www.omg.org/spec/DD/20100524/DC')}${attr('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance')}` +
      // An unknown namespace sends the document to saxen: declared only when an extension uses it.
      `${attr('xmlns:cs', 'urn:convergence-studio:bpmn:1')}${shape.foreignExtension ? attr('xmlns:zeebe', 'http://camunda.org/schema/zeebe/1.0') : ''}` +
      `${attr('id', 'Definitions_1')}${attr('targetNamespace', 'urn:test')}>`,
  );
  out.push(`<${p}process${attr('id', 'Process_1')}${attr('isExecutable', 'false')}>${comment}`);
  if (shape.documentation) {
    const body = shape.documentation.cdata ? `<![CDATA[${shape.documentation.text.replace(/]]>/g, '')}]]>` : escapeXml(shape.documentation.text);
    out.push(`<${p}documentation>${body}</${p}documentation>`);
  }
  out.push(`<${p}startEvent${attr('id', 'Start_1')}><${p}outgoing>Flow_0</${p}outgoing></${p}startEvent>`);
  shape.names.forEach((name, i) => {
    const extra = shape.unknownAttribute && i === 0 ? attr('colour', 'red') : '';
    const id = shape.duplicateId && i === 1 ? 'Task_0' : `Task_${i}`;
    const links = shape.stepLinks
      ? `<${p}extensionElements><cs:stepLinks${attr('chainStep', 'registration')}><cs:dataRef${attr('elementId', 'person.given_name')}${attr('usage', 'reads')}/></cs:stepLinks>` +
        `${shape.foreignExtension ? `<zeebe:taskDefinition${attr('type', 'lookup')}/>` : ''}</${p}extensionElements>`
      : shape.foreignExtension
        ? `<${p}extensionElements><zeebe:taskDefinition${attr('type', 'lookup')}>x</zeebe:taskDefinition></${p}extensionElements>`
        : '';
    const body = shape.bodyTextInTask && i === 0 ? 'stray text' : '';
    out.push(
      `<${p}userTask${attr('id', id)}${attr('name', name)}${extra}>${body}${links}<${p}incoming>Flow_${i}</${p}incoming><${p}outgoing>Flow_${i + 1}</${p}outgoing></${p}userTask>${comment}`,
    );
  });
  const last = shape.names.length;
  out.push(`<${p}endEvent${attr('id', 'End_1')}><${p}incoming>Flow_${last}</${p}incoming></${p}endEvent>`);
  for (let i = 0; i <= last; i++) {
    const source = i === 0 ? 'Start_1' : `Task_${i - 1}`;
    const target = i === last ? 'End_1' : shape.danglingReference && i === 1 ? 'Missing_1' : `Task_${i}`;
    const condition = shape.condition && i > 0 ? `<${p}conditionExpression${attr('xsi:type', `${shape.bpmnPrefix === '' ? '' : `${shape.bpmnPrefix}:`}tFormalExpression`)}>score &gt; 3</${p}conditionExpression>` : '';
    const ns = shape.nestedNamespace && i === 0 ? attr('xmlns:extra', 'urn:extra') : '';
    out.push(`<${p}sequenceFlow${attr('id', `Flow_${i}`)}${attr('sourceRef', source)}${attr('targetRef', target)}${ns}>${condition}</${p}sequenceFlow>`);
  }
  out.push(`</${p}process>`);
  if (shape.diagram) {
    out.push(`<bpmndi:BPMNDiagram${attr('id', 'Diagram_1')}><bpmndi:BPMNPlane${attr('id', 'Plane_1')}${attr('bpmnElement', 'Process_1')}>`);
    shape.names.forEach((_name, i) => {
      out.push(`<bpmndi:BPMNShape${attr('id', `Task_${i}_di`)}${attr('bpmnElement', `Task_${i}`)}><dc:Bounds x="${100 * i}" y="80.5" width="100" height="80"/></bpmndi:BPMNShape>`);
    });
    out.push('</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>');
  }
  out.push(`</${p}definitions>`);
  return out.join('\n');
}

const anyName = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '&', '<', '>', '"', "'", 'é', '\n', '€', ']'), maxLength: 12 });

/** True one time in six: most documents should have no fault, or the clean paths are seldom tried. */
const rarely = fc.integer({ min: 0, max: 5 }).map((n) => n === 0);

const documentShape: fc.Arbitrary<DocumentShape> = fc.record(
  {
    bpmnPrefix: fc.constantFrom('bpmn', 'semantic', ''),
    quote: fc.constantFrom('"', "'"),
    names: fc.array(anyName, { minLength: 1, maxLength: 4 }),
    documentation: fc.option(fc.record({ text: anyName, cdata: fc.boolean() }), { nil: undefined }),
    comments: fc.boolean(),
    condition: fc.boolean(),
    stepLinks: fc.boolean(),
    foreignExtension: rarely,
    diagram: fc.boolean(),
    danglingReference: rarely,
    duplicateId: rarely,
    unknownAttribute: rarely,
    doctype: rarely,
    nestedNamespace: rarely,
    bodyTextInTask: rarely,
  },
  { requiredKeys: ['bpmnPrefix', 'quote', 'names', 'comments', 'condition', 'stepLinks', 'foreignExtension', 'diagram'] },
);

/** The namespaces of the model the reader uses, as moddle-xml maps them. */
const modelUris: Record<string, string> = {
  'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
  'http://www.w3.org/XML/1998/namespace': 'xml',
  'http://www.omg.org/spec/BPMN/20100524/MODEL': 'bpmn',
  'http://www.omg.org/spec/BPMN/20100524/DI': 'bpmndi',
  'http://www.omg.org/spec/DD/20100524/DC': 'dc',
  'http://www.omg.org/spec/DD/20100524/DI': 'di',
  'urn:convergence-studio:bpmn:1': 'cs',
};

describe('readBpmnFast on random documents', () => {
  it('tokenizes fault-free documents with the fast scanner, not saxen', () => {
    fc.assert(
      fc.property(documentShape, (shape) => {
        const clean: DocumentShape = { ...shape, foreignExtension: false, doctype: false, nestedNamespace: false };
        const silent = { open() {}, close() {}, text() {}, cdata() {}, question() {} };
        expect(() => scanXml(documentXml(clean), modelUris, silent)).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });

  it('agrees with bpmn-moddle: the same tree when it reads cleanly, null when it warns or fails', async () => {
    await fc.assert(
      fc.asyncProperty(documentShape, async (shape) => {
        await expectSameReading(documentXml(shape), JSON.stringify(shape));
      }),
      { numRuns: 400 },
    );
  });
});
