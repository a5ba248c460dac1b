import { beforeEach, describe, expect, it } from 'vitest';
import { createEmptyProject } from '../../../models/project/create';
import type { Problem } from '../../../models/validation';
import { filterProblems, isFiltering, NO_FILTER, ruleCounts } from '../../../renderer/features/problems/problemFilters';
import { problemTarget } from '../../../renderer/features/problems/problemTarget';
import { ruleOverrides, withRuleSetting } from '../../../renderer/features/problems/ruleSettings';
import { useProjectStore } from '../../../renderer/store/projectStore';
import { reveal, useRevealStore } from '../../../renderer/store/reveal';

const problem = (partial: Partial<Problem> & Pick<Problem, 'ruleId' | 'path'>): Problem => ({
  severity: 'error',
  message: `${partial.path}: something about ${partial.ruleId}`,
  ...partial,
});

const problems: Problem[] = [
  problem({ ruleId: 'broken-reference', path: 'interactions[0].to', target: { kind: 'interactions', id: 'a' } }),
  problem({ ruleId: 'orphan-component', severity: 'warning', path: 'components[1]', target: { kind: 'components', id: 'registry' } }),
  problem({ ruleId: 'orphan-component', severity: 'warning', path: 'components[2]', target: { kind: 'components', id: 'bank' } }),
  problem({ ruleId: 'duplicate-name', severity: 'info', path: 'dataElements[0].name' }),
];

describe('filterProblems', () => {
  it('keeps everything with no filter', () => {
    expect(filterProblems(problems, NO_FILTER)).toEqual(problems);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('filters by severity, rule and every word of the text', () => {
    expect(filterProblems(problems, { ...NO_FILTER, severities: new Set(['warning']) }).map((p) => p.path)).toEqual(['components[1]', 'components[2]']);
    expect(filterProblems(problems, { ...NO_FILTER, ruleId: 'duplicate-name' })).toHaveLength(1);
    // The describe text (element names) is searched too, case-insensitively.
    const describe = (p: Problem) => (p.target?.id === 'bank' ? 'Component: MaraPay Bank' : '');
    expect(filterProblems(problems, { ...NO_FILTER, text: 'marapay ORPHAN' }, describe).map((p) => p.path)).toEqual(['components[2]']);
    expect(filterProblems(problems, { ...NO_FILTER, text: 'nothing-like-this' })).toEqual([]);
    expect(isFiltering({ ...NO_FILTER, text: ' x ' })).toBe(true);
  });

  it('counts problems per rule, most first', () => {
    expect(ruleCounts(problems)).toEqual([
      { ruleId: 'orphan-component', count: 2 },
      { ruleId: 'broken-reference', count: 1 },
      { ruleId: 'duplicate-name', count: 1 },
    ]);
  });
});

describe('withRuleSetting', () => {
  it('sets, changes and removes a rule override without touching the others', () => {
    const project = createEmptyProject({ name: 'x', now: '2025-01-01T00:00:00Z' });
    const off = withRuleSetting(project, 'orphan-component', 'off');
    expect(off.settings.rules).toEqual({ 'orphan-component': 'off' });
    expect(project.settings.rules).toEqual({}); // immutable
    const both = withRuleSetting(off, 'duplicate-name', 'error');
    expect(ruleOverrides(both)).toEqual([
      { ruleId: 'duplicate-name', severity: 'error' },
      { ruleId: 'orphan-component', severity: 'off' },
    ]);
    expect(withRuleSetting(both, 'orphan-component', null).settings.rules).toEqual({ 'duplicate-name': 'error' });
    // No change: the same object, so no undo step.
    expect(withRuleSetting(both, 'duplicate-name', 'error')).toBe(both);
    expect(withRuleSetting(project, 'nothing', null)).toBe(project);
  });
});

describe('problemTarget', () => {
  it('maps the entity to a reveal kind, with the BPMN element of a process problem', () => {
    expect(problemTarget(problems[0]!)).toEqual({ kind: 'interaction', id: 'a' });
    expect(problemTarget(problems[3]!)).toBeNull();
    expect(problemTarget(problem({ ruleId: 'r', path: 'processes[0].bpmn#Task_1', target: { kind: 'processes', id: 'p' } }))).toEqual({
      kind: 'process',
      id: 'p',
      bpmnElementId: 'Task_1',
    });
    expect(problemTarget(problem({ ruleId: 'r', path: 'processes[0].bpmn', bpmnElementId: 'Gw', target: { kind: 'processes', id: 'p' } }))).toMatchObject({ bpmnElementId: 'Gw' });
  });

  it('names the scenario step and the contract operation when the path leads to them', () => {
    const project = createEmptyProject({ name: 'x', now: '2025-01-01T00:00:00Z' });
    project.scenarios = [{ id: 's', title: 'S', actors: [], steps: [{ id: 'first', title: 'a', interactionIds: [] }, { id: 'second', title: 'b', interactionIds: [] }] }];
    project.interactions = [
      { id: 'i', name: 'I', from: 'a', to: 'b', pattern: 'sync_request_response', operationKind: 'read', protocol: 'rest', dataElements: [], security: {}, apiOperation: { contractId: 'c', method: 'post', path: '/x' } },
    ];
    expect(problemTarget(problem({ ruleId: 'r', path: 'scenarios[0].steps[1].interactionIds[0]', target: { kind: 'scenarios', id: 's' } }), project)).toEqual({
      kind: 'scenario',
      id: 's',
      stepId: 'second',
    });
    expect(problemTarget(problem({ ruleId: 'r', path: 'interactions[0].apiOperation', target: { kind: 'apiContracts', id: 'c' } }), project)).toEqual({
      kind: 'contract',
      id: 'c',
      operation: 'POST /x',
    });
    project.apiContracts = [
      { id: 'c', name: 'C', version: '1', format: 'yaml', source: '', mappings: [{ operationId: 'search', location: 'request', pointer: '/a', elementId: 'ghost' }] },
    ];
    expect(problemTarget(problem({ ruleId: 'r', path: 'apiContracts[0].mappings[0].elementId', target: { kind: 'apiContracts', id: 'c' } }), project)).toEqual({
      kind: 'contract',
      id: 'c',
      operation: 'search',
    });
  });
});

describe('reveal', () => {
  beforeEach(() => useRevealStore.setState({ request: null, handled: 0 }));

  it('switches to the owning view and numbers the requests', () => {
    reveal({ kind: 'dataElement', id: 'person.id' });
    expect(useProjectStore.getState().view).toBe('dictionary');
    reveal({ kind: 'process', id: 'p', bpmnElementId: 'Task_1' });
    expect(useProjectStore.getState().view).toBe('processes');
    expect(useRevealStore.getState().request).toEqual({ kind: 'process', id: 'p', bpmnElementId: 'Task_1', serial: 2 });
    useRevealStore.getState().markHandled(2);
    useRevealStore.getState().markHandled(1);
    expect(useRevealStore.getState().handled).toBe(2);
  });
});

describe('useProblemsUi', () => {
  it('keeps the filter within a document and starts another document unfiltered', async () => {
    const { useProblemsUi } = await import('../../../renderer/features/problems/problemsUi');
    const ui = () => useProblemsUi.getState();
    ui().enterDocument('a');
    ui().setFilter({ ...NO_FILTER, text: 'x' });
    ui().enterDocument('a');
    expect(ui().filter.text).toBe('x');
    ui().enterDocument('b');
    expect(ui().filter).toBe(NO_FILTER);
  });
});
