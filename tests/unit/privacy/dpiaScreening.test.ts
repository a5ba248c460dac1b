import { describe, expect, it } from 'vitest';
import { collectProcessSteps, largestQuantity, screenDpia, summariseDpia, buildProcessingRecord, type DpiaCriterionId } from '../../../models/privacy';
import type { StepInfo } from '../../../models/process/steps';
import type { Project } from '../../../models/project/types';
import { sampleProject, smallPrivacyProject } from './fixtures';

const answers = (project: Project, options: Parameters<typeof screenDpia>[1] = {}) =>
  Object.fromEntries(screenDpia(project, options).map((item) => [item.id, item.answer])) as Record<DpiaCriterionId, string>;

const step = (partial: Partial<StepInfo> & Pick<StepInfo, 'elementId' | 'bpmnType'>): StepInfo => ({
  processId: 'p',
  name: partial.elementId,
  dataRefs: [],
  interactionIds: [],
  operationRefs: [],
  ...partial,
});

describe('screenDpia', () => {
  it('answers every criterion, in a fixed order, with evidence for each yes', async () => {
    const project = sampleProject();
    const items = screenDpia(project, { steps: await collectProcessSteps(project) });
    expect(items.map((item) => item.id)).toEqual([
      'sensitive_data',
      'large_scale',
      'biometrics',
      'scoring_profiling',
      'automated_decisions',
      'access_to_service',
      'systematic_monitoring',
      'matching_datasets',
      'vulnerable_people',
      'new_technology',
      'cross_border',
      'private_recipients',
    ]);
    for (const item of items) if (item.answer === 'yes') expect(item.evidence.length, item.id).toBeGreaterThan(0);
  });

  it('answers the sample from its model', async () => {
    const project = sampleProject();
    const items = screenDpia(project, { steps: await collectProcessSteps(project) });
    const byId = Object.fromEntries(items.map((item) => [item.id, item]));
    expect(byId.sensitive_data!.answer).toBe('yes');
    expect(byId.sensitive_data!.evidence.map((entry) => entry.id)).toContain('member.is_disabled');
    expect(byId.large_scale!.answer).toBe('yes');
    expect(byId.automated_decisions!.answer).toBe('yes');
    expect(byId.automated_decisions!.evidence).toEqual([
      expect.objectContaining({ kind: 'step', id: 'Task_apply_eligibility_rules', processId: 'eligibility-enrolment' }),
    ]);
    expect(byId.systematic_monitoring!.evidence.map((entry) => entry.id)).toContain('mis-subscribes-to-vital-events');
    expect(byId.matching_datasets!.evidence.map((entry) => entry.id)).toContain('child-grant-mis');
    expect(byId.vulnerable_people!.answer).toBe('yes');
    expect(byId.biometrics!.answer).toBe('no');
    expect(byId.cross_border!.answer).toBe('no');
    expect(byId.private_recipients!.evidence.map((entry) => entry.id)).toContain('bridge-credits-wallets');
    expect(summariseDpia(items, buildProcessingRecord(project)).dpiaLikelyRequired).toBe(true);
  });

  it('says unknown for automated decisions when the steps were not read', () => {
    expect(answers(sampleProject()).automated_decisions).toBe('unknown');
  });

  it('tells automated decisions from human ones by the BPMN task type', () => {
    const project = smallPrivacyProject();
    const human = [step({ elementId: 'decide', name: 'Decide eligibility', bpmnType: 'bpmn:UserTask', chainStep: 'eligibility_enrolment_decision' })];
    const automated = [step({ elementId: 'rules', name: 'Apply rules', bpmnType: 'bpmn:BusinessRuleTask' })];
    const preparing = [step({ elementId: 'fetch', name: 'Fetch profile', bpmnType: 'bpmn:ServiceTask', chainStep: 'eligibility_enrolment_decision' })];
    expect(answers(project, { steps: human }).automated_decisions).toBe('no');
    expect(answers(project, { steps: automated }).automated_decisions).toBe('yes');
    expect(answers(project, { steps: preparing }).automated_decisions).toBe('no');
  });

  it('answers cross-border yes, unknown or no from the flows', () => {
    const project = smallPrivacyProject();
    expect(answers(project).cross_border).toBe('unknown'); // 'pay' does not record it
    project.interactions[1] = { ...project.interactions[1]!, crossBorder: false };
    expect(answers(project).cross_border).toBe('no');
    project.interactions[1] = { ...project.interactions[1]!, crossBorder: true };
    const item = screenDpia(project).find((entry) => entry.id === 'cross_border')!;
    expect(item.answer).toBe('yes');
    expect(item.evidence).toEqual([{ kind: 'interaction', id: 'pay', label: 'Pay' }]);
  });

  it('finds biometrics, private recipients, large scale and vulnerable people in a small project', () => {
    const project = smallPrivacyProject();
    expect(answers(project)).toMatchObject({ biometrics: 'no', private_recipients: 'yes', sensitive_data: 'yes', vulnerable_people: 'yes' });
    project.dataElements.push({ id: 'person.fingerprint', name: 'Fingerprint template', definition: 'ISO 19794', type: 'string', sensitivity: 'sensitive', standardRefs: [] });
    expect(answers(project).biometrics).toBe('yes');
    // 'pay' records no volume and the registry is a national register: large scale either way.
    expect(answers(project).large_scale).toBe('yes');
  });

  it('scopes the checklist to a scenario', () => {
    const project = smallPrivacyProject();
    const scoped = answers(project, { scenarioId: 'paying' });
    expect(scoped.sensitive_data).toBe('no');
    expect(scoped.private_recipients).toBe('yes');
    expect(scoped.large_scale).toBe('unknown'); // 'pay' has no volume, and the registry is not in scope
  });

  it('reads quantities from volume texts', () => {
    expect(largestQuantity('about 41,000 payments per cycle')).toBe(41000);
    expect(largestQuantity('one file of about 1.2 million rows')).toBe(1_200_000);
    expect(largestQuantity('a few a week')).toBeUndefined();
    expect(largestQuantity('batches of 5k, 20 a day')).toBe(5000);
  });
});
