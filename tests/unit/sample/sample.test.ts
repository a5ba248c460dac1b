import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildSampleText, SAMPLE_FILE } from '../../../scripts/build-sample';
import { getComponentType, getDataCategory, getDeliveryChainStep, getInteractionPattern, getLegalBasis } from '../../../models/catalog';
import { csModdleDescriptor, DATA_USAGES } from '../../../models/process/csModdle';
import { openProjectText } from '../../../models/project/open';
import type { Project } from '../../../models/project/types';
import { validateProject, validateProjectDeep } from '../../../models/validation';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const committed = readFileSync(path.join(REPO_ROOT, SAMPLE_FILE), 'utf8');
const moddle = new BpmnModdle({ cs: csModdleDescriptor });

const list = (value: unknown): ModdleElement[] => (Array.isArray(value) ? (value as ModdleElement[]) : []);

interface ParsedProcess {
  id: string;
  warnings: string[];
  flowNodes: ModdleElement[];
  flows: ModdleElement[];
  participants: ModdleElement[];
  lanes: ModdleElement[];
  shapes: Map<string, ModdleElement>;
  edges: Map<string, ModdleElement>;
}

let project: Project;
let parsed: ParsedProcess[];

/** Operation id -> { method, path } of each contract, read from the embedded YAML. */
function contractOperations(p: Project): Map<string, Map<string, { method: string; path: string }>> {
  const out = new Map<string, Map<string, { method: string; path: string }>>();
  for (const contract of p.apiContracts) {
    const doc = parseYaml(contract.source) as { paths: Record<string, Record<string, { operationId?: string }>> };
    const ops = new Map<string, { method: string; path: string }>();
    for (const [opPath, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (op.operationId) ops.set(op.operationId, { method: method.toUpperCase(), path: opPath });
      }
    }
    out.set(contract.id, ops);
  }
  return out;
}

beforeAll(async () => {
  const opened = openProjectText(committed);
  if (!opened.ok) throw new Error(`sample does not open: ${JSON.stringify(opened.errors)}`);
  project = opened.project;
  parsed = [];
  for (const process of project.processes) {
    const result = await moddle.fromXML(process.bpmn);
    const definitions = result.rootElement;
    const bpmnProcess = list(definitions.rootElements).find((e) => e.$type === 'bpmn:Process') as ModdleElement;
    const collaboration = list(definitions.rootElements).find((e) => e.$type === 'bpmn:Collaboration');
    const elements = list(bpmnProcess.flowElements);
    const plane = list(definitions.diagrams)[0]?.plane as ModdleElement;
    const di = list(plane.planeElement);
    const byElement = (type: string): Map<string, ModdleElement> =>
      new Map(di.filter((e) => e.$type === type).map((e) => [(e.bpmnElement as ModdleElement).id as string, e]));
    parsed.push({
      id: process.id,
      warnings: result.warnings.map((w) => w.message),
      flowNodes: elements.filter((e) => e.$type !== 'bpmn:SequenceFlow'),
      flows: elements.filter((e) => e.$type === 'bpmn:SequenceFlow'),
      participants: list(collaboration?.participants),
      lanes: list((list(bpmnProcess.laneSets)[0] as ModdleElement | undefined)?.lanes),
      shapes: byElement('bpmndi:BPMNShape'),
      edges: byElement('bpmndi:BPMNEdge'),
    });
  }
});

