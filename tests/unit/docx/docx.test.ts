// DOCX export of the sample specification: opens with a docx reader, holds the expected headings
// and tables, keeps hostile text literal, is byte-for-byte deterministic, embeds diagrams.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSpecification, type Specification } from '../../../models/export';
import { fixZipTimestamps, renderSpecificationDocx, type DocxImage } from '../../../models/export/docx';
import { openProjectText } from '../../../models/project/open';
import type { Project } from '../../../models/project/types';
import { parseStrict, readDocx } from './docxReader';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const loadSample = (): Project => {
  const opened = openProjectText(readFileSync(path.join(repoRoot, 'assets', 'sample', 'child-grant.convergence'), 'utf8'));
  if (!opened.ok) throw new Error('sample does not open');
  return opened.project;
};

// A 1×1 PNG, enough for the package to hold a picture.
const TINY_PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
);

/**
 * The sequence diagram and interoperability rows come from models/scenario; the renderer is
 * tested with known ones so these tests do not depend on how those are derived.
 */
function withScenarioParts(spec: Specification): Specification {
  return {
    ...spec,
    scenarios: spec.scenarios.map((scenario, index) => ({
      ...scenario,
      sequence: {
        id: `diagram-sequence-${scenario.id}`,
        kind: 'sequence',
        title: scenario.title,
        fileName: `${scenario.id}.sequence.svg`,
        svg: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><text x="10" y="20">seq</text></svg>',
      },
      interoperability: {
        headers: scenario.interoperability.headers,
        rows: [
          scenario.interoperability.headers.map((header, column) => `${header} ${index}.${column}`),
          scenario.interoperability.headers.map((header) => `${header} second\nline`),
        ],
      },
    })),
  };
}

