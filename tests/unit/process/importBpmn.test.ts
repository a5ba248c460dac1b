import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCsModdle } from '../../../models/process/moddle';
import { checkBpmnImport, importBpmnAsProcesses, MAX_BPMN_IMPORT_BYTES } from '../../../models/process/importBpmn';
import { createEmptyProject } from '../../../models/project/create';
import { bpmnStructure } from './bpmnStructure';

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

const miwg = bpmnFiles(path.join(conformance, 'bpmn-miwg', 'Reference'));
const mifos = bpmnFiles(path.join(conformance, 'mifos-ph-ee'));
const invalid = bpmnFiles(path.join(conformance, 'bpmn-io-bpmn-js', 'test', 'fixtures', 'bpmn', 'error'));
const project = () => createEmptyProject({ name: 'Import test', now: '2026-01-01T00:00:00Z' });

/** What the editor does on save: read with bpmn-moddle, write with toXML. */
async function throughModdle(xml: string): Promise<string> {
  const moddle = createCsModdle();
  const { rootElement } = await moddle.fromXML(xml);
  return (await moddle.toXML(rootElement, { format: true })).xml;
}

describe('importBpmnAsProcesses: conformance files', () => {
  it('finds the conformance files', () => {
    expect(miwg.length).toBeGreaterThanOrEqual(15);
    expect(mifos.length).toBeGreaterThanOrEqual(5);
    expect(invalid.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of [...miwg, ...mifos]) {
    const name = path.relative(conformance, file);
    it(`imports ${name} verbatim and keeps its structure through a save`, async () => {
      const xml = readFileSync(file, 'utf8');
      const result = await importBpmnAsProcesses(project(), xml, path.basename(file));
      if (!result.ok) throw new Error(result.errors.join('\n'));
      const process = result.project.processes.find((p) => p.id === result.processIds[0]);
      expect(process?.bpmn).toBe(xml);
      expect(process?.name.length).toBeGreaterThan(0);
      const before = await bpmnStructure(xml);
      const after = await bpmnStructure(await throughModdle(process?.bpmn ?? ''));
      expect(Object.keys(before.elements).length).toBeGreaterThan(0);
      expect(after.elements).toEqual(before.elements);
      expect(after.flows).toEqual(before.flows);
      expect(after.bounds).toEqual(before.bounds);
      expect(after.foreign).toEqual(before.foreign);
    });
  }

  it('keeps vendor extensions (Camunda/Zeebe in the Mifos files) through a save', async () => {
    const xml = readFileSync(mifos[0] as string, 'utf8');
    const structure = await bpmnStructure(await throughModdle(xml));
    expect(structure.foreign.some((type) => /^(zeebe|camunda|modeler):/.test(type)) || /xmlns:(zeebe|camunda)/.test(xml)).toBe(true);
  });

  for (const file of invalid) {
    it(`refuses the invalid fixture ${path.basename(file)} with a message and leaves the project alone`, async () => {
      const before = project();
      const snapshot = JSON.stringify(before);
      const result = await importBpmnAsProcesses(before, readFileSync(file, 'utf8'), path.basename(file));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) expect(error).toContain(path.basename(file));
      }
      expect(JSON.stringify(before)).toBe(snapshot);
    });
  }
});

describe('importBpmnAsProcesses: bad input', () => {
  const refuse = async (text: string, pattern: RegExp) => {
    const result = await importBpmnAsProcesses(project(), text, 'input.bpmn');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(pattern);
  };

  it('refuses an empty file', () => refuse('', /input\.bpmn: the file is empty/));
  it('refuses text that is not XML', () => refuse('name,phase\nx,y', /not XML/));
  it('refuses XML that is not BPMN', () => refuse('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', /not BPMN 2\.0/));
  it('refuses broken XML naming the line', () => refuse('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">\n<bpmn:process id="a">\n</bpmn:definitions>', /line \d+/));
  it('refuses a DOCTYPE with entities before parsing', () =>
    refuse('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>\n<definitions>&lol2;</definitions>', /line 2\).*DOCTYPE/));
  it('refuses a file over 20 MB before parsing', async () => {
    const big = `<definitions>${' '.repeat(MAX_BPMN_IMPORT_BYTES)}</definitions>`;
    await refuse(big, /at most 20\.0 MB/);
  });
  it('refuses definitions without any process', () =>
    refuse('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x"/>', /no process/));

  it('never throws and never changes the project, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        const before = project();
        const snapshot = JSON.stringify(before);
        const result = await importBpmnAsProcesses(before, text, 'fuzz.bpmn');
        expect(JSON.stringify(before)).toBe(snapshot);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('importBpmnAsProcesses: name and phase', () => {
  const xml = (chainStep?: string) => `<?xml version="1.0"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cs="urn:convergence-studio:bpmn:1" id="d" targetNamespace="x">
  <bpmn:process id="P" name="Pay the grant"><bpmn:task id="T" name="Pay">${
    chainStep ? `<bpmn:extensionElements><cs:stepLinks chainStep="${chainStep}"/></bpmn:extensionElements>` : ''
  }</bpmn:task></bpmn:process>
</bpmn:definitions>`;

  it('takes the name of the process and the phase of the first chain step', async () => {
    const result = await importBpmnAsProcesses(project(), xml('provide_payments'), 'x.bpmn');
    expect(result.ok && result.project.processes[0]).toMatchObject({ id: 'pay-the-grant', name: 'Pay the grant', phase: 'provide' });
  });

  it("defaults the phase to 'assess' and honours the given name and phase", async () => {
    const plain = await importBpmnAsProcesses(project(), xml(), 'x.bpmn');
    expect(plain.ok && plain.project.processes[0]?.phase).toBe('assess');
    const named = await importBpmnAsProcesses(project(), xml(), 'x.bpmn', { name: 'Payroll', phase: 'manage' });
    expect(named.ok && named.project.processes[0]).toMatchObject({ id: 'payroll', name: 'Payroll', phase: 'manage' });
  });

  it('gives a fresh id when the name is taken', async () => {
    const first = await importBpmnAsProcesses(project(), xml(), 'x.bpmn');
    if (!first.ok) throw new Error('first import failed');
    const second = await importBpmnAsProcesses(first.project, xml(), 'x.bpmn');
    expect(second.ok && second.processIds).toEqual(['pay-the-grant-2']);
  });

  it('reports the suggested name and phase for the import dialog', async () => {
    const check = await checkBpmnImport(xml('grievance_redress'), 'x.bpmn');
    expect(check).toMatchObject({ ok: true, suggestedName: 'Pay the grant', suggestedPhase: 'manage' });
  });
});
