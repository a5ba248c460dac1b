import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../models/project/types';
import { TextField } from './fields';
import { setScenarioText, updateScenario } from './scenarioEdits';

type TextKey = 'objective' | 'trigger' | 'prerequisites' | 'inputs' | 'outputs' | 'controlPoints';

/** The DCI process-page sections of a scenario (domain.md §1.1): actors, prerequisites, inputs… */
export function DetailsPane({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation('scenarios');
  const field = (key: TextKey, rows = 3) => (
    <TextField
      key={key}
      label={t(`field.${key}`)}
      hint={t(`hint.${key}`)}
      value={scenario[key] ?? ''}
      multiline
      rows={rows}
      onCommit={(value) => setScenarioText(scenario.id, key, value)}
    />
  );
  return (
    <div className="cs-scenarios__details-form">
      {field('objective')}
      {field('trigger', 2)}
      <TextField
        label={t('field.actors')}
        hint={t('hint.actors')}
        value={scenario.actors.join('\n')}
        multiline
        rows={Math.max(3, Math.min(8, scenario.actors.length + 1))}
        onCommit={(value) => {
          const actors = value
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== '');
          updateScenario(scenario.id, (s) => (s.actors.join('\n') === actors.join('\n') ? s : { ...s, actors }));
        }}
      />
      {field('prerequisites')}
      <div className="cs-field-row">
        {field('inputs')}
        {field('outputs')}
      </div>
      {field('controlPoints')}
    </div>
  );
}
