import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csModdleDescriptor } from '../../../models/process/csModdle';
import {
  GridBpmnError,
  gridProcessToBpmn,
  layoutGridProcess,
  type Bounds,
  type GridLayout,
  type GridNodeType,
  type GridProcess,
  type Point,
} from '../../../models/process/gridBpmn';

const moddle = new BpmnModdle({ cs: csModdleDescriptor });

async function parse(xml: string): Promise<{ definitions: ModdleElement; warnings: string[]; byId: Record<string, ModdleElement> }> {
  const result = await moddle.fromXML(xml);
  return { definitions: result.rootElement, warnings: result.warnings.map((w) => w.message), byId: result.elementsById };
}

const list = (value: unknown): ModdleElement[] => (Array.isArray(value) ? (value as ModdleElement[]) : []);

function diagramElements(definitions: ModdleElement): ModdleElement[] {
  const diagram = list(definitions.diagrams)[0];
  const plane = diagram?.plane as ModdleElement | undefined;
  return list(plane?.planeElement);
}

function processOf(definitions: ModdleElement): ModdleElement {
  const process = list(definitions.rootElements).find((e) => e.$type === 'bpmn:Process');
  if (!process) throw new Error('no process');
  return process;
}

function overlaps(a: Bounds, b: Bounds): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(inner: Bounds, outer: Bounds): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

function onBorder(p: Point, b: Bounds): boolean {
  const withinX = p.x >= b.x && p.x <= b.x + b.width;
  const withinY = p.y >= b.y && p.y <= b.y + b.height;
  return ((p.x === b.x || p.x === b.x + b.width) && withinY) || ((p.y === b.y || p.y === b.y + b.height) && withinX);
}

/** Does the segment a-b pass through the interior of the box? */
function segmentCrosses(a: Point, b: Point, box: Bounds): boolean {
  const minX = Math.min(a.x, b.x);
  const maxX = Math.max(a.x, b.x);
  const minY = Math.min(a.y, b.y);
  const maxY = Math.max(a.y, b.y);
  return maxX > box.x && minX < box.x + box.width && maxY > box.y && minY < box.y + box.height;
}

/** Checks every geometric promise of the layout; returns a list of broken promises. */
function geometryProblems(spec: GridProcess, layout: GridLayout): string[] {
  const problems: string[] = [];
  const ids = spec.nodes.map((n) => n.id);
  ids.forEach((a, i) =>
    ids.slice(i + 1).forEach((b) => {
      if (overlaps(layout.shapes[a] as Bounds, layout.shapes[b] as Bounds)) problems.push(`${a} overlaps ${b}`);
    }),
  );
  for (const node of spec.nodes) {
    if (!inside(layout.shapes[node.id] as Bounds, layout.lanes[node.lane] as Bounds)) problems.push(`${node.id} outside its lane`);
  }
  for (const flow of spec.flows) {
    const points = layout.edges[flow.id] as Point[];
    const source = layout.shapes[flow.from] as Bounds;
    const target = layout.shapes[flow.to] as Bounds;
    if (points.length < 2) problems.push(`${flow.id} has fewer than 2 waypoints`);
    if (!onBorder(points[0] as Point, source)) problems.push(`${flow.id} does not start on its source`);
    if (!onBorder(points[points.length - 1] as Point, target)) problems.push(`${flow.id} does not end on its target`);
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1] as Point;
      const b = points[i] as Point;
      if (a.x !== b.x && a.y !== b.y) problems.push(`${flow.id} segment ${i} is not orthogonal`);
      if (!inside({ x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) }, layout.pool)) {
        problems.push(`${flow.id} leaves the pool`);
      }
      for (const node of spec.nodes) {
        const first = i === 1 && node.id === flow.from;
        const last = i === points.length - 1 && node.id === flow.to;
        if (first || last) continue;
        if (segmentCrosses(a, b, layout.shapes[node.id] as Bounds)) problems.push(`${flow.id} segment ${i} crosses ${node.id}`);
      }
    }
  }
  return problems;
}

