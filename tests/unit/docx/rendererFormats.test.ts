// Routing of PDF, PNG and DOCX through injected renderers (a headless browser in the CLI, the
// canvas and Electron's printer in the app), with fakes standing in for them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CancelledExportError, exportRendererFormat, pngNameOf, RendererMissingError, type Renderers } from '../../../models/export/docx';
import { openProjectText } from '../../../models/project/open';
import { readDocx } from './docxReader';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const opened = openProjectText(readFileSync(path.join(repoRoot, 'assets', 'sample', 'child-grant.convergence'), 'utf8'));
if (!opened.ok) throw new Error('sample does not open');
const project = opened.project;

const TINY_PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
const BPMN_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><text>bpmn</text></svg>';

function fakes(): Renderers & { printed: string[]; rasterised: string[] } {
  const printed: string[] = [];
  const rasterised: string[] = [];
  return {
    printed,
    rasterised,
    printPdf: async (html) => {
      printed.push(html);
      return Uint8Array.from([0x25, 0x50, 0x44, 0x46]);
    },
    rasterise: async (svg) => {
      rasterised.push(svg);
      return { png: TINY_PNG, width: 300, height: 100 };
    },
  };
}

describe('exportRendererFormat', () => {
  it('prints the HTML export to one PDF named after the project', async () => {
    const renderers = fakes();
    const files = await exportRendererFormat(project, 'pdf', renderers);
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/\.pdf$/);
    expect(files[0]!.mimeType).toBe('application/pdf');
    expect(renderers.printed).toHaveLength(1);
    expect(renderers.printed[0]).toMatch(/^<!doctype html>/i);
    expect(renderers.printed[0]).toContain(project.project.name);
  });

  it('rasterises every diagram to a PNG beside its SVG name, BPMN included when drawn', async () => {
    const renderers = fakes();
    const files = await exportRendererFormat(project, 'png', renderers, { bpmnSvg: async () => BPMN_SVG });
    expect(files.every((f) => f.mimeType === 'image/png' && f.bytes === TINY_PNG)).toBe(true);
    expect(files.map((f) => f.name)).toContain('landscape.png');
    expect(files.filter((f) => f.name.endsWith('.bpmn.png'))).toHaveLength(project.processes.length);
    expect(renderers.rasterised).toContain(BPMN_SVG);
    expect(pngNameOf('intake.bpmn.svg')).toBe('intake.bpmn.png');
  });

  it('writes a DOCX with the diagrams as pictures', async () => {
    const renderers = fakes();
    const progress: number[] = [];
    const [file] = await exportRendererFormat(project, 'docx', renderers, { bpmnSvg: async () => BPMN_SVG, onProgress: (f) => progress.push(f) });
    expect(file!.name).toMatch(/\.docx$/);
    const docx = await readDocx(file!.bytes!);
    expect(docx.files.filter((f) => f.startsWith('word/media/')).length).toBeGreaterThan(0);
    expect(renderers.rasterised.filter((svg) => svg === BPMN_SVG)).toHaveLength(project.processes.length);
    expect(renderers.rasterised.length).toBeGreaterThan(project.processes.length);
    expect(progress[progress.length - 1]).toBe(1);
  });

  it('writes a DOCX without pictures when nothing can rasterise', async () => {
    const [file] = await exportRendererFormat(project, 'docx', {});
    const docx = await readDocx(file!.bytes!);
    expect(docx.files.filter((f) => f.startsWith('word/media/'))).toEqual([]);
    expect(docx.text).toContain('landscape.svg');
  });

  it('says which renderer is missing', async () => {
    await expect(exportRendererFormat(project, 'pdf', {})).rejects.toBeInstanceOf(RendererMissingError);
    await expect(exportRendererFormat(project, 'png', {})).rejects.toThrow(/rasteriser/);
  });

  it('stops when cancelled', async () => {
    const signal = { aborted: false };
    const renderers = fakes();
    const rasterise = renderers.rasterise!;
    renderers.rasterise = async (svg) => {
      signal.aborted = true;
      return rasterise(svg);
    };
    await expect(exportRendererFormat(project, 'png', renderers, { signal })).rejects.toBeInstanceOf(CancelledExportError);
    expect(renderers.rasterised).toHaveLength(1);
  });
});