describe('DOCX export', () => {
  it('opens with a docx reader and holds the chapters as headings', async () => {
    const project = loadSample();
    const spec = buildSpecification(project);
    const docx = await readDocx(await renderSpecificationDocx(spec));
    const h1 = docx.headings.filter((h) => h.style === 'Heading1').map((h) => h.text);
    expect(h1).toEqual(['About this document', 'Scenarios', 'Landscape', 'Processes', 'Data elements', 'Code lists', 'API operations', 'Data protection']);
    expect(docx.headings[0]).toEqual({ style: 'Title', text: project.project.name });
    const h2 = docx.headings.filter((h) => h.style === 'Heading2').map((h) => h.text);
    for (const scenario of project.scenarios) expect(h2).toContain(scenario.title);
    for (const process of project.processes) expect(h2).toContain(process.name);
    // Headings use Word's built-in heading styles, which the navigation pane lists.
    expect(docx.files).toContain('word/styles.xml');
  });

  it('writes the interoperability table, the data elements and the record of processing as tables', async () => {
    const project = loadSample();
    const spec = withScenarioParts(buildSpecification(project, { scenarioId: project.scenarios[0]!.id }));
    const docx = await readDocx(await renderSpecificationDocx(spec));
    const byHeader = (first: string) => docx.tables.filter((t) => t[0]?.[0] === first);

    const interop = docx.tables.find((t) => t[0]?.join('|') === spec.scenarios[0]!.interoperability.headers.join('|'));
    expect(interop).toBeDefined();
    expect(interop!.slice(1)).toEqual(spec.scenarios[0]!.interoperability.rows);

    const elements = byHeader('Name').find((t) => t[0]?.includes('Definition'));
    expect(elements?.slice(1).map((row) => row[0])).toEqual(spec.dataElements.map((e) => e.name));

    // Wide tables sit on landscape A4 pages of their own; the rest of the document is portrait.
    const pages = [...docx.documentXml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]!);
    expect(pages.some((attrs) => /w:w="16838"/.test(attrs) && /w:h="11906"/.test(attrs) && /w:orient="landscape"/.test(attrs))).toBe(true);
    expect(pages.some((attrs) => /w:w="11906"/.test(attrs) && /w:h="16838"/.test(attrs) && !/landscape/.test(attrs))).toBe(true);

    const record = byHeader('Flow')[0];
    expect(record?.[0]).toContain('Legal basis');
    expect(record?.slice(1).map((row) => row[0]?.split('\n')[0])).toEqual(spec.dataProtection.map((f) => f.interaction));
  });

  it('keeps hostile user text literal', async () => {
    const project = loadSample();
    const hostile = '<img src=x onerror=alert(1)>';
    const changed: Project = {
      ...project,
      project: { ...project.project, name: `${hostile} & co` },
      components: project.components.map((c, i) => (i === 0 ? { ...c, name: hostile } : c)),
      dataElements: project.dataElements.map((e, i) => (i === 0 ? { ...e, definition: `javascript:alert(1) \u0001${hostile}` } : e)),
    };
    const docx = await readDocx(await renderSpecificationDocx(buildSpecification(changed)));
    expect(docx.documentXml).not.toContain('<img');
    expect(docx.documentXml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(docx.text).toContain(hostile);
    expect(docx.headings[0]!.text).toBe(`${hostile} & co`);
    expect(docx.coreXml).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; co');
    // No hyperlink is ever made from user text.
    expect(docx.documentXml).not.toContain('w:hyperlink');
    expect(docx.text).toContain(`javascript:alert(1) ${hostile}`);
  });

  it('gives the same bytes for the same document, dated by the project or the timestamp', async () => {
    const project = loadSample();
    const spec = buildSpecification(project);
    const first = await renderSpecificationDocx(spec);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await renderSpecificationDocx(spec);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const docx = await readDocx(first);
    expect(docx.coreXml).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${project.project.created}</dcterms:created>`);
    expect(docx.coreXml).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${project.project.updated}</dcterms:modified>`);

    const stamped = await readDocx(await renderSpecificationDocx(buildSpecification(project, { timestamp: '2026-03-04T05:06:07Z' })));
    expect(stamped.coreXml).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-04T05:06:07Z</dcterms:modified>');
    expect(stamped.text).toContain('2026-03-04T05:06:07Z');
  });

  it('embeds diagrams as pictures (SVG with a PNG fallback) and names the file when there is none', async () => {
    const project = loadSample();
    const spec = withScenarioParts(buildSpecification(project));
    const asked: string[] = [];
    const diagramImage = async (diagram: { id: string; kind: string; svg?: string }): Promise<DocxImage | undefined> => {
      asked.push(diagram.kind);
      if (diagram.kind === 'bpmn') return undefined;
      return { png: TINY_PNG, width: 1200, height: 600, ...(diagram.svg ? { svg: diagram.svg } : {}) };
    };
    const docx = await readDocx(await renderSpecificationDocx(spec, { diagramImage }));
    expect(asked).toContain('landscape');
    expect(asked).toContain('sequence');
    expect(docx.files.some((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toBe(true);
    expect(docx.files.some((f) => f.startsWith('word/media/') && f.endsWith('.svg'))).toBe(true);
    // Scaled to the text width (642 px at 96 dpi = 6,115,050 EMU), aspect ratio kept.
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(docx.documentXml);
    expect(extent).not.toBeNull();
    expect(Number(extent![1]) / Number(extent![2])).toBeCloseTo(2, 1);
    expect(Number(extent![1])).toBeLessThanOrEqual(642 * 9525);
    // BPMN diagrams without a picture point to their file.
    expect(docx.text).toContain(spec.processes[0]!.bpmnFileName);
  });

  it('reports progress chapter by chapter', async () => {
    const seen: number[] = [];
    await renderSpecificationDocx(buildSpecification(loadSample()), { onProgress: (done, total) => seen.push(done / total) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it.skipIf(!existsSync('/usr/bin/soffice'))(
    existsSync('/usr/bin/soffice') ? 'converts to PDF with LibreOffice' : 'converts to PDF with LibreOffice (skipped: /usr/bin/soffice is not installed)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cs-docx-'));
    try {
      const file = path.join(dir, 'spec.docx');
      writeFileSync(file, await renderSpecificationDocx(buildSpecification(loadSample())));
      execFileSync('/usr/bin/soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 120000 });
      expect(readFileSync(path.join(dir, 'spec.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the test reader', () => {
  it('refuses malformed XML, so "opens with a reader" means something', () => {
    expect(() => parseStrict('<w:document><w:p></w:document>', 'x.xml')).toThrow(/not well-formed/);
    expect(() => parseStrict('<a>\u0001</a>', 'x.xml')).toThrow(/not well-formed/);
    expect(() => parseStrict('<a>&bogus;</a>', 'x.xml')).toThrow(/not well-formed/);
    expect(parseStrict('<a><b>ok</b></a>', 'x.xml').documentElement.nodeName).toBe('a');
  });
});

describe('fixZipTimestamps', () => {
  it('rejects bytes that are not a zip', () => {
    expect(() => fixZipTimestamps(new Uint8Array(40), '2020-01-01T00:00:00Z')).toThrow(/zip/);
  });
});