const SMALL: GridProcess = {
  id: 'Process_small',
  name: 'Small',
  lanes: [
    { id: 'Lane_a', name: 'Applicant' },
    { id: 'Lane_b', name: 'System' },
  ],
  nodes: [
    { id: 'Start', type: 'startEvent', name: 'Start', lane: 'Lane_a', column: 0 },
    { id: 'Check', type: 'serviceTask', name: 'Check', lane: 'Lane_b', column: 1 },
    { id: 'Ok', type: 'exclusiveGateway', name: 'OK?', lane: 'Lane_b', column: 2 },
    { id: 'Fix', type: 'userTask', name: 'Fix the data', lane: 'Lane_a', column: 2 },
    { id: 'Wait', type: 'intermediateCatchEvent', name: 'Answer', lane: 'Lane_b', column: 3, event: { kind: 'message', messageName: 'answer' } },
    { id: 'End', type: 'endEvent', name: 'Done', lane: 'Lane_b', column: 4 },
  ],
  flows: [
    { id: 'F1', from: 'Start', to: 'Check' },
    { id: 'F2', from: 'Check', to: 'Ok' },
    { id: 'F3', from: 'Ok', to: 'Wait', name: 'yes', condition: 'ok = true' },
    { id: 'F4', from: 'Ok', to: 'Fix', name: 'no', isDefault: true },
    { id: 'F5', from: 'Fix', to: 'Check', name: 'retry' },
    { id: 'F6', from: 'Wait', to: 'End' },
  ],
};

