import { useTranslation } from 'react-i18next';
import type { Project, RuleSeverity } from '../../../models/project/types';
import { bpmnlintRuleId, RECOMMENDED_BPMNLINT_RULES } from '../../../models/validation/bpmnlintConfig';
import { useProjectStore } from '../../store/projectStore';
import { Button, Dialog } from '../../ui';

const CHOICES = ['default', 'error', 'warning', 'info', 'off'] as const;
type Choice = (typeof CHOICES)[number];

/** The project's severity of each bpmnlint rule (settings.rules['bpmnlint/<rule>']); each change is one undo step. */
export function LintRulesDialog({ project, onClose }: { project: Project; onClose: () => void }) {
  const { t } = useTranslation('process');
  const update = useProjectStore((state) => state.updateProject);

  const choose = (rule: string, choice: Choice) =>
    update((draft) => {
      const id = bpmnlintRuleId(rule);
      const rules: Record<string, RuleSeverity> = { ...draft.settings.rules };
      if (choice === 'default') delete rules[id];
      else rules[id] = choice;
      return { ...draft, settings: { ...draft.settings, rules } };
    });

  return (
    <Dialog
      title={t('lint.title')}
      onClose={onClose}
      size="large"
      footer={
        <Button variant="primary" onClick={onClose}>
          {t('lint.done')}
        </Button>
      }
    >
      <p className="cs-muted">{t('lint.intro')}</p>
      <div className="cs-table-wrap cs-process__lint-table">
        <table className="cs-table">
          <thead>
            <tr>
              <th scope="col">{t('lint.rule')}</th>
              <th scope="col">{t('lint.default')}</th>
              <th scope="col">{t('lint.severity')}</th>
            </tr>
          </thead>
          <tbody>
            {RECOMMENDED_BPMNLINT_RULES.map((rule) => {
              const current = project.settings.rules[bpmnlintRuleId(rule.name)];
              return (
                <tr key={rule.name}>
                  <th scope="row">
                    <code>{rule.name}</code>
                  </th>
                  <td>{t(`lint.choice.${rule.severity === 'warn' ? 'warning' : rule.severity}`)}</td>
                  <td>
                    <select
                      aria-label={t('lint.severityOf', { rule: rule.name })}
                      value={current ?? 'default'}
                      onChange={(event) => choose(rule.name, event.target.value as Choice)}
                    >
                      {CHOICES.map((choice) => (
                        <option key={choice} value={choice}>
                          {t(`lint.choice.${choice}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}
