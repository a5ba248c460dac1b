// `convergence export`: the plain-Node formats write exactly the golden files, errors name the
// file and the JSON path, the timestamp follows --no-timestamp, and formats that need a browser
// say so (through a fake headless session, so no browser starts here).

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExport, type ExportCommandDeps } from '../../../electron/cli/exportCommand';
import type { HeadlessRenderer, HeadlessSession } from '../../../electron/cli/headless';
import { runCli } from '../../../electron/cli/run';

const NOW = '2026-03-04T05:06:07.000Z';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const samplePath = path.join(repoRoot, 'assets', 'sample', 'child-grant.convergence');
const golden = (scope: string, format: string) => path.join(repoRoot, 'tests', 'golden', scope, format);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'convergence-export-'));
  writeFileSync(path.join(dir, 'sample.convergence'), readFileSync(samplePath, 'utf8'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const io = () => {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s), cwd: dir, now: () => NOW } };
};

/** A session whose browser is missing, counting how often it was asked. */
function noBrowser(): ExportCommandDeps & { asked: () => number } {
  let asked = 0;
  const session: HeadlessSession = { get: async () => (asked++, { unavailable: 'No Chromium-based browser was found (test).' }), close: async () => undefined };
  return { headless: () => session, asked: () => asked };
}

/** A browser that draws every BPMN diagram as a small SVG and every picture as four bytes. */
function fakeBrowser(): ExportCommandDeps & { closed: () => boolean } {
  let closed = false;
  const renderer: HeadlessRenderer = {
    executable: '/fake/chromium',
    renderBpmnSvg: async () => '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120"><text x="10" y="20">bpmn</text></svg>',
    htmlToPdf: async (html) => new TextEncoder().encode(`%PDF-fake ${html.length}`),
    svgToPng: async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    close: async () => {
      closed = true;
    },
  };
  const session: HeadlessSession = { get: async () => ({ renderer }), close: async () => renderer.close() };
  return { headless: () => session, closed: () => closed };
}

