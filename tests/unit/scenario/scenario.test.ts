import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openProjectText } from '../../../models/project/open';
import type { Interaction, Project, Scenario } from '../../../models/project/types';
import {
  buildInteropTable,
  buildSequence,
  createScenario,
  createStep,
  duplicateScenario,
  escapeMermaidText,
  moveItem,
  proposeStepsFromProcess,
  renderSequenceMermaid,
  renderSequenceSvg,
  wrapText,
} from '../../../models/scenario';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function sample(): Project {
  const result = openProjectText(readFileSync(path.join(REPO_ROOT, 'assets', 'sample', 'child-grant.convergence'), 'utf8'));
  if (!result.ok) throw new Error('sample does not open');
  return result.project;
}

const scenarioOf = (project: Project, id: string): Scenario => project.scenarios.find((s) => s.id === id)!;

const XSS = '<img src=x onerror=alert(1)>';

/** A project with two components and one interaction of the given pattern. */
function tiny(pattern: string, extra: Partial<Interaction> = {}): { project: Project; scenario: Scenario } {
  const project = sample();
  const interaction: Interaction = {
    id: 'x',
    name: 'Exchange',
    from: 'child-grant-mis',
    to: 'crvs',
    pattern,
    operationKind: 'read',
    protocol: 'rest',
    dataElements: [],
    security: {},
    ...extra,
  };
  project.interactions = [...project.interactions, interaction];
  const scenario: Scenario = { id: 's', title: 'S', actors: [], steps: [{ id: 'a', title: 'A', interactionIds: ['x'] }] };
  return { project, scenario };
}

describe('buildSequence', () => {
  it('draws a synchronous call as a request and a dashed response', () => {
    const { project, scenario } = tiny('sync_request_response');
    const diagram = buildSequence(project, scenario);
    expect(diagram.messages.map((m) => [m.kind, m.from, m.to, m.dashed])).toEqual([
      ['request', 'child-grant-mis', 'crvs', false],
      ['response', 'crvs', 'child-grant-mis', true],
    ]);
    expect(diagram.participants.map((p) => p.id)).toEqual(['child-grant-mis', 'crvs']);
  });

  it('draws an asynchronous call as request, dashed acknowledgement and later callback', () => {
    const { project, scenario } = tiny('async_request_callback');
    expect(buildSequence(project, scenario).messages.map((m) => [m.kind, m.dashed])).toEqual([
      ['request', false],
      ['ack', true],
      ['callback', false],
    ]);
  });

  it('puts the callback in the last step that names the asynchronous interaction', () => {
    const project = sample();
    const diagram = buildSequence(project, scenarioOf(project, 'register-child'));
    const search = diagram.messages.filter((m) => m.interactionId === 'mis-searches-birth-record');
    expect(search.map((m) => [m.kind, m.stepNumber])).toEqual([
      ['request', 3],
      ['ack', 3],
      ['callback', 4],
    ]);
  });

  it('draws a subscription as subscription, acknowledgement and notification; an explicit notification once', () => {
    const { project, scenario } = tiny('subscribe_notify', { operationKind: 'create' });
    expect(buildSequence(project, scenario).messages.map((m) => m.kind)).toEqual(['subscribe', 'ack', 'notify']);
    const notifyProject = sample();
    const withNotification: Scenario = {
      id: 'n',
      title: 'N',
      actors: [],
      steps: [
        { id: 'a', title: 'Subscribe', interactionIds: ['mis-subscribes-to-vital-events'] },
        { id: 'b', title: 'Death notified', interactionIds: ['crvs-notifies-death'] },
      ],
    };
    const kinds = buildSequence(notifyProject, withNotification).messages.map((m) => `${m.kind}:${m.from}`);
    expect(kinds).toEqual(['subscribe:child-grant-mis', 'ack:crvs', 'notify:crvs']);
  });

  it('draws a batch file exchange as one file transfer', () => {
    const { project, scenario } = tiny('batch_file_exchange');
    expect(buildSequence(project, scenario).messages.map((m) => m.kind)).toEqual(['file']);
  });

  it('orders participants by first appearance and keeps steps without interactions', () => {
    const project = sample();
    const diagram = buildSequence(project, scenarioOf(project, 'monthly-payroll'));
    expect(diagram.participants[0]!.id).toBe('child-grant-mis');
    expect(diagram.participants[1]!.id).toBe('treasury');
    expect(diagram.steps).toHaveLength(7);
    expect(diagram.steps[0]!.messageIndices).toEqual([]);
  });

  it('names the API operation under the request', () => {
    const project = sample();
    const diagram = buildSequence(project, scenarioOf(project, 'register-child'));
    expect(diagram.messages.find((m) => m.kind === 'request' && m.interactionId === 'mis-searches-birth-record')!.detail).toBe('POST /registry/search');
  });
});

