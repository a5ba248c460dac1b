import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BpmnParseError, readProcessSteps, stepsOfProcess } from '../../../models/process/steps';
import { gridProcessToBpmn } from '../../../models/process/gridBpmn';
import type { Process } from '../../../models/project/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const miwg = (name: string): string =>
  readFileSync(path.resolve(repoRoot, '..', 'shared', 'conformance', 'bpmn-miwg', 'Reference', name), 'utf8');

const COLLABORATION = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cs="urn:convergence-studio:bpmn:1" id="D" targetNamespace="urn:t">
  <bpmn:collaboration id="C">
    <bpmn:participant id="Pool_mis" name="Programme MIS" processRef="P_mis" />
    <bpmn:participant id="Pool_sr" name="Social registry" processRef="P_sr" />
  </bpmn:collaboration>
  <bpmn:process id="P_mis">
    <bpmn:laneSet id="LS">
      <bpmn:lane id="L_office" name="District office">
        <bpmn:flowNodeRef>Start</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task_capture</bpmn:flowNodeRef>
        <bpmn:childLaneSet id="LS_inner">
          <bpmn:lane id="L_clerk" name="Registration clerk">
            <bpmn:flowNodeRef>Task_capture</bpmn:flowNodeRef>
          </bpmn:lane>
        </bpmn:childLaneSet>
      </bpmn:lane>
      <bpmn:lane id="L_hq" name="Headquarters">
        <bpmn:flowNodeRef>Sub_check</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Gateway_ok</bpmn:flowNodeRef>
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="Start" name="Application received" />
    <bpmn:userTask id="Task_capture" name="Capture application">
      <bpmn:extensionElements>
        <cs:stepLinks chainStep="intake_registration" agency="Ministry of Social Development">
          <cs:dataRef elementId="person.identifier" usage="creates" />
          <cs:dataRef elementId="person.sex" usage="creates" />
          <cs:interactionRef interactionId="mis-verifies-id" />
          <cs:operationRef contractId="id-api" operationId="verify" method="POST" path="/verify" />
        </cs:stepLinks>
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:subProcess id="Sub_check" name="Check eligibility">
      <bpmn:startEvent id="Sub_start" />
      <bpmn:serviceTask id="Task_query" name="Query registry">
        <bpmn:extensionElements>
          <cs:stepLinks><cs:interactionRef interactionId="mis-searches-sr" /></cs:stepLinks>
        </bpmn:extensionElements>
      </bpmn:serviceTask>
      <bpmn:sequenceFlow id="F_sub" sourceRef="Sub_start" targetRef="Task_query" />
    </bpmn:subProcess>
    <bpmn:exclusiveGateway id="Gateway_ok" name="Eligible?" />
    <bpmn:dataObjectReference id="DO_1" name="Application form" dataObjectRef="DataObject_1" />
    <bpmn:dataObject id="DataObject_1" />
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_capture" />
  </bpmn:process>
  <bpmn:process id="P_sr">
    <bpmn:startEvent id="SR_start" name="Search received" />
    <bpmn:task id="SR_answer" name="Answer search" />
  </bpmn:process>