describe('gridProcessToBpmn', () => {
  it('writes BPMN that bpmn-moddle reads without warnings', async () => {
    const { warnings, definitions } = await parse(gridProcessToBpmn(SMALL));
    expect(warnings).toEqual([]);
    expect(definitions.$type).toBe('bpmn:Definitions');
  });

  it('declares one pool with a lane per actor, each lane listing its nodes', async () => {
    const { definitions } = await parse(gridProcessToBpmn(SMALL));
    const collaboration = list(definitions.rootElements).find((e) => e.$type === 'bpmn:Collaboration');
    const participants = list(collaboration?.participants);
    expect(participants).toHaveLength(1);
    expect((participants[0]?.processRef as ModdleElement).id).toBe('Process_small');
    const lanes = list((list(processOf(definitions).laneSets)[0] as ModdleElement).lanes);
    expect(lanes.map((l) => l.name)).toEqual(['Applicant', 'System']);
    expect(list(lanes[0]?.flowNodeRef).map((n) => n.id)).toEqual(['Start', 'Fix']);
  });

  it('gives every flow node a shape and every sequence flow an edge', async () => {
    const { definitions } = await parse(gridProcessToBpmn(SMALL));
    const di = diagramElements(definitions);
    const shaped = new Set(di.filter((e) => e.$type === 'bpmndi:BPMNShape').map((e) => (e.bpmnElement as ModdleElement).id));
    const edged = new Set(di.filter((e) => e.$type === 'bpmndi:BPMNEdge').map((e) => (e.bpmnElement as ModdleElement).id));
    for (const element of list(processOf(definitions).flowElements)) {
      if (element.$type === 'bpmn:SequenceFlow') expect(edged.has(element.id)).toBe(true);
      else expect(shaped.has(element.id)).toBe(true);
    }
    expect(shaped.has('Participant_Process_small')).toBe(true);
    expect(shaped.has('Lane_a')).toBe(true);
  });

  it('places shapes on the grid with the standard sizes and no overlaps', () => {
    const layout = layoutGridProcess(SMALL);
    expect(layout.shapes.Check).toMatchObject({ width: 100, height: 80 });
    expect(layout.shapes.Start).toMatchObject({ width: 36, height: 36 });
    expect(layout.shapes.Ok).toMatchObject({ width: 50, height: 50 });
    // Centred in their cells: nodes of one column share a centre x, nodes of one row a centre y.
    const cx = (b: Bounds | undefined) => (b as Bounds).x + (b as Bounds).width / 2;
    const cy = (b: Bounds | undefined) => (b as Bounds).y + (b as Bounds).height / 2;
    expect(cx(layout.shapes.Ok)).toBe(cx(layout.shapes.Fix));
    expect(cy(layout.shapes.Check)).toBe(cy(layout.shapes.Ok));
    expect(cy(layout.shapes.Check)).toBe(cy(layout.shapes.End));
    expect(geometryProblems(SMALL, layout)).toEqual([]);
  });

  it('has a geometry check that notices a flow drawn through a shape or off its ends', () => {
    const layout = layoutGridProcess(SMALL);
    const check = layout.shapes.Check as Bounds;
    const end = layout.shapes.End as Bounds;
    // F2 (Check -> OK?) redrawn straight along the row to the end event, through the shapes between.
    const y = check.y + check.height / 2;
    const broken: GridLayout = { ...layout, edges: { ...layout.edges, F2: [{ x: check.x + check.width, y }, { x: end.x, y }] } };
    const problems = geometryProblems(SMALL, broken);
    expect(problems).toContain('F2 does not end on its target');
    expect(problems).toContain('F2 segment 1 crosses Wait');
    const diagonal: GridLayout = { ...layout, edges: { ...layout.edges, F6: [{ x: 0, y: 0 }, { x: 5, y: 5 }] } };
    expect(geometryProblems(SMALL, diagonal)).toEqual(
      expect.arrayContaining(['F6 does not start on its source', 'F6 segment 1 is not orthogonal', 'F6 leaves the pool']),
    );
  });

  it('runs a flow between neighbours of one row straight', () => {
    const layout = layoutGridProcess(SMALL);
    expect(layout.edges.F2).toHaveLength(2);
    expect(layout.edges.F6).toHaveLength(2);
  });

  it('routes a back-edge around the shapes it passes', () => {
    const layout = layoutGridProcess(SMALL);
    const points = layout.edges.F5 as Point[];
    expect(points.length).toBeGreaterThan(2);
    expect(geometryProblems(SMALL, layout).filter((p) => p.startsWith('F5'))).toEqual([]);
  });

  it('sizes lanes to their rows', () => {
    const spec: GridProcess = {
      ...SMALL,
      nodes: SMALL.nodes.map((n) => (n.id === 'End' ? { ...n, row: 2 } : n)),
    };
    const one = layoutGridProcess(SMALL);
    const three = layoutGridProcess(spec);
    expect((three.lanes.Lane_b as Bounds).height).toBe(3 * (one.lanes.Lane_b as Bounds).height);
    expect(three.pool.height).toBe((three.lanes.Lane_a as Bounds).height + (three.lanes.Lane_b as Bounds).height);
  });

  it('places external labels of named events and gateways clear of shapes', () => {
    const layout = layoutGridProcess(SMALL);
    for (const id of ['Start', 'Ok', 'Wait', 'End']) {
      const label = layout.labels[id] as Bounds;
      expect(label).toBeDefined();
      for (const shape of Object.values(layout.shapes)) expect(overlaps(label, shape)).toBe(false);
    }
    expect(layout.labels.Check).toBeUndefined();
    for (const id of ['F3', 'F4', 'F5']) expect(layout.edgeLabels[id]).toBeDefined();
    expect(layout.edgeLabels.F1).toBeUndefined();
  });

  it('writes label bounds into the DI', async () => {
    const { definitions } = await parse(gridProcessToBpmn(SMALL));
    const shape = diagramElements(definitions).find((e) => (e.bpmnElement as ModdleElement | undefined)?.id === 'Ok');
    const bounds = (shape?.label as ModdleElement | undefined)?.bounds as ModdleElement | undefined;
    expect(bounds?.width).toBeGreaterThan(0);
  });

  it('escapes every text it writes and reads back the same strings', async () => {
    const nasty = `<A & "B"> 'c'`;
    const spec: GridProcess = {
      ...SMALL,
      name: nasty,
      pool: nasty,
      documentation: `${nasty}\nsecond line`,
      lanes: [{ id: 'Lane_a', name: nasty }, SMALL.lanes[1] as GridProcess['lanes'][number]],
      nodes: SMALL.nodes.map((n) =>
        n.id === 'Check'
          ? { ...n, name: nasty, documentation: nasty, links: { agency: nasty, chainStep: 'intake_registration', interactionIds: [nasty] } }
          : n.id === 'Wait'
            ? { ...n, event: { kind: 'message' as const, messageName: nasty } }
            : n,
      ),
      flows: SMALL.flows.map((f) => (f.id === 'F3' ? { ...f, name: nasty, condition: `x < 1 && y > "2"` } : f)),
    };
    const xml = gridProcessToBpmn(spec);
    const { warnings, byId, definitions } = await parse(xml);
    expect(warnings).toEqual([]);
    const process = processOf(definitions);
    expect(process.name).toBe(nasty);
    expect(list(process.documentation)[0]?.text).toBe(`${nasty}\nsecond line`);
    expect(byId.Check?.name).toBe(nasty);
    expect(byId.Lane_a?.name).toBe(nasty);
    expect(byId.Participant_Process_small?.name).toBe(nasty);
    expect(byId.F3?.name).toBe(nasty);
    expect((byId.F3?.conditionExpression as ModdleElement).body).toBe(`x < 1 && y > "2"`);
    const links = list((byId.Check?.extensionElements as ModdleElement).values)[0] as ModdleElement;
    expect(links.agency).toBe(nasty);
    expect(list(links.interactionRefs)[0]?.interactionId).toBe(nasty);
    const message = list(definitions.rootElements).find((e) => e.$type === 'bpmn:Message');
    expect(message?.name).toBe(nasty);
  });

  it('writes cs:stepLinks that read back as data, interaction and operation refs', async () => {
    const spec: GridProcess = {
      ...SMALL,
      nodes: SMALL.nodes.map((n) =>
        n.id === 'Check'
          ? {
              ...n,
              links: {
                chainStep: 'intake_registration',
                agency: 'Ministry',
                dataRefs: [
                  { elementId: 'person.identifier', usage: 'reads' },
                  { elementId: 'person.given_name', usage: 'verifies' },
                ],
                interactionIds: ['mis-verifies-id'],
                operations: [{ contractId: 'registry-api', operationId: 'syncSearch', method: 'POST', path: '/registry/sync/search' }],
              },
            }
          : n,
      ),
    };
    const xml = gridProcessToBpmn(spec);
    expect(xml).toContain('xmlns:cs="urn:convergence-studio:bpmn:1"');
    const { byId, warnings } = await parse(xml);
    expect(warnings).toEqual([]);
    const links = list((byId.Check?.extensionElements as ModdleElement).values)[0] as ModdleElement;
    expect(links.$type).toBe('cs:StepLinks');
    expect(links.chainStep).toBe('intake_registration');
    expect(list(links.dataRefs).map((r) => [r.elementId, r.usage])).toEqual([
      ['person.identifier', 'reads'],
      ['person.given_name', 'verifies'],
    ]);
    expect(list(links.interactionRefs).map((r) => r.interactionId)).toEqual(['mis-verifies-id']);
    expect(list(links.operationRefs)[0]).toMatchObject({ contractId: 'registry-api', operationId: 'syncSearch', method: 'POST', path: '/registry/sync/search' });
  });

  it('writes event definitions, message references and default flows', async () => {
    const spec: GridProcess = {
      ...SMALL,
      nodes: SMALL.nodes.map((n) => (n.id === 'Start' ? { ...n, event: { kind: 'timer' as const, timeCycle: 'R/P7D' } } : n)),
    };
    const { byId } = await parse(gridProcessToBpmn(spec));
    const timer = list(byId.Start?.eventDefinitions)[0] as ModdleElement;
    expect(timer.$type).toBe('bpmn:TimerEventDefinition');
    expect((timer.timeCycle as ModdleElement).body).toBe('R/P7D');
    const message = list(byId.Wait?.eventDefinitions)[0] as ModdleElement;
    expect(message.$type).toBe('bpmn:MessageEventDefinition');
    expect((message.messageRef as ModdleElement).name).toBe('answer');
    expect((byId.Ok?.default as ModdleElement).id).toBe('F4');
    expect(list(byId.Check?.incoming).map((f) => f.id).sort()).toEqual(['F1', 'F5']);
  });

  it('is deterministic', () => {
    expect(gridProcessToBpmn(SMALL)).toBe(gridProcessToBpmn(structuredClone(SMALL)));
  });

  it.each([
    ['an unknown lane', { nodes: [...SMALL.nodes, { id: 'X', type: 'task' as const, lane: 'Lane_z', column: 9 }] }, /unknown lane/],
    ['a duplicate id', { nodes: [...SMALL.nodes, { id: 'Check', type: 'task' as const, lane: 'Lane_a', column: 9 }] }, /duplicate id/],
    ['two nodes in one cell', { nodes: [...SMALL.nodes, { id: 'X', type: 'task' as const, lane: 'Lane_b', column: 1 }] }, /share a grid cell/],
    ['an id that is not an XML name', { nodes: [...SMALL.nodes, { id: '1 bad', type: 'task' as const, lane: 'Lane_a', column: 9 }] }, /not a valid XML id/],
    ['a flow to nowhere', { flows: [...SMALL.flows, { id: 'F9', from: 'Check', to: 'Nowhere' }] }, /unknown node/],
    ['a flow into a start event', { flows: [...SMALL.flows, { id: 'F9', from: 'Check', to: 'Start' }] }, /enters start event/],
    [
      'a timer on an end event',
      { nodes: SMALL.nodes.map((n) => (n.id === 'End' ? { ...n, event: { kind: 'timer' as const } } : n)) },
      /cannot carry a timer/,
    ],
    ['a negative column', { nodes: [...SMALL.nodes, { id: 'X', type: 'task' as const, lane: 'Lane_a', column: -1 }] }, /non-negative integer/],
  ])('refuses %s', (_what, change, message) => {
    expect(() => gridProcessToBpmn({ ...SMALL, ...change })).toThrow(GridBpmnError);
    expect(() => gridProcessToBpmn({ ...SMALL, ...change })).toThrow(message);
  });
});