describe('renderSequenceSvg', () => {
  it('is deterministic and draws every participant, step and message', () => {
    const project = sample();
    const diagram = buildSequence(project, scenarioOf(project, 'monthly-payroll'));
    const svg = renderSequenceSvg(diagram);
    expect(renderSequenceSvg(buildSequence(sample(), scenarioOf(sample(), 'monthly-payroll')))).toBe(svg);
    expect(svg.match(/class="participant"/g)).toHaveLength(diagram.participants.length);
    expect(svg.match(/class="step"/g)).toHaveLength(7);
    expect(svg.match(/class="message /g)).toHaveLength(diagram.messages.length);
    expect(svg).toContain('stroke-dasharray="6 4"');
  });

  it('escapes user text: a hostile name stays text', () => {
    const { project, scenario } = tiny('sync_request_response', { name: XSS });
    project.components = project.components.map((c) => (c.id === 'crvs' ? { ...c, name: `</text><script>alert(1)</script>` } : c));
    scenario.title = `"><svg onload=alert(1)>`;
    scenario.steps[0]!.title = XSS;
    scenario.steps[0]!.id = 'a" onclick="x';
    const svg = renderSequenceSvg(buildSequence(project, scenario));
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<svg onload');
    expect(svg).not.toContain('" onclick="');
    expect(svg).toContain('&lt;img');
  });

  it('uses only safe characters in its ids', () => {
    const project = sample();
    const svg = renderSequenceSvg(buildSequence(project, scenarioOf(project, 'register-child')), { idPrefix: '"><x' });
    expect(svg).toContain('id="x-title"');
  });

  it('shortens long names and labels instead of overflowing', () => {
    const { project, scenario } = tiny('sync_request_response', { name: 'A very long interaction name '.repeat(8) });
    const diagram = buildSequence(project, scenario);
    const svg = renderSequenceSvg(diagram);
    expect(svg).toContain('…');
  });

  it('says when there is nothing to draw', () => {
    const project = sample();
    const svg = renderSequenceSvg(buildSequence(project, { id: 'e', title: 'Empty', actors: [], steps: [] }), { emptyText: 'Nothing here' });
    expect(svg).toContain('Nothing here');
  });
});

describe('renderSequenceMermaid', () => {
  it('writes a sequenceDiagram with aliases and the arrow of each kind', () => {
    const project = sample();
    const text = renderSequenceMermaid(buildSequence(project, scenarioOf(project, 'register-child')));
    expect(text.startsWith('sequenceDiagram\n')).toBe(true);
    expect(text).toContain('participant p1 as Child Grant MIS');
    expect(text).toContain('p1->>p3: Search birth record of the child (POST /registry/search)');
    expect(text).toContain('p3-->>p1: ACK / NACK');
    expect(text).toContain('p3-)p1: Callback: Search birth record of the child');
  });

  it('keeps user text on its own line: no statement separator, comment, arrow, HTML or newline', () => {
    const { project, scenario } = tiny('sync_request_response', { name: 'a;b\nparticipant evil\n%% x -->> y #z <b>' });
    project.components = project.components.map((c) => (c.id === 'crvs' ? { ...c, name: 'CRVS;\nNote over p1: hacked' } : c));
    scenario.steps[0]!.title = 'end\nsequenceDiagram';
    const text = renderSequenceMermaid(buildSequence(project, scenario));
    const lines = text.trimEnd().split('\n');
    // One title, two participants, one note and two messages.
    expect(lines).toHaveLength(1 + 1 + 2 + 1 + 2);
    for (const line of lines.slice(1)) {
      const userText = line.replace(/^\s*(participant p\d+ as |Note over [p\d,]+: |p\d+(->>|-->>|-\))p\d+: |title )/, '');
      expect(userText.replace(/#\d+;/g, '')).not.toMatch(/[;<>\n%#]/);
    }
    expect(lines.some((line) => line.trim().startsWith('participant evil'))).toBe(false);
  });

  it('escapes any text to a single safe line (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const escaped = escapeMermaidText(value);
        expect(escaped.replace(/#\d+;/g, '')).not.toMatch(/[;\n\r<>%#]/);
        expect(escaped.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('buildInteropTable', () => {
  it('lists one row per interaction of each step, and one for a step without any', () => {
    const project = sample();
    const rows = buildInteropTable(project, scenarioOf(project, 'monthly-payroll'));
    expect(rows.map((r) => r.stepNumber)).toEqual([1, 2, 3, 4, 5, 5, 6, 6, 7, 7]);
    expect(rows[0]!.interactionId).toBeUndefined();
    const disburse = rows.find((r) => r.interactionId === 'mis-sends-disbursements')!;
    expect(disburse.initiator!.name).toBe('Child Grant MIS');
    expect(disburse.counterpart!.id).toBe('g2p-bridge');
    expect(disburse.timing).toBe('async');
    expect(disburse.apiOperation).toMatchObject({ method: 'POST', path: '/disburse', resolved: true });
    expect(disburse.legalBasis).toBeDefined();
    expect(disburse.securitySummary).toContain('OAuth 2.0');
    expect(disburse.dataElements.length).toBeGreaterThan(0);
    expect(disburse.dataElements[0]!.name).not.toBe(disburse.dataElements[0]!.id);
    expect(rows.find((r) => r.interactionId === 'psp-sends-settlement-file')!.timing).toBe('batch');
  });

  it('resolves the API operation from the contract text by operationId', () => {
    const project = sample();
    const interaction = project.interactions.find((i) => i.id === 'mis-searches-birth-record')!;
    interaction.apiOperation = { contractId: interaction.apiOperation!.contractId, operationId: 'search' };
    const row = buildInteropTable(project, scenarioOf(project, 'register-child')).find((r) => r.interactionId === interaction.id)!;
    expect(row.apiOperation).toMatchObject({ method: 'POST', path: '/registry/search', resolved: true });
  });

  it('keeps an unresolvable reference as written, marked unresolved', () => {
    const { project, scenario } = tiny('sync_request_response', { apiOperation: { contractId: 'nope', method: 'get', path: '/x' } });
    const [row] = buildInteropTable(project, scenario);
    expect(row!.apiOperation).toMatchObject({ contractName: 'nope', method: 'GET', path: '/x', resolved: false });
  });
});

describe('proposeStepsFromProcess', () => {
  it('proposes the steps of the process in flow order with their linked interactions', async () => {
    const project = sample();
    const empty: Scenario = { ...scenarioOf(project, 'register-child'), steps: [] };
    const steps = await proposeStepsFromProcess(project, empty);
    const ids = steps.map((s) => s.bpmnElementId);
    expect(ids.indexOf('Task_record_application')).toBeLessThan(ids.indexOf('Task_verify_identity'));
    expect(ids.indexOf('Task_verify_identity')).toBeLessThan(ids.indexOf('Task_request_birth_record'));
    expect(ids.indexOf('Task_request_birth_record')).toBeLessThan(ids.indexOf('Task_subscribe_vital_events'));
    expect(ids).not.toContain(undefined);
    expect(steps.find((s) => s.bpmnElementId === 'Task_verify_identity')!.interactionIds).toEqual(['mis-verifies-caregiver-id']);
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    // Plain start and end events are not steps.
    expect(ids.some((id) => /^(StartEvent|EndEvent)_/.test(id!))).toBe(false);
  });

  it('keeps the ids, titles and notes of steps tied to the same element, and unmatched steps in place', async () => {
    const project = sample();
    const original = scenarioOf(project, 'register-child');
    const manual = { id: 'manual', title: 'Phone the caregiver', interactionIds: [] };
    const scenario: Scenario = { ...original, steps: [original.steps[0]!, manual, ...original.steps.slice(1)] };
    const steps = await proposeStepsFromProcess(project, scenario);
    const kept = steps.find((s) => s.id === 'rc-2')!;
    expect(kept).toMatchObject({ title: original.steps[1]!.title, notes: original.steps[1]!.notes, errorHandling: original.steps[1]!.errorHandling });
    expect(steps.findIndex((s) => s.id === 'manual')).toBe(steps.findIndex((s) => s.id === 'rc-1') + 1);
    expect(steps.length).toBeGreaterThan(original.steps.length);
  });

  it('returns the steps unchanged without a process', async () => {
    const project = sample();
    const scenario: Scenario = { id: 'x', title: 'X', actors: [], steps: [{ id: 'a', title: 'A', interactionIds: [] }] };
    expect(await proposeStepsFromProcess(project, scenario)).toEqual(scenario.steps);
  });

  it('follows the sequence flows rather than the file order', async () => {
    const project = sample();
    project.processes = [
      {
        id: 'p',
        name: 'P',
        phase: 'assessment',
        bpmn: `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="urn:t">
  <bpmn:process id="P1">
    <bpmn:task id="C" name="Third" />
    <bpmn:task id="B" name="Second" />
    <bpmn:startEvent id="S" />
    <bpmn:task id="A" name="First" />
    <bpmn:sequenceFlow id="f1" sourceRef="S" targetRef="A" />
    <bpmn:sequenceFlow id="f2" sourceRef="A" targetRef="B" />
    <bpmn:sequenceFlow id="f3" sourceRef="B" targetRef="C" />
    <bpmn:sequenceFlow id="f4" sourceRef="C" targetRef="A" />
  </bpmn:process>
</bpmn:definitions>`,
      },
    ];
    const steps = await proposeStepsFromProcess(project, { id: 's', title: 'S', actors: [], processId: 'p', steps: [] });
    expect(steps.map((s) => s.title)).toEqual(['First', 'Second', 'Third']);
  });
});

describe('scenario edits', () => {
  it('creates and duplicates scenarios with unique ids', () => {
    const project = sample();
    const created = createScenario(project, 'Register a child', 'p');
    expect(created).toMatchObject({ id: 'register-a-child', processId: 'p', steps: [], actors: [] });
    const copy = duplicateScenario(project, scenarioOf(project, 'register-child'), 'Register child');
    expect(copy.id).toBe('register-child-2');
    expect(copy.steps).toEqual(scenarioOf(project, 'register-child').steps);
    expect(copy.steps).not.toBe(scenarioOf(project, 'register-child').steps);
    expect(createStep(scenarioOf(project, 'register-child'), 'Check', 'Task_x').id).toBe('task-x');
  });

  it('moves an item and clamps the target', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, -5)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'b', 'c']);
  });

  it('wraps text to the given lines and marks what was cut', () => {
    expect(wrapText('one two three', 1000, 12, 2)).toEqual(['one two three']);
    const lines = wrapText('alpha beta gamma delta epsilon zeta eta theta', 60, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(wrapText('', 60, 12, 2)).toEqual([]);
  });
});

describe('buildSequence across steps', () => {
  it('draws a synchronous call named by consecutive steps once, the response in the last of them', () => {
    const { project, scenario } = tiny('sync_request_response');
    scenario.steps = [
      { id: 'a', title: 'Ask', interactionIds: ['x'] },
      { id: 'b', title: 'Answer', interactionIds: ['x'] },
      { id: 'c', title: 'Decide', interactionIds: [] },
      { id: 'd', title: 'Ask again', interactionIds: ['x'] },
    ];
    const messages = buildSequence(project, scenario).messages.map((m) => `${m.kind}@${m.stepNumber}`);
    expect(messages).toEqual(['request@1', 'response@2', 'request@4', 'response@4']);
  });
});
