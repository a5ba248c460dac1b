import { describe, expect, it } from 'vitest';
import {
  buildProjectIndex,
  componentsByType,
  interactionSensitivity,
  interactionsCarrying,
  interactionsOfComponent,
} from '../../../models/queries';
import { smallProject } from './fixtures';

const idsOf = (items: ReadonlyArray<{ id: string }>): string[] => items.map((item) => item.id);

describe('landscape queries', () => {
  it('groups components by type in document order', () => {
    const project = smallProject();
    project.components.push({ id: 'sr2', name: 'Second registry', type: 'social_registry', standards: [] });
    const groups = componentsByType(project);
    expect([...groups.keys()]).toEqual(['sp_mis', 'social_registry', 'crvs']);
    expect(idsOf(groups.get('social_registry')!)).toEqual(['sr', 'sr2']);
  });

  it('lists the interactions a component starts and serves', () => {
    const project = smallProject();
    expect(interactionsOfComponent(project, 'mis')).toEqual({
      outgoing: [project.interactions[0], project.interactions[2]],
      incoming: [project.interactions[1]],
    });
    expect(interactionsOfComponent(project, 'nobody')).toEqual({ outgoing: [], incoming: [] });
  });

  it('rates an interaction by the most sensitive element it carries', () => {
    const project = smallProject();
    const [search, notify, report] = project.interactions;
    expect(interactionSensitivity(project, search!)).toBe('sensitive');
    expect(interactionSensitivity(project, notify!)).toBe('personal');
    expect(interactionSensitivity(project, report!)).toBe('none');
    expect(interactionSensitivity(project, { ...report!, dataElements: [{ elementId: 'unknown', direction: 'request' }] })).toBe('none');
  });

  it('finds interactions carrying personal or sensitive data', () => {
    const project = smallProject();
    expect(idsOf(interactionsCarrying(project, 'personal'))).toEqual(['mis-searches-sr', 'crvs-notifies-mis']);
    expect(idsOf(interactionsCarrying(project, 'sensitive'))).toEqual(['mis-searches-sr']);
  });
});

describe('buildProjectIndex', () => {
  it('answers which steps use a data element or perform an interaction', async () => {
    const index = await buildProjectIndex(smallProject());
    expect(index.steps.map((step) => step.elementId)).toEqual(['Task_search', 'Task_record']);
    expect(index.stepsUsingDataElement('person.identifier').map((step) => step.elementId)).toEqual(['Task_search', 'Task_record']);
    expect(index.stepsUsingDataElement('person.sex').map((step) => step.elementId)).toEqual(['Task_record']);
    expect(index.stepsUsingDataElement('programme.name')).toEqual([]);
    expect(index.stepsPerformingInteraction('mis-searches-sr').map((step) => step.elementId)).toEqual(['Task_search']);
    expect(index.stepsOfProcess('enrolment')).toHaveLength(2);
    expect(index.unreadableProcesses).toEqual([]);
  });

  it('maps entities by id', async () => {
    const project = smallProject();
    const index = await buildProjectIndex(project);
    expect(index.componentById.get('sr')).toBe(project.components[1]);
    expect(index.dataElementById.get('person.sex')).toBe(project.dataElements[1]);
    expect(index.interactionById.get('crvs-notifies-mis')).toBe(project.interactions[1]);
    expect(index.processById.get('enrolment')).toBe(project.processes[0]);
    expect(index.componentById.get('nobody')).toBeUndefined();
  });

  it('lists a step once even when it links the same element twice, and survives unreadable BPMN', async () => {
    const project = smallProject();
    project.processes[0]!.bpmn = project.processes[0]!.bpmn.replace(
      '<cs:dataRef elementId="person.sex" usage="reads"/>',
      '<cs:dataRef elementId="person.sex" usage="reads"/><cs:dataRef elementId="person.sex" usage="updates"/>',
    );
    project.processes.push({ id: 'broken', name: 'Broken', phase: 'manage', bpmn: '<<<' });
    const index = await buildProjectIndex(project);
    expect(index.stepsUsingDataElement('person.sex')).toHaveLength(1);
    expect(index.unreadableProcesses.map((entry) => entry.processId)).toEqual(['broken']);
    // The caller's copy is not affected by changes to a returned list.
    index.stepsUsingDataElement('person.sex').pop();
    expect(index.stepsUsingDataElement('person.sex')).toHaveLength(1);
  });
});
