import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, Scenario, ScenarioStep } from '../../../models/project/types';
import { proposeStepsFromProcess } from '../../../models/scenario';
import { Badge, Button, Dialog } from '../../ui';
import { useProcessSteps } from '../process/useProcessSteps';
import { updateScenario } from './scenarioEdits';

type Proposal = { status: 'loading' } | { status: 'ready'; steps: ScenarioStep[] } | { status: 'error'; message: string };

/**
 * "Fill from process": shows the steps the process proposes (kept, new, or not in the process)
 * and replaces the scenario's steps with them in one undoable change.
 */
export function FillFromProcessDialog({ project, scenario, onClose }: { project: Project; scenario: Scenario; onClose: () => void }) {
  const { t } = useTranslation('scenarios');
  const [proposal, setProposal] = useState<Proposal>({ status: 'loading' });
  const interactions = new Map(project.interactions.map((i) => [i.id, i.name]));
  const processSteps = useProcessSteps(project.processes.find((p) => p.id === scenario.processId));
  const elementIds = new Set(processSteps.status === 'ready' ? processSteps.steps.map((s) => s.elementId) : []);

  useEffect(() => {
    let current = true;
    proposeStepsFromProcess(project, scenario).then(
      (steps) => current && setProposal({ status: 'ready', steps }),
      (error: unknown) => current && setProposal({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [project, scenario]);

  const existing = new Set(scenario.steps.map((s) => s.id));
  const steps = proposal.status === 'ready' ? proposal.steps : [];
  const unchanged = proposal.status === 'ready' && JSON.stringify(steps) === JSON.stringify(scenario.steps);
  const apply = () => {
    updateScenario(scenario.id, (s) => ({ ...s, steps }));
    onClose();
  };
  const added = steps.filter((s) => !existing.has(s.id)).length;

  return (
    <Dialog
      title={t('fill.title')}
      size="large"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('fill.cancel')}</Button>
          <Button variant="primary" onClick={apply} disabled={proposal.status !== 'ready' || unchanged}>
            {t('fill.apply', { count: steps.length })}
          </Button>
        </>
      }
    >
      <p>{t('fill.intro')}</p>
      {proposal.status === 'loading' ? <p role="status">{t('fill.loading')}</p> : null}
      {proposal.status === 'error' ? <p role="alert">{t('fill.error', { message: proposal.message })}</p> : null}
      {proposal.status === 'ready' ? (
        <>
          <p role="status">{unchanged ? t('fill.unchanged') : t('fill.summary', { count: steps.length, added })}</p>
          <div className="cs-table-wrap cs-scenarios__fill-table">
            <table className="cs-table">
              <caption className="cs-visually-hidden">{t('fill.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('table.step')}</th>
                  <th scope="col">{t('fill.column.title')}</th>
                  <th scope="col">{t('fill.column.bpmn')}</th>
                  <th scope="col">{t('fill.column.interactions')}</th>
                  <th scope="col">{t('fill.column.status')}</th>
                </tr>
              </thead>
              <tbody>
                {steps.map((step, index) => (
                  <tr key={step.id}>
                    <td>{index + 1}</td>
                    <th scope="row">{step.title}</th>
                    <td className="cs-muted">{step.bpmnElementId ?? t('fill.noElement')}</td>
                    <td>{step.interactionIds.map((id) => interactions.get(id) ?? id).join(', ') || <span className="cs-muted">{t('fill.none')}</span>}</td>
                    <td>
                      {!existing.has(step.id) ? (
                        <Badge tone="info">{t('fill.status.new')}</Badge>
                      ) : step.bpmnElementId !== undefined && elementIds.has(step.bpmnElementId) ? (
                        <Badge tone="neutral">{t('fill.status.kept')}</Badge>
                      ) : (
                        <Badge tone="warning">{t('fill.status.manual')}</Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </Dialog>
  );
}
