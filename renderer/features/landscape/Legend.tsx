import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { EDGE_TIMINGS } from '../../../models/landscape/facts';
import { SENSITIVITY_COLOUR } from '../../../models/landscape/svgExport';
import { TimingSwatch } from './TimingSwatch';

/** What the edge styles mean; with sensitivity colouring on, what the colours mean. */
export const Legend = memo(function Legend({ bySensitivity }: { bySensitivity: boolean }) {
  const { t } = useTranslation('landscape');
  return (
    <ul className="cs-landscape__legend" aria-label={t('legend.label')}>
      {bySensitivity
        ? (['none', 'personal', 'sensitive'] as const).map((level) => (
            <li key={level}>
              <svg width="40" height="10" aria-hidden="true" focusable="false">
                <line x1="1" y1="5" x2="39" y2="5" stroke={SENSITIVITY_COLOUR[level]} strokeWidth="3" />
              </svg>
              {t(`sensitivity.${level}`)}
            </li>
          ))
        : null}
      {EDGE_TIMINGS.map((timing) => (
        <li key={timing}>
          <TimingSwatch timing={timing} />
          {t(`timing.${timing}`)}
        </li>
      ))}
      <li>
        <span className="cs-landscape__legend-badge" aria-hidden="true">
          {t('diagram.sensitiveBadge')}
        </span>
        {t('legend.sensitive')}
      </li>
    </ul>
  );
});
