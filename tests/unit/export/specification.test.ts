// buildSpecification: what a scenario's scope holds, the whole project, ordering, and the helpers
// every renderer relies on for escaping and anchors.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSpecification, buildSpecificationWithDiagrams, escapeHtml, escapeMarkdown, inlineSvg, UnknownScenarioError } from '../../../models/export';
import { anchorOf } from '../../../models/export/anchors';
import { loadStoredContract } from '../../../models/contracts/load';
import { flattenTree, readOperationDetails } from '../../../models/contracts/schemaTree';
import { sampleProject } from './fixtures';

describe('buildSpecification', () => {
  it('limits a scenario to what its steps touch', () => {
    const project = sampleProject();
    const spec = buildSpecification(project, { scenarioId: 'register-child' });
    const scenario = project.scenarios.find((s) => s.id === 'register-child')!;
    const used = [...new Set(scenario.steps.flatMap((s) => s.interactionIds))];
    expect(spec.scenarioId).toBe('register-child');
    expect(spec.title).toBe(scenario.title);
    expect(spec.scenarios.map((s) => s.id)).toEqual(['register-child']);
    expect(spec.landscape.interactions.map((i) => i.id)).toEqual(used);
    const ends = new Set(project.interactions.filter((i) => used.includes(i.id)).flatMap((i) => [i.from, i.to]));
    expect(spec.landscape.components.map((c) => c.id).sort()).toEqual([...ends].sort());
    expect(spec.processes.map((p) => p.id)).toEqual([scenario.processId]);
    const carried = new Set(project.interactions.filter((i) => used.includes(i.id)).flatMap((i) => i.dataElements.map((d) => d.elementId)));
    expect(spec.dataElements.map((e) => e.id).sort()).toEqual([...carried].sort());
    for (const e of spec.dataElements) expect(e.carriedBy.length).toBeGreaterThan(0);
    // Code lists: exactly those the elements in scope use.
    expect(spec.codeLists.map((l) => l.id).sort()).toEqual([...new Set(spec.dataElements.flatMap((e) => (e.codeListId ? [e.codeListId] : [])))].sort());
    expect(spec.apiOperations.map((o) => `${o.method} ${o.path}`)).toEqual(['POST /registry/search', 'POST /registry/subscribe']);
    expect(spec.dataProtection.map((f) => f.interactionId)).toEqual(used);
  });

  it('holds the scenario sections in the DCI order, numbered steps, a sequence diagram and the interoperability table', () => {
    const spec = buildSpecification(sampleProject(), { scenarioId: 'register-child' });
    const s = spec.scenarios[0]!;
    expect(s.fields.map((f) => f.key)).toEqual(['objective', 'trigger', 'actors', 'prerequisites', 'inputs', 'outputs', 'controlPoints', 'process']);
    expect(s.steps.map((step) => step.number)).toEqual(s.steps.map((_, i) => i + 1));
    expect(s.sequence?.svg).toMatch(/<svg[\s>]/);
    expect(s.sequence?.mermaid).toMatch(/^sequenceDiagram/);
    expect(s.interoperability.headers).toHaveLength(11);
    for (const row of s.interoperability.rows) expect(row).toHaveLength(11);
    const search = s.interoperability.rows.find((row) => row[8] === 'POST /registry/search')!;
    expect(search[5]).toBe('Asynchronous');
    expect(search[7]).toMatch(/^Sent: /);
  });

  it('the search operation carries its request schema, mapped data elements and its callback', () => {
    const project = sampleProject();
    const contract = project.apiContracts.find((c) => c.id === 'registry-api')!;
    const loaded = loadStoredContract(contract);
    if (!loaded.ok) throw new Error('the registry contract does not load');
    const detail = readOperationDetails(loaded.contract.document).find((o) => o.operationId === 'search')!;
    const node = flattenTree(detail.request!.tree).find((n) => n.name === 'reg_type' || n.name === 'query_type')!;
    contract.mappings = [{ operationId: 'search', location: 'request', pointer: node.pointer, elementId: project.dataElements[0]!.id }];
    const spec = buildSpecification(project, { scenarioId: 'register-child' });
    const search = spec.apiOperations.find((o) => o.path === '/registry/search')!;
    expect(search.usedBy).toEqual(['Search birth record of the child']);
    expect(search.request?.properties.length).toBeGreaterThan(5);
    expect(search.callbacks.length).toBeGreaterThan(0);
    const mapped = search.request!.properties.filter((p) => p.dataElement !== undefined);
    expect(mapped.map((p) => [p.name, p.dataElement])).toEqual([[node.name, project.dataElements[0]!.name]]);
    // Nested properties are indented by depth under a dotted path.
    expect(mapped[0]!.path.split('.').length).toBeGreaterThan(1);
  });

  it('the whole project holds every scenario, component, process, element and code list in document order', () => {
    const project = sampleProject();
    const spec = buildSpecification(project);
    expect(spec.scenarioId).toBeNull();
    expect(spec.scenarios.map((s) => s.id)).toEqual(project.scenarios.map((s) => s.id));
    expect(spec.landscape.components.map((c) => c.id)).toEqual(project.components.map((c) => c.id));
    expect(spec.processes.map((p) => p.id)).toEqual(project.processes.map((p) => p.id));
    expect(spec.dataElements.map((e) => e.id)).toEqual(project.dataElements.map((e) => e.id));
    expect(spec.codeLists).toHaveLength(project.codeLists.length);
    const keys = spec.apiOperations.map((o) => `${o.contractId} ${o.path} ${o.method}`);
    expect(keys).toEqual([...keys].sort());
    expect(spec.toc.filter((t) => t.level === 1).map((t) => t.anchor)).toEqual(['about', 'scenarios', 'landscape', 'processes', 'data-elements', 'code-lists', 'api-operations', 'data-protection']);
  });

  it('names the BPMN element of each step once the process is read, and takes BPMN diagrams from a provider', async () => {
    const asked: string[] = [];
    const spec = await buildSpecificationWithDiagrams(sampleProject(), {
      scenarioId: 'register-child',
      bpmnSvg: async (id) => (asked.push(id), id === 'intake-registration' ? '<svg xmlns="http://www.w3.org/2000/svg"/>' : undefined),
    });
    expect(spec.scenarios[0]!.steps[0]).toMatchObject({ bpmnElementId: 'Task_record_application', bpmnElementName: 'Record application and consent' });
    expect(asked).toEqual(['intake-registration']);
    expect(spec.processes[0]!.diagram.svg).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
    // The synchronous builder does not read BPMN.
    expect(buildSpecification(sampleProject(), { scenarioId: 'register-child' }).scenarios[0]!.steps[0]!.bpmnElementName).toBeUndefined();
  });

  it('records the time only when given', () => {
    expect(buildSpecification(sampleProject()).metadata.generatedAt).toBeUndefined();
    expect(buildSpecification(sampleProject(), { timestamp: null }).metadata.generatedAt).toBeUndefined();
    expect(buildSpecification(sampleProject(), { timestamp: '2026-01-01T00:00:00Z' }).metadata.generatedAt).toBe('2026-01-01T00:00:00Z');
  });

  it('refuses an unknown scenario', () => {
    expect(() => buildSpecification(sampleProject(), { scenarioId: 'nope' })).toThrow(UnknownScenarioError);
  });
});