describe('the bundled sample project file', () => {
  it('is exactly what the build produces from assets/sample/src (run `npm run sample` after editing the sources)', () => {
    expect(committed).toBe(buildSampleText(REPO_ROOT));
  });

  it('opens without errors', () => {
    const opened = openProjectText(committed);
    expect(opened.ok ? [] : opened.errors).toEqual([]);
    expect(opened.ok && opened.migratedFrom).toBeFalsy();
  });

  it('has no error-level problem, with or without the BPMN checks', async () => {
    expect(validateProject(project).filter((p) => p.severity === 'error')).toEqual([]);
    expect((await validateProjectDeep(project)).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('passes every check, the recommended bpmnlint rules included: the sample shows good practice', async () => {
    const problems = await validateProjectDeep(project, { bpmnlint: true });
    expect(problems.map((p) => p.message)).toEqual([]);
  });

  it('embeds the contract YAML files verbatim', () => {
    for (const contract of project.apiContracts) {
      const file = path.join(REPO_ROOT, 'assets', 'sample', 'src', 'contracts', contract.sourceName ?? '');
      expect(contract.format).toBe('yaml');
      expect(contract.source).toBe(readFileSync(file, 'utf8'));
    }
  });
});

describe('sample content', () => {
  it('describes a programme with fixed timestamps and an open licence', () => {
    expect(project.project.name).toMatch(/Child Grant/);
    expect(project.project.licence).toBe('CC-BY-4.0');
    expect(project.project.country).toBeTruthy();
    expect(project.project.authors.length).toBeGreaterThan(0);
    expect(project.project.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(project.project.updated >= project.project.created).toBe(true);
  });

  it('has the nine required kinds of system, typed with catalogue ids', () => {
    expect(project.components.length).toBeGreaterThanOrEqual(9);
    const types = new Set(project.components.map((c) => c.type));
    for (const required of ['social_registry', 'id_system', 'crvs', 'sp_mis', 'ibr', 'payment_gateway', 'bank_psp', 'grievance_system', 'data_analytics']) {
      expect(types).toContain(required);
    }
    for (const c of project.components) {
      expect(getComponentType(c.type), c.type).toBeDefined();
      expect(c.ownerAgency && c.description && c.product, c.id).toBeTruthy();
      expect(c.standards.length, c.id).toBeGreaterThan(0);
    }
  });

  it('lays the landscape out without overlapping nodes', () => {
    const boxes = project.components.map((c) => ({ id: c.id, x: c.position?.x ?? NaN, y: c.position?.y ?? NaN, w: 220, h: 90 }));
    for (const b of boxes) expect(Number.isFinite(b.x) && Number.isFinite(b.y), b.id).toBe(true);
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `${a.id} / ${b.id}`).toBe(true);
      }),
    );
  });

  it('has at least 12 interactions covering sync, async with callback, subscribe/notify and batch file', () => {
    expect(project.interactions.length).toBeGreaterThanOrEqual(12);
    const patterns = new Set(project.interactions.map((i) => i.pattern));
    for (const required of ['sync_request_response', 'async_request_callback', 'subscribe_notify', 'batch_file_exchange']) {
      expect(patterns).toContain(required);
    }
    for (const i of project.interactions) expect(getInteractionPattern(i.pattern), i.pattern).toBeDefined();
  });

  it('justifies every exchange of personal data and protects sensitive ones', () => {
    const sensitivity = new Map(project.dataElements.map((d) => [d.id, d.sensitivity]));
    for (const i of project.interactions) {
      expect(i.purpose, i.id).toBeTruthy();
      expect(i.volume && i.frequency, i.id).toBeTruthy();
      expect(i.security.encryptionInTransit, i.id).toBe(true);
      expect(i.dataElements.length, i.id).toBeGreaterThan(0);
      const levels = i.dataElements.map((d) => sensitivity.get(d.elementId));
      if (levels.some((l) => l !== 'none')) {
        expect(getLegalBasis(i.legalBasis ?? ''), `${i.id} legal basis`).toBeDefined();
        expect(i.legalReference, i.id).toBeTruthy();
      }
      if (levels.includes('sensitive')) expect(i.security.dpiaReference, i.id).toBeTruthy();
    }
  });

  it('points every interaction operation at an operation of its contract, with matching method and path', () => {
    const operations = contractOperations(project);
    const withOperation = project.interactions.filter((i) => i.apiOperation);
    expect(withOperation.length).toBeGreaterThanOrEqual(8);
    for (const i of withOperation) {
      const ref = i.apiOperation as NonNullable<typeof i.apiOperation>;
      const op = operations.get(ref.contractId)?.get(ref.operationId ?? '');
      expect(op, `${i.id} -> ${ref.contractId}#${ref.operationId}`).toEqual({ method: ref.method, path: ref.path });
    }
  });

  it('has at least 30 defined data elements, some sensitive, with existing code lists', () => {
    expect(project.dataElements.length).toBeGreaterThanOrEqual(30);
    const codeLists = new Set(project.codeLists.map((c) => c.id));
    for (const d of project.dataElements) {
      expect(d.definition.length, d.id).toBeGreaterThan(10);
      if (d.codeListId) expect(codeLists, d.id).toContain(d.codeListId);
      if (d.type === 'code') expect(d.codeListId ?? d.format, `${d.id} has neither code list nor format`).toBeTruthy();
      expect(d.category && getDataCategory(d.category), `${d.id}: category '${d.category}' is not a catalogue category`).toBeTruthy();
    }
    const sensitive = project.dataElements.filter((d) => d.sensitivity === 'sensitive').map((d) => d.id);
    expect(sensitive).toEqual(expect.arrayContaining(['group.poverty_score', 'member.is_disabled']));
    for (const list of project.codeLists) expect(list.values.length, list.id).toBeGreaterThan(1);
  });

  it('has two contracts of 250 to 600 lines in OpenAPI 3.1 with callbacks and security schemes', () => {
    expect(project.apiContracts).toHaveLength(2);
    for (const contract of project.apiContracts) {
      const lines = contract.source.split('\n').length;
      expect(lines, contract.id).toBeGreaterThanOrEqual(250);
      expect(lines, contract.id).toBeLessThanOrEqual(600);
      const doc = parseYaml(contract.source) as Record<string, Record<string, unknown>>;
      expect(String(doc.openapi)).toMatch(/^3\.1\./);
      expect(Object.keys(doc.components?.securitySchemes ?? {}).length).toBeGreaterThan(0);
      expect(contract.source).toContain('callbacks:');
    }
    const paths = project.apiContracts.flatMap((c) => Object.keys((parseYaml(c.source) as { paths: object }).paths));
    for (const required of ['/registry/search', '/registry/on-search', '/registry/sync/search', '/registry/subscribe', '/registry/notify', '/registry/txn/status', '/disburse', '/on-disburse', '/disburse/txn/status']) {
      expect(paths).toContain(required);
    }
  });
});

