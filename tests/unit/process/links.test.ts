import { describe, expect, it } from 'vitest';
import { createCsModdle, parseBpmn } from '../../../models/process/moddle';
import {
  addInteractionRef,
  addOperationRef,
  emptyLinks,
  extensionElementsWith,
  removeDataRef,
  removeInteractionRef,
  removeOperationRef,
  setAgency,
  setChainStep,
  setDataRef,
  updateStepLinksInXml,
} from '../../../models/process/links';
import { readProcessSteps } from '../../../models/process/steps';

const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="x">
  <bpmn:process id="P">
    <bpmn:startEvent id="S" name="Start"/>
    <bpmn:userTask id="T" name="Record applicant">
      <bpmn:extensionElements>
        <camunda:properties><camunda:property name="x" value="1"/></camunda:properties>
      </bpmn:extensionElements>
    </bpmn:userTask>
  </bpmn:process>
</bpmn:definitions>`;

const stepLinks = async (bpmn: string, id: string) => (await readProcessSteps('p', bpmn)).steps.find((step) => step.elementId === id);

describe('link edits (pure)', () => {
  it('sets one usage per data element and removes it', () => {
    let links = setDataRef(emptyLinks(), 'person.identifier', 'reads');
    links = setDataRef(links, 'person.identifier', 'verifies');
    links = setDataRef(links, 'person.birth_date', 'creates');
    expect(links.dataRefs).toEqual([
      { elementId: 'person.identifier', usage: 'verifies' },
      { elementId: 'person.birth_date', usage: 'creates' },
    ]);
    expect(removeDataRef(links, 'person.identifier').dataRefs).toEqual([{ elementId: 'person.birth_date', usage: 'creates' }]);
  });

  it('adds interactions and operations once, removes them', () => {
    let links = addInteractionRef(emptyLinks(), 'a');
    links = addInteractionRef(links, 'a');
    expect(links.interactionIds).toEqual(['a']);
    expect(removeInteractionRef(links, 'a').interactionIds).toEqual([]);
    const op = { contractId: 'c', operationId: 'search', method: 'post', path: '/search' };
    links = addOperationRef(addOperationRef(links, op), { ...op });
    expect(links.operationRefs).toEqual([op]);
    const byPath = { contractId: 'c', method: 'GET', path: '/x' };
    links = addOperationRef(links, byPath);
    expect(removeOperationRef(links, { contractId: 'c', method: 'get', path: '/x' }).operationRefs).toEqual([op]);
  });

  it('blank chain step and agency remove the attribute', () => {
    const links = setAgency(setChainStep(emptyLinks(), 'outreach'), '  Ministry  ');
    expect(links).toMatchObject({ chainStep: 'outreach', agency: 'Ministry' });
    expect(setAgency(setChainStep(links, ''), ' ')).not.toHaveProperty('chainStep');
    expect(setAgency(links, ' ')).not.toHaveProperty('agency');
  });
});

describe('links inside the BPMN (bpmn-moddle)', () => {
  it('writes cs:stepLinks next to foreign extensions and reads them back', async () => {
    const out = await updateStepLinksInXml(xml, 'T', (links) =>
      addOperationRef(
        addInteractionRef(setAgency(setChainStep(setDataRef(links, 'person.identifier', 'reads'), 'intake_registration'), 'MoSD'), 'mis-verifies-id'),
        { contractId: 'registry-api', operationId: 'syncSearch', method: 'POST', path: '/registry/sync/search' },
      ),
    );
    expect(out).toContain('camunda:property name="x" value="1"');
    expect(out).toContain('xmlns:cs="urn:convergence-studio:bpmn:1"');
    expect(await stepLinks(out, 'T')).toMatchObject({
      chainStep: 'intake_registration',
      agency: 'MoSD',
      dataRefs: [{ elementId: 'person.identifier', usage: 'reads' }],
      interactionIds: ['mis-verifies-id'],
      operationRefs: [{ contractId: 'registry-api', operationId: 'syncSearch', method: 'POST', path: '/registry/sync/search' }],
    });
  });

  it('removing every link removes cs:stepLinks but keeps the foreign extension', async () => {
    const linked = await updateStepLinksInXml(xml, 'T', (links) => setDataRef(links, 'person.identifier', 'reads'));
    const cleared = await updateStepLinksInXml(linked, 'T', (links) => removeDataRef(links, 'person.identifier'));
    expect(cleared).not.toContain('cs:stepLinks');
    expect(cleared).toContain('camunda:properties');
  });

  it('an element without other extensions loses extensionElements when its links go', async () => {
    const linked = await updateStepLinksInXml(xml, 'S', (links) => setChainStep(links, 'outreach'));
    expect(linked).toMatch(/<bpmn:startEvent id="S" name="Start">\s*<bpmn:extensionElements>/);
    const cleared = await updateStepLinksInXml(linked, 'S', (links) => setChainStep(links, undefined));
    expect(cleared).toMatch(/<bpmn:startEvent id="S" name="Start" \/>/);
  });

  it('does not modify the step it builds new extension elements for', async () => {
    const { definitions } = await parseBpmn(xml);
    const process = (definitions.rootElements as { flowElements: { id: string }[] }[])[0];
    const task = process?.flowElements.find((element) => element.id === 'T') as Parameters<typeof extensionElementsWith>[1];
    const before = task.extensionElements;
    const next = extensionElementsWith(createCsModdle(), task, setDataRef(emptyLinks(), 'x', 'reads'));
    expect(task.extensionElements).toBe(before);
    expect((next?.values as { $type: string }[]).map((value) => value.$type)).toEqual(['camunda:properties', 'cs:StepLinks']);
  });

  it('refuses an unknown step id', async () => {
    await expect(updateStepLinksInXml(xml, 'Nope', (links) => links)).rejects.toThrow(/No step with id 'Nope'/);
  });
});