</bpmn:definitions>
`;

describe('readProcessSteps', () => {
  it('lists the flow nodes of every process in document order, sub-process children after their parent', async () => {
    const { steps, warnings } = await readProcessSteps('intake', COLLABORATION);
    expect(warnings).toEqual([]);
    expect(steps.map((step) => [step.elementId, step.bpmnType, step.laneName])).toEqual([
      ['Start', 'bpmn:StartEvent', 'District office'],
      ['Task_capture', 'bpmn:UserTask', 'Registration clerk'],
      ['Sub_check', 'bpmn:SubProcess', 'Headquarters'],
      ['Sub_start', 'bpmn:StartEvent', 'Headquarters'],
      ['Task_query', 'bpmn:ServiceTask', 'Headquarters'],
      ['Gateway_ok', 'bpmn:ExclusiveGateway', 'Headquarters'],
      ['SR_start', 'bpmn:StartEvent', undefined],
      ['SR_answer', 'bpmn:Task', undefined],
    ]);
    expect(steps.every((step) => step.processId === 'intake')).toBe(true);
    expect(steps[3]!.name).toBe('');
  });

  it('reads the cs:stepLinks of a step', async () => {
    const { steps } = await readProcessSteps('intake', COLLABORATION);
    expect(steps[1]).toEqual({
      processId: 'intake',
      elementId: 'Task_capture',
      name: 'Capture application',
      bpmnType: 'bpmn:UserTask',
      laneName: 'Registration clerk',
      chainStep: 'intake_registration',
      agency: 'Ministry of Social Development',
      dataRefs: [
        { elementId: 'person.identifier', usage: 'creates' },
        { elementId: 'person.sex', usage: 'creates' },
      ],
      interactionIds: ['mis-verifies-id'],
      operationRefs: [{ contractId: 'id-api', operationId: 'verify', method: 'POST', path: '/verify' }],
    });
    expect(steps[4]!.interactionIds).toEqual(['mis-searches-sr']);
    expect(steps[0]).toMatchObject({ dataRefs: [], interactionIds: [], operationRefs: [] });
    expect(steps[0]!.chainStep).toBeUndefined();
  });

  it('reads a real interchange test model with pools, lanes and sub-processes (BPMN MIWG A.4.0)', async () => {
    const { steps, warnings } = await readProcessSteps('a40', miwg('A.4.0.bpmn'));
    // The file declares ISO-8859-1; its content is ASCII, so reading it as UTF-8 loses nothing.
    expect(warnings).toEqual(['unsupported document encoding <ISO-8859-1>, falling back to UTF-8']);
    expect(steps).toHaveLength(17);
    expect(steps.filter((step) => step.bpmnType === 'bpmn:SubProcess')).toHaveLength(2);
    expect(new Set(steps.map((step) => step.laneName))).toEqual(new Set(['Lane 1', 'Lane 2', undefined]));
  });

  it('reports what it skipped as warnings', async () => {
    const xml = COLLABORATION.replace('<bpmn:task id="SR_answer" name="Answer search" />', '<bpmn:task id="SR_answer" name="Answer search"><bpmn:nonsense/></bpmn:task>');
    const { steps, warnings } = await readProcessSteps('intake', xml);
    expect(steps).toHaveLength(8);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^unparsable content <bpmn:nonsense\/> detected: unknown type <bpmn:Nonsense> \(line \d+, column \d+\)$/);
  });

  it('rejects XML it cannot read at all with BpmnParseError', async () => {
    await expect(readProcessSteps('x', '')).rejects.toThrow(BpmnParseError);
    await expect(readProcessSteps('x', 'no xml here')).rejects.toThrow(BpmnParseError);
    await expect(readProcessSteps('x', '<note>hello</note>')).rejects.toThrow('failed to parse document as <bpmn:Definitions>');
  });
});

describe('stepsOfProcess', () => {
  it('parses a process once per object and anew when the process changes', async () => {
    const bpmn = gridProcessToBpmn({
      id: 'p',
      name: 'P',
      lanes: [{ id: 'office', name: 'Office' }],
      nodes: [
        { id: 'start', type: 'startEvent', lane: 'office', column: 0 },
        { id: 'end', type: 'endEvent', lane: 'office', column: 1 },
      ],
      flows: [{ id: 'f', from: 'start', to: 'end' }],
    });
    const process: Process = { id: 'p', name: 'P', phase: 'assess', bpmn };
    const first = stepsOfProcess(process);
    expect(stepsOfProcess(process)).toBe(first);
    expect((await first).steps.map((step) => step.elementId)).toEqual(['start', 'end']);

    const renamed: Process = { ...process, bpmn: bpmn.replace('id="end"', 'id="finish"').replace('targetRef="end"', 'targetRef="finish"').replace('bpmnElement="end"', 'bpmnElement="finish"') };
    const second = stepsOfProcess(renamed);
    expect(second).not.toBe(first);
    expect((await second).steps.map((step) => step.elementId)).toEqual(['start', 'finish']);
  });
});