describe('sample processes', () => {
  it('cover registration, enrolment and payment', () => {
    expect(project.processes.map((p) => p.phase)).toEqual(['assess', 'enroll', 'provide']);
  });

  it('parse with bpmn-moddle without warnings', () => {
    for (const p of parsed) expect(p.warnings, p.id).toEqual([]);
  });

  it('have one pool, lanes, 8 to 18 flow nodes, start and end events and a gateway', () => {
    for (const p of parsed) {
      expect(p.participants, p.id).toHaveLength(1);
      expect(p.lanes.length, p.id).toBeGreaterThanOrEqual(3);
      expect(p.flowNodes.length, p.id).toBeGreaterThanOrEqual(8);
      expect(p.flowNodes.length, p.id).toBeLessThanOrEqual(18);
      const types = new Set(p.flowNodes.map((n) => n.$type));
      expect(types, p.id).toContain('bpmn:StartEvent');
      expect(types, p.id).toContain('bpmn:EndEvent');
      expect([...types].some((t) => t.endsWith('Gateway')), p.id).toBe(true);
    }
    const catches = parsed.flatMap((p) => p.flowNodes.filter((n) => n.$type === 'bpmn:IntermediateCatchEvent'));
    expect(catches.length).toBeGreaterThanOrEqual(1);
  });

  it('have diagram shapes for every flow node and lane and edges for every flow', () => {
    for (const p of parsed) {
      for (const node of p.flowNodes) expect(p.shapes.has(node.id as string), `${p.id} ${node.id}`).toBe(true);
      for (const lane of p.lanes) expect(p.shapes.has(lane.id as string), `${p.id} ${lane.id}`).toBe(true);
      for (const flow of p.flows) {
        const edge = p.edges.get(flow.id as string);
        expect(edge, `${p.id} ${flow.id}`).toBeDefined();
        const points = list(edge?.waypoint);
        expect(points.length).toBeGreaterThanOrEqual(2);
        points.slice(1).forEach((b, i) => {
          const a = points[i] as ModdleElement;
          expect(a.x === b.x || a.y === b.y, `${p.id} ${flow.id} is orthogonal`).toBe(true);
        });
      }
    }
  });

  it('link every step to existing data elements, interactions, contract operations and chain steps', () => {
    const elements = new Set(project.dataElements.map((d) => d.id));
    const interactions = new Set(project.interactions.map((i) => i.id));
    const operations = contractOperations(project);
    let links = 0;
    for (const p of parsed) {
      for (const node of p.flowNodes) {
        const stepLinks = list((node.extensionElements as ModdleElement | undefined)?.values).filter((v) => v.$type === 'cs:StepLinks');
        expect(stepLinks, `${p.id} ${node.id} has step links`).toHaveLength(1);
        const l = stepLinks[0] as ModdleElement;
        expect(getDeliveryChainStep(l.chainStep as string), `${node.id} chain step`).toBeDefined();
        for (const ref of list(l.dataRefs)) {
          expect(elements, `${node.id} data`).toContain(ref.elementId);
          expect(DATA_USAGES, `${node.id} usage`).toContain(ref.usage);
          links++;
        }
        for (const ref of list(l.interactionRefs)) {
          expect(interactions, `${node.id} interaction`).toContain(ref.interactionId);
          links++;
        }
        for (const ref of list(l.operationRefs)) {
          const op = operations.get(ref.contractId as string)?.get(ref.operationId as string);
          expect(op, `${node.id} -> ${ref.contractId}#${ref.operationId}`).toEqual({ method: ref.method, path: ref.path });
          links++;
        }
      }
    }
    expect(links).toBeGreaterThan(100);
  });
});

describe('sample scenarios', () => {
  it('walk through a process step by step with error handling', () => {
    expect(project.scenarios).toHaveLength(2);
    const interactions = new Set(project.interactions.map((i) => i.id));
    for (const s of project.scenarios) {
      expect(s.objective && s.trigger && s.prerequisites && s.inputs && s.outputs && s.controlPoints, s.id).toBeTruthy();
      expect(s.actors.length, s.id).toBeGreaterThanOrEqual(4);
      expect(s.steps.length, s.id).toBeGreaterThanOrEqual(5);
      expect(s.steps.length, s.id).toBeLessThanOrEqual(8);
      const process = parsed.find((p) => p.id === s.processId);
      expect(process, s.id).toBeDefined();
      const nodeIds = new Set(process?.flowNodes.map((n) => n.id));
      for (const step of s.steps) {
        expect(nodeIds, `${s.id}/${step.id}`).toContain(step.bpmnElementId);
        for (const id of step.interactionIds) expect(interactions, `${s.id}/${step.id}`).toContain(id);
        expect(step.preconditions && step.postconditions && step.errorHandling, `${s.id}/${step.id}`).toBeTruthy();
      }
    }
  });
});