describe('escaping and anchors', () => {
  it('escapeHtml leaves no markup character', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(escapeHtml(text)).not.toMatch(/[<>"']/);
      }),
    );
  });

  it('escapeMarkdown leaves no tag, link or emphasis syntax', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '[', ']', '(', ')', '*', '_', '`', '|', '\\', 'a', ' ', '\n', '#', '-', '+', '1', '.', '!') }), (text) => {
        const out = escapeMarkdown(text);
        expect(out).not.toMatch(/</);
        // Every syntax character is preceded by a backslash that is itself not escaped.
        for (let i = 0; i < out.length; i++) {
          if ('[]*_`|#'.includes(out[i]!)) {
            let slashes = 0;
            for (let j = i - 1; j >= 0 && out[j] === '\\'; j--) slashes++;
            expect(slashes % 2, `${JSON.stringify(text)} → ${JSON.stringify(out)}`).toBe(1);
          }
        }
        for (const line of out.split('\n')) expect(line).not.toMatch(/^\s*(#|-|\+|\d+\.)/);
      }),
    );
  });

  it('anchors are unique per id and safe in attributes', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(anchorOf('x', a)).toMatch(/^x-[A-Za-z0-9_-]+$/);
        if (a !== b) expect(anchorOf('x', a)).not.toBe(anchorOf('x', b));
      }),
    );
  });

  it('inlineSvg strips active content and prefixes ids', () => {
    const svg = inlineSvg(
      '<?xml version="1.0"?><svg onload="alert(1)"><script>alert(1)</script><defs><marker id="m"/></defs><path marker-end="url(#m)"/><a href="javascript:alert(1)"><text>x</text></a><foreignObject><div/></foreignObject></svg>',
      'd1',
    );
    expect(svg).toBe('<svg><defs><marker id="d1-m"/></defs><path marker-end="url(#d1-m)"/><a href="#"><text>x</text></a></svg>');
  });
});
