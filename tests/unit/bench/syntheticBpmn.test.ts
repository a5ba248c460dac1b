import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { buildSyntheticProcess, type TaskSpec } from '../../../bench/syntheticBpmn';
import { escapeXml } from '../../../models/text/escapeXml';
import { SeededRandom } from '../../../bench/random';
import { csModdleDescriptor } from '../../../models/process/csModdle';

interface ModdleElement {
  $type: string;
  id: string;
  name?: string;
  [key: string]: unknown;
}

function task(index: number): TaskSpec {
  return {
    name: `Check <record> & "status" ${index}`,
    kind: index % 2 === 0 ? 'userTask' : 'serviceTask',
    links: {
      chainStep: 'intake_registration',
      agency: 'Ministry of Social Development',
      dataRefs: [{ elementId: `person.given_name_${index}`, usage: 'reads' }],
      interactionRefs: [`ix-${index}`],
      operationRefs: [{ contractId: 'api-1', operationId: 'search1', method: 'POST', path: '/registry/sync/search' }],
    },
  };
}

async function parse(xml: string) {
  const moddle = new BpmnModdle({ cs: csModdleDescriptor as never });
  return moddle.fromXML(xml);
}

describe('buildSyntheticProcess', () => {
  it.each([3, 4, 7, 20, 50, 100])('writes exactly %i flow nodes that bpmn-moddle reads without warnings', async (count) => {
    const rng = new SeededRandom(count);
    const built = buildSyntheticProcess({
      bpmnProcessId: 'Process_7',
      name: 'Intake & registration',
      flowNodeCount: count,
      wantsDecision: () => rng.chance(0.4),
      describeTask: task,
    });
    const { rootElement, warnings } = await parse(built.xml);
    expect(warnings).toEqual([]);
    const definitions = rootElement as unknown as { rootElements: { flowElements: ModdleElement[] }[]; diagrams: { plane: { planeElement: ModdleElement[] } }[] };
    const flowElements = definitions.rootElements[0]?.flowElements ?? [];
    const nodes = flowElements.filter((e) => e.$type !== 'bpmn:SequenceFlow');
    const flows = flowElements.filter((e) => e.$type === 'bpmn:SequenceFlow');
    expect(nodes).toHaveLength(count);
    expect(nodes.filter((n) => n.$type === 'bpmn:StartEvent')).toHaveLength(1);
    expect(nodes.filter((n) => n.$type === 'bpmn:EndEvent')).toHaveLength(1);
    expect(built.taskIds).toHaveLength(nodes.filter((n) => n.$type.endsWith('Task')).length);

    // Every node and every flow has its diagram element; every edge has at least two waypoints.
    const plane = definitions.diagrams[0]?.plane.planeElement ?? [];
    const drawn = new Set(plane.map((d) => (d['bpmnElement'] as ModdleElement).id));
    for (const e of flowElements) expect(drawn.has(e.id)).toBe(true);
    for (const d of plane.filter((p) => p.$type === 'bpmndi:BPMNEdge')) {
      expect((d['waypoint'] as unknown[]).length).toBeGreaterThanOrEqual(2);
    }
    // A chain: every node but the start has an incoming flow, every node but the end an outgoing one.
    for (const n of nodes) {
      if (n.$type !== 'bpmn:StartEvent') expect((n['incoming'] as unknown[]).length).toBeGreaterThan(0);
      if (n.$type !== 'bpmn:EndEvent') expect((n['outgoing'] as unknown[]).length).toBeGreaterThan(0);
    }
    expect(flows.length).toBeGreaterThanOrEqual(count - 1);
  });

  it('keeps the step links, with names escaped, readable through the cs extension', async () => {
    const built = buildSyntheticProcess({
      bpmnProcessId: 'P1',
      name: 'p',
      flowNodeCount: 3,
      wantsDecision: () => false,
      describeTask: task,
    });
    const { rootElement, warnings } = await parse(built.xml);
    expect(warnings).toEqual([]);
    const process = (rootElement as unknown as { rootElements: { flowElements: ModdleElement[] }[] }).rootElements[0];
    const only = process?.flowElements.find((e) => e.$type === 'bpmn:UserTask');
    expect(only?.name).toBe('Check <record> & "status" 0');
    const links = (only?.['extensionElements'] as { values: Record<string, unknown>[] }).values[0];
    expect(links?.['$type']).toBe('cs:StepLinks');
    expect(links?.['chainStep']).toBe('intake_registration');
    expect((links?.['dataRefs'] as { elementId: string; usage: string }[])[0]).toMatchObject({ elementId: 'person.given_name_0', usage: 'reads' });
    expect((links?.['interactionRefs'] as { interactionId: string }[])[0]?.interactionId).toBe('ix-0');
    expect((links?.['operationRefs'] as { operationId: string }[])[0]?.operationId).toBe('search1');
    expect(built.taskInteractions.get(built.taskIds[0] ?? '')).toEqual(['ix-0']);
  });

  it('lays shapes out without overlaps', () => {
    const rng = new SeededRandom(3);
    const built = buildSyntheticProcess({
      bpmnProcessId: 'P2',
      name: 'p',
      flowNodeCount: 100,
      wantsDecision: () => rng.chance(0.3),
      describeTask: task,
    });
    const boxes = [...built.xml.matchAll(/<dc:Bounds x="([\d.-]+)" y="([\d.-]+)" width="(\d+)" height="(\d+)"/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      w: Number(m[3]),
      h: Number(m[4]),
    }));
    expect(boxes).toHaveLength(100);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap, `shapes ${i} and ${j} overlap`).toBe(false);
      }
    }
  });

  it('refuses fewer than three flow nodes', () => {
    expect(() =>
      buildSyntheticProcess({ bpmnProcessId: 'P', name: 'p', flowNodeCount: 2, wantsDecision: () => false, describeTask: task }),
    ).toThrow(RangeError);
  });

  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
