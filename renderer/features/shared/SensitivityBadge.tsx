import { useTranslation } from 'react-i18next';
import type { Sensitivity } from '../../../models/project/types';
import { Badge, type BadgeTone } from '../../ui';

const TONE: Record<Sensitivity, BadgeTone> = { none: 'neutral', personal: 'warning', sensitive: 'danger' };

/** The sensitivity of a data element or a flow, named in words so colour is never the only cue. */
export function SensitivityBadge({ level }: { level: Sensitivity }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[level]}>{t(`catalog:sensitivity.${level}`)}</Badge>;
}
