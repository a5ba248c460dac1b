import { BpmnModdle } from 'bpmn-moddle';
import { beforeAll, describe, expect, it } from 'vitest';
import { countEntities, generateProject, SIZES, type SizeName } from '../../../bench/generate';
import { componentTypes, deliveryChainPhases, interactionPatterns, legalBases } from '../../../models/catalog';
import { csModdleDescriptor } from '../../../models/process/csModdle';
import { openProjectText } from '../../../models/project/open';
import { serializeProject } from '../../../models/project/serialize';
import type { Project } from '../../../models/project/types';
import { validateProject, validateProjectDeep } from '../../../models/validation';

const generated = new Map<SizeName, { project: Project; text: string }>();

beforeAll(() => {
  for (const size of ['S', 'M'] as const) {
    const project = generateProject(size);
    generated.set(size, { project, text: serializeProject(project) });
  }
});

function get(size: SizeName): { project: Project; text: string } {
  const entry = generated.get(size);
  if (!entry) throw new Error(`size ${size} was not generated`);
  return entry;
}

describe.each(['S', 'M'] as const)('generated project %s', (size) => {
  it('has the entity counts of its size', () => {
    const { project } = get(size);
    const spec = SIZES[size];
    expect(countEntities(project)).toEqual({
      components: spec.components,
      interactions: spec.interactions,
      processes: spec.processes,
      bpmnFlowNodes: spec.processes * spec.elementsPerProcess,
      dataElements: spec.dataElements,
    });
    expect(project.codeLists).toHaveLength(spec.codeLists);
    expect(project.apiContracts).toHaveLength(spec.apiContracts);
    expect(project.scenarios).toHaveLength(spec.scenarios);
  });

  it('opens without errors', () => {
    const opened = openProjectText(get(size).text);
    if (!opened.ok) throw new Error(JSON.stringify(opened.errors, null, 2).slice(0, 2000));
    expect(opened.ok).toBe(true);
  });

  it('has no error-level problem', () => {
    const opened = openProjectText(get(size).text);
    if (!opened.ok) throw new Error('did not open');
    const errors = validateProject(opened.project).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('has no error-level problem in its BPMN step links either', async () => {
    const errors = (await validateProjectDeep(get(size).project)).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('uses only catalogue ids', () => {
    const { project } = get(size);
    const types = new Set(componentTypes.map((t) => t.id));
    const patterns = new Set(interactionPatterns.map((p) => p.id));
    const bases = new Set(legalBases.map((b) => b.id));
    const phases = new Set(deliveryChainPhases.map((p) => p.id));
    for (const c of project.components) expect(types.has(c.type), c.type).toBe(true);
    for (const i of project.interactions) {
      expect(patterns.has(i.pattern), i.pattern).toBe(true);
      if (i.legalBasis !== undefined) expect(bases.has(i.legalBasis), i.legalBasis).toBe(true);
    }
    for (const p of project.processes) expect(phases.has(p.phase), p.phase).toBe(true);
  });

  it('links steps only to data elements and interactions that exist', () => {
    const { project } = get(size);
    const dataIds = new Set(project.dataElements.map((d) => d.id));
    const interactionIds = new Set(project.interactions.map((i) => i.id));
    let dataRefs = 0;
    let interactionRefs = 0;
    for (const process of project.processes) {
      for (const m of process.bpmn.matchAll(/<cs:dataRef elementId="([^"]+)"/g)) {
        expect(dataIds.has(m[1] ?? ''), m[1]).toBe(true);
        dataRefs += 1;
      }
      for (const m of process.bpmn.matchAll(/<cs:interactionRef interactionId="([^"]+)"/g)) {
        expect(interactionIds.has(m[1] ?? ''), m[1]).toBe(true);
        interactionRefs += 1;
      }
    }
    expect(dataRefs).toBeGreaterThan(project.processes.length);
    expect(interactionRefs).toBeGreaterThan(project.processes.length);
  });
});

describe('generateProject', () => {
  it('gives the same bytes for the same seed', () => {
    expect(serializeProject(generateProject('S'))).toBe(get('S').text);
    expect(serializeProject(generateProject('M', 7))).toBe(serializeProject(generateProject('M', 7)));
  });

  it('gives different projects for different seeds', () => {
    expect(serializeProject(generateProject('S', 1))).not.toBe(serializeProject(generateProject('S', 2)));
  });

  it('writes BPMN that bpmn-moddle reads with the cs extension and no warnings', async () => {
    const moddle = new BpmnModdle({ cs: csModdleDescriptor as never });
    for (const process of get('S').project.processes) {
      const { warnings, rootElement } = await moddle.fromXML(process.bpmn);
      expect(warnings).toEqual([]);
      expect(rootElement.$type).toBe('bpmn:Definitions');
    }
  });

  it('keeps the L spec of the issue', () => {
    expect(SIZES.L).toMatchObject({
      components: 2000,
      interactions: 6000,
      processes: 200,
      elementsPerProcess: 100,
      dataElements: 5000,
    });
  });

  it('generates a custom size with exactly the requested counts', () => {
    const spec = { ...SIZES.S, components: 3, interactions: 5, processes: 2, elementsPerProcess: 9, dataElements: 11 };
    expect(countEntities(generateProject(spec))).toEqual({
      components: 3,
      interactions: 5,
      processes: 2,
      bpmnFlowNodes: 18,
      dataElements: 11,
    });
  });
});