const NODE_TYPES: GridNodeType[] = ['task', 'userTask', 'serviceTask', 'exclusiveGateway', 'parallelGateway', 'intermediateCatchEvent'];

/** Random processes: up to 4 lanes, 2 to 9 nodes in distinct cells, up to 11 flows between them. */
const arbitraryProcess: fc.Arbitrary<GridProcess> = fc
  .record({
    laneCount: fc.integer({ min: 1, max: 4 }),
    cells: fc.uniqueArray(fc.record({ lane: fc.nat(3), row: fc.nat(1), column: fc.nat(5) }), {
      minLength: 2,
      maxLength: 9,
      selector: (c) => `${c.lane}/${c.row}/${c.column}`,
    }),
    types: fc.array(fc.constantFrom(...NODE_TYPES), { minLength: 9, maxLength: 9 }),
    pairs: fc.array(fc.tuple(fc.nat(8), fc.nat(8)), { maxLength: 11 }),
  })
  .map(({ laneCount, cells, types, pairs }) => {
    const lanes = Array.from({ length: laneCount }, (_, i) => ({ id: `Lane_${i}`, name: `Lane ${i}` }));
    // Cells in lanes that do not exist fold onto the last lane; duplicates after folding are dropped.
    const seen = new Set<string>();
    const nodes = cells.flatMap((c, i) => {
      const lane = Math.min(c.lane, laneCount - 1);
      const key = `${lane}/${c.row}/${c.column}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ id: `N${i}`, type: types[i] as GridNodeType, name: `Step ${i}`, lane: `Lane_${lane}`, column: c.column, row: c.row }];
    });
    const flowKeys = new Set<string>();
    const flows = pairs.flatMap(([a, b], i) => {
      const from = nodes[a % nodes.length];
      const to = nodes[b % nodes.length];
      if (!from || !to || from.id === to.id || flowKeys.has(`${from.id}>${to.id}`)) return [];
      flowKeys.add(`${from.id}>${to.id}`);
      return [{ id: `F${i}`, from: from.id, to: to.id, name: i % 3 === 0 ? 'yes' : undefined }];
    });
    return { id: 'Process_random', name: 'Random', lanes, nodes, flows };
  });

describe('gridProcessToBpmn on random processes', () => {
  it('keeps shapes apart and routes every flow orthogonally, border to border, around other shapes', () => {
    fc.assert(
      fc.property(arbitraryProcess, (spec) => {
        expect(geometryProblems(spec, layoutGridProcess(spec))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('always writes BPMN that parses without warnings', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryProcess, async (spec) => {
        const { warnings } = await parse(gridProcessToBpmn(spec));
        expect(warnings).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
