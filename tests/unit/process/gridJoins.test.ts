import { describe, expect, it } from 'vitest';
import type { GridProcess } from '../../../models/process/gridBpmn';
import { withExplicitJoins } from '../../../models/process/gridJoins';

const spec: GridProcess = {
  id: 'P',
  name: 'P',
  lanes: [{ id: 'L', name: 'Office' }],
  nodes: [
    { id: 'start', type: 'startEvent', lane: 'L', column: 0 },
    { id: 'check', type: 'task', lane: 'L', column: 1 },
    { id: 'ok', type: 'exclusiveGateway', lane: 'L', column: 2 },
    { id: 'fix', type: 'task', lane: 'L', column: 2, row: 1 },
    { id: 'end', type: 'endEvent', lane: 'L', column: 3 },
  ],
  flows: [
    { id: 'f1', from: 'start', to: 'check' },
    { id: 'f2', from: 'check', to: 'ok' },
    { id: 'f3', from: 'ok', to: 'end', name: 'yes' },
    { id: 'f4', from: 'ok', to: 'fix', name: 'no' },
    { id: 'f5', from: 'fix', to: 'check' },
  ],
};

describe('withExplicitJoins', () => {
  it('puts a merge gateway before a task that several flows enter, and shifts the columns after it', () => {
    const joined = withExplicitJoins(spec);
    const byId = new Map(joined.nodes.map((node) => [node.id, node]));
    expect(byId.get('Gateway_join_check')).toMatchObject({ type: 'exclusiveGateway', lane: 'L', column: 1 });
    expect(byId.get('check')?.column).toBe(2);
    expect(byId.get('end')?.column).toBe(4);
    expect(byId.get('start')?.column).toBe(0);
    const into = (id: string) => joined.flows.filter((flow) => flow.to === id).map((flow) => flow.from).sort();
    expect(into('check')).toEqual(['Gateway_join_check']);
    expect(into('Gateway_join_check')).toEqual(['fix', 'start']);
    expect(spec.nodes.find((node) => node.id === 'check')?.column).toBe(1);
  });

  it('leaves a process without fake joins as it was', () => {
    const simple: GridProcess = { ...spec, flows: spec.flows.filter((flow) => flow.id !== 'f5') };
    expect(withExplicitJoins(simple)).toEqual(simple);
  });
});
