import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { routeEdge } from '../../../models/landscape/geometry';
import { callbackPath, EVENT_SOURCE_RADIUS } from '../../../models/landscape/svgExport';
import { edgeColour, type InteractionFlowEdge } from './flowModel';

/**
 * An interaction drawn between the two cards' borders (not between fixed handles), so parallel
 * interactions fan out by their offset exactly as in the SVG export. Async requests show their
 * callback as a thin return arrow beside the request.
 */
export const InteractionEdge = memo(function InteractionEdge({ id, source, target, data, selected, markerEnd }: EdgeProps<InteractionFlowEdge>) {
  const { t } = useTranslation('landscape');
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode || !data) return null;
  const box = (node: NonNullable<typeof sourceNode>) => ({
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  });
  const geometry = routeEdge({ id, from: source, to: target }, box(sourceNode), box(targetNode), data.offset);
  const colour = edgeColour(data);
  const { interaction, timing, dimmed } = data;
  const classes = ['cs-ledge', `cs-ledge--${timing}`, selected ? 'is-selected' : '', dimmed ? 'is-dimmed' : ''].filter(Boolean).join(' ');
  return (
    <>
      <BaseEdge id={id} path={geometry.path} markerEnd={markerEnd} className={classes} style={{ stroke: colour }} interactionWidth={14} />
      {timing === 'batch' ? <path d={geometry.path} className={`cs-ledge__core${dimmed ? ' is-dimmed' : ''}`} /> : null}
      {timing === 'event' ? (
        <circle cx={geometry.start.x} cy={geometry.start.y} r={EVENT_SOURCE_RADIUS} className={`cs-ledge__source${dimmed ? ' is-dimmed' : ''}`} style={{ stroke: colour }} />
      ) : null}
      {timing === 'async' ? (
        <path d={callbackPath(geometry)} className={`cs-ledge__callback${dimmed ? ' is-dimmed' : ''}`} style={{ stroke: colour }} markerEnd={markerEnd}>
          <title>{t('edge.callback')}</title>
        </path>
      ) : null}
      <EdgeLabelRenderer>
        <div
          className={['cs-ledge__label', selected ? 'is-selected' : '', dimmed ? 'is-dimmed' : ''].filter(Boolean).join(' ')}
          style={{ transform: `translate(-50%, -50%) translate(${geometry.labelAt.x}px, ${geometry.labelAt.y}px)` }}
          dir="auto"
        >
          <span className="cs-ledge__name">{interaction.name}</span>
          <span className="cs-ledge__kind"> · {t(`catalog:operationKind.${interaction.operationKind}`)}</span>
        </div>
      </EdgeLabelRenderer>
    </>
  );
});