describe('convergence export', () => {
  for (const format of ['html', 'md', 'json', 'openapi', 'bpmn', 'csv', 'svg']) {
    it(`--format ${format} --no-timestamp writes the golden files`, async () => {
      const { out, io: cliIo } = io();
      const deps = noBrowser();
      const code = await runExport(['sample.convergence', '--format', format, '--out', 'out', '--no-timestamp', '--no-browser'], cliIo, deps);
      expect(code, out.stderr).toBe(0);
      const expected = readdirSync(golden('project', format)).sort();
      expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(expected);
      for (const name of expected) expect(readFileSync(path.join(dir, 'out', name), 'utf8'), name).toBe(readFileSync(path.join(golden('project', format), name), 'utf8'));
      expect(out.stdout.trim().split('\n').sort()).toEqual(expected.map((n) => path.join('out', n)).sort());
      // --no-browser never starts one.
      expect(deps.asked()).toBe(0);
    });
  }

  it('one scenario, through runCli, matches the scenario golden', async () => {
    const { out, io: cliIo } = io();
    const code = await runCli(['export', 'sample.convergence', '--format', 'md', '--scenario', 'register-child', '--no-timestamp', '--no-browser'], cliIo);
    expect(code, out.stderr).toBe(0);
    for (const name of readdirSync(golden('register-child', 'md'))) {
      expect(readFileSync(path.join(dir, name), 'utf8')).toBe(readFileSync(path.join(golden('register-child', 'md'), name), 'utf8'));
    }
  });

  it('writes the export time unless --no-timestamp', async () => {
    const { io: cliIo } = io();
    expect(await runExport(['sample.convergence', '--format', 'json', '--no-browser'], cliIo)).toBe(0);
    const bundle = JSON.parse(readFileSync(path.join(dir, 'child-grant-registration-eligibility-and-payment.json'), 'utf8'));
    expect(bundle.specification.metadata.generatedAt).toBe(NOW);
  });

  it('without a browser, says so once and still writes the HTML with a note per process', async () => {
    const { out, io: cliIo } = io();
    const deps = noBrowser();
    expect(await runExport(['sample.convergence', '--format', 'html', '--no-timestamp'], cliIo, deps)).toBe(0);
    expect(out.stderr.match(/need a browser/g)).toHaveLength(1);
    expect(out.stderr).toContain('No Chromium-based browser was found (test).');
    const html = readFileSync(path.join(dir, 'child-grant-registration-eligibility-and-payment.html'), 'utf8');
    expect(html).toContain('The diagram of this process is in the BPMN file intake-registration.bpmn');
  });

  it('pdf and png without a browser exit 1 and write nothing', async () => {
    for (const format of ['pdf', 'png']) {
      const { out, io: cliIo } = io();
      expect(await runExport(['sample.convergence', '--format', format, '--out', format], cliIo, noBrowser())).toBe(1);
      expect(out.stderr).toContain(`--format ${format} needs a browser; nothing was written`);
      expect(existsSync(path.join(dir, format))).toBe(false);
    }
  });

  it('with a browser, BPMN diagrams are inlined and pdf, png and docx are written', async () => {
    const deps = fakeBrowser();
    const { out, io: cliIo } = io();
    expect(await runExport(['sample.convergence', '--format', 'html', '--scenario', 'register-child', '--no-timestamp'], cliIo, deps)).toBe(0);
    const html = readFileSync(path.join(dir, 'register-child.html'), 'utf8');
    expect(html).toContain('id="diagram-bpmn-intake-registration"');
    expect(html).not.toContain('is in the BPMN file');
    expect(deps.closed()).toBe(true);
    expect(await runExport(['sample.convergence', '--format', 'pdf', '--out', 'pdf'], cliIo, fakeBrowser())).toBe(0);
    expect(readFileSync(path.join(dir, 'pdf', 'child-grant-registration-eligibility-and-payment.pdf'), 'utf8')).toMatch(/^%PDF-fake \d+$/);
    expect(await runExport(['sample.convergence', '--format', 'png', '--out', 'png'], cliIo, fakeBrowser())).toBe(0);
    expect(readdirSync(path.join(dir, 'png')).sort()).toEqual([
      'benefit-payment.bpmn.png',
      'eligibility-enrolment.bpmn.png',
      'intake-registration.bpmn.png',
      'landscape.png',
      'monthly-payroll.sequence.png',
      'register-child.sequence.png',
    ]);
    expect(await runExport(['sample.convergence', '--format', 'docx', '--scenario', 'register-child', '--out', 'docx', '--no-timestamp'], cliIo, fakeBrowser())).toBe(0);
    const docx = readFileSync(path.join(dir, 'docx', 'register-child.docx'));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(out.stderr).toBe('');
  });

  it('a process the browser cannot draw is named with its JSON path, the rest is still written', async () => {
    const deps = fakeBrowser();
    const session = deps.headless!();
    const failing: ExportCommandDeps = {
      headless: () => ({
        get: async () => {
          const got = await session.get();
          if (!('renderer' in got)) return got;
          return { renderer: { ...got.renderer, renderBpmnSvg: async (xml: string) => (xml.includes('intake') ? Promise.reject(new Error('no diagram')) : got.renderer.renderBpmnSvg(xml)) } };
        },
        close: () => session.close(),
      }),
    };
    const { out, io: cliIo } = io();
    expect(await runExport(['sample.convergence', '--format', 'html', '--no-timestamp'], cliIo, failing)).toBe(0);
    expect(out.stderr).toMatch(/^sample\.convergence: processes\[0\]\.bpmn: the diagram of 'intake-registration' could not be drawn/);
    const html = readFileSync(path.join(dir, 'child-grant-registration-eligibility-and-payment.html'), 'utf8');
    expect(html).toContain('The diagram of this process is in the BPMN file intake-registration.bpmn');
    expect(html).toContain('id="diagram-bpmn-benefit-payment"');
  });

  it('docx is byte-stable with --no-timestamp', async () => {
    const { io: cliIo } = io();
    await runExport(['sample.convergence', '--format', 'docx', '--out', 'a', '--no-timestamp', '--no-browser'], cliIo);
    await runExport(['sample.convergence', '--format', 'docx', '--out', 'b', '--no-timestamp', '--no-browser'], cliIo);
    const name = 'child-grant-registration-eligibility-and-payment.docx';
    expect(readFileSync(path.join(dir, 'a', name)).equals(readFileSync(path.join(dir, 'b', name)))).toBe(true);
  });

  it('names the file and the JSON path of an unknown scenario, exit 2', async () => {
    const { out, io: cliIo } = io();
    expect(await runExport(['sample.convergence', '--format', 'html', '--scenario', 'nope'], cliIo, noBrowser())).toBe(2);
    expect(out.stderr).toBe("sample.convergence: scenarios: no scenario has the id 'nope' (the project has: register-child, monthly-payroll)\n");
  });

  it('reports unreadable input with the file and exit 2, and usage errors with exit 2', async () => {
    writeFileSync(path.join(dir, 'broken.convergence'), '{ "schemaVersion": 3, "project": 5 }');
    const broken = io();
    expect(await runCli(['export', 'broken.convergence', '--format', 'json'], broken.io)).toBe(2);
    expect(broken.out.stderr).toMatch(/^broken\.convergence: /);
    const missing = io();
    expect(await runCli(['export', 'missing.convergence', '--format', 'json'], missing.io)).toBe(2);
    expect(missing.out.stderr).toContain('missing.convergence: No such file');
    const noFormat = io();
    expect(await runCli(['export', 'sample.convergence'], noFormat.io)).toBe(2);
    expect(noFormat.out.stderr).toContain("'export' needs --format");
    const badFormat = io();
    expect(await runCli(['export', 'sample.convergence', '--format', 'rtf'], badFormat.io)).toBe(2);
    expect(badFormat.out.stderr).toContain("unknown format 'rtf'");
    writeFileSync(path.join(dir, 'taken'), 'a file, not a folder');
    const blocked = io();
    expect(await runCli(['export', 'sample.convergence', '--format', 'json', '--out', 'taken', '--no-browser'], blocked.io)).toBe(1);
    expect(blocked.out.stderr).toMatch(/^taken: the output folder cannot be created: /);
    const combined = io();
    expect(await runCli(['export', 'sample.convergence', '--format', 'pdf', '--no-browser'], combined.io)).toBe(2);
  });
});
