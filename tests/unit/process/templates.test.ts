import { describe, expect, it } from 'vitest';
import { getDeliveryChainPhase, getDeliveryChainStep } from '../../../models/catalog';
import { readProcessSteps } from '../../../models/process/steps';
import { createProcess, PROCESS_TEMPLATES, templateDataElementIds } from '../../../models/process/processes';
import { importBpmnAsProcesses } from '../../../models/process/importBpmn';
import { gridProcessToBpmn } from '../../../models/process/gridBpmn';
import { lintBpmn } from '../../../models/validation/bpmnlint';
import { validateProjectDeep } from '../../../models/validation/validateDeep';
import { createEmptyProject } from '../../../models/project/create';

const empty = () => createEmptyProject({ name: 'Templates', now: '2026-01-01T00:00:00Z' });

describe('process templates', () => {
  it('cover the nine parts of the delivery chain and DCI use cases the issue names', () => {
    expect(PROCESS_TEMPLATES.map((template) => template.id)).toEqual([
      'outreach',
      'intake-registration',
      'assessment',
      'eligibility-enrolment',
      'benefit-payment',
      'grievance-redress',
      'exit-case-closure',
      'sr-eligibility-query',
      'crvs-death-suspension',
    ]);
  });

  for (const template of PROCESS_TEMPLATES) {
    describe(template.id, () => {
      const xml = gridProcessToBpmn(template.spec);

      it('imports as BPMN, with lanes, and every step linked to a known chain step', async () => {
        expect(getDeliveryChainPhase(template.phase)).toBeDefined();
        const result = await importBpmnAsProcesses(empty(), xml, `${template.id}.bpmn`);
        if (!result.ok) throw new Error(result.errors.join('\n'));
        expect(result.warnings).toEqual([]);
        const { steps } = await readProcessSteps(template.id, xml);
        expect(steps.length).toBeGreaterThanOrEqual(5);
        for (const step of steps) {
          expect(step.laneName, step.elementId).toBeDefined();
          expect(getDeliveryChainStep(step.chainStep ?? ''), step.elementId).toBeDefined();
        }
        expect(steps.some((step) => step.dataRefs.length > 0)).toBe(true);
      });

      it('lints clean with the recommended bpmnlint rules', async () => {
        expect(await lintBpmn(xml)).toEqual([]);
      });

      it('makes a process whose data links all resolve: missing catalogue elements are added', async () => {
        const { project, processId } = createProcess(empty(), { name: `My ${template.name}`, phase: template.phase, templateId: template.id });
        expect(project.processes.map((process) => process.id)).toEqual([processId]);
        const ids = new Set(project.dataElements.map((element) => element.id));
        for (const id of templateDataElementIds(template)) expect(ids.has(id), id).toBe(true);
        const problems = await validateProjectDeep(project);
        expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      });
    });
  }
});
