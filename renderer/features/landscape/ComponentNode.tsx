import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { getComponentType } from '../../../models/catalog';
import type { ComponentFlowNode } from './flowModel';

const UNKNOWN_COLOUR = '#6b7283';

/** One component card: colour stripe and icon of its type, with the type also as text. */
export const ComponentNode = memo(function ComponentNode({ data, selected }: NodeProps<ComponentFlowNode>) {
  const { t } = useTranslation('landscape');
  const { component, sensitive, dimmed } = data;
  const type = getComponentType(component.type);
  const colour = type?.colour ?? UNKNOWN_COLOUR;
  const typeLabel =
    component.type === 'custom' && component.customType
      ? component.customType
      : type
        ? type.shortName
        : t('node.unknownType');
  const classes = ['cs-lnode', selected ? 'is-selected' : '', dimmed ? 'is-dimmed' : '', type ? '' : 'is-unknown'].filter(Boolean).join(' ');
  return (
    <div className={classes} style={{ ['--cs-lnode-colour' as string]: colour }}>
      <Handle type="target" position={Position.Left} className="cs-lnode__handle" aria-label={t('node.connectTarget')} />
      <span className="cs-lnode__stripe" aria-hidden="true" />
      <span className="cs-lnode__icon" aria-hidden="true">
        <svg width="24" height="24" viewBox="0 0 24 24" focusable="false">
          {type ? (
            <path d={type.iconPath} fill={colour} />
          ) : (
            <text x="12" y="18" textAnchor="middle" fontSize="17" fontWeight="700" fill={colour}>
              ?
            </text>
          )}
        </svg>
      </span>
      <span className="cs-lnode__text">
        <span className="cs-lnode__name" title={component.name} dir="auto">
          {component.name}
        </span>
        <span className="cs-lnode__type" title={type ? type.name : component.type}>
          {typeLabel}
        </span>
        <span className="cs-lnode__footer">
          <span className={component.ownerAgency ? 'cs-lnode__owner' : 'cs-lnode__owner is-missing'} dir="auto">
            {component.ownerAgency || t('diagram.noOwner')}
          </span>
          {sensitive ? (
            <span className="cs-lnode__badge" title={t('diagram.sensitiveBadgeLong')}>
              {t('diagram.sensitiveBadge')}
            </span>
          ) : null}
        </span>
      </span>
      <Handle type="source" position={Position.Right} className="cs-lnode__handle" aria-label={t('node.connectSource')} />
    </div>
  );
});
