import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, useInternalNode, useStore, type EdgeProps, type ReactFlowState } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { routeEdge } from '../../../models/landscape/geometry';
import { callbackPath, EVENT_SOURCE_RADIUS } from '../../../models/landscape/svgExport';
import { polylineMidpoint, polylinePath, routeCallbackPath, routeStillFits } from '../../../models/landscape/routes';
import { edgeColour, type InteractionFlowEdge } from './flowModel';
import { useLandscapeUi } from './landscapeUi';
import { edgeMountBudget, useMountBudget } from './useMountBudget';

/** Below this zoom an edge label's 10.5 px text is under 5 px on screen: unreadable, but costly. */
export const LABEL_MIN_ZOOM = 0.5;
/** Landscapes with at most this many edges always show their labels (small ones fit at any zoom). */
const ALWAYS_LABEL_EDGES = 200;

/**
 * Whether edge labels are drawn. A boolean selector, so edges re-render only when the zoom
 * crosses the threshold, not on every frame of a zoom.
 */
const labelsShown = (s: ReactFlowState): boolean => s.transform[2] >= LABEL_MIN_ZOOM || s.edgeLookup.size <= ALWAYS_LABEL_EDGES;

/**
 * An interaction drawn between the two cards' borders (not between fixed handles), so parallel
 * interactions fan out by their offset exactly as in the SVG export. Async requests show their
 * callback as a thin return arrow beside the request.
 */
export const InteractionEdge = memo(function InteractionEdge({ id, source, target, data, selected, markerEnd }: EdgeProps<InteractionFlowEdge>) {
  const { t } = useTranslation('landscape');
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const route = useLandscapeUi((s) => s.routes.get(id));
  const showLabel = useStore(labelsShown);
  // Hundreds of edges appearing at once (open, fit, zoom out) draw over a few frames, not in one long task.
  const drawn = useMountBudget(edgeMountBudget);
  const labelDrawn = useMountBudget(edgeMountBudget, showLabel && drawn);
  if (!sourceNode || !targetNode || !data || !drawn) return null;
  const box = (node: NonNullable<typeof sourceNode>) => ({
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  });
  const curve = routeEdge({ id, from: source, to: target }, box(sourceNode), box(targetNode), data.offset);
  // ELK's orthogonal route while both cards are where the layout left them; the curve otherwise.
  const routed =
    route && route.source === source && route.target === target && routeStillFits(route, sourceNode.internals.positionAbsolute, targetNode.internals.positionAbsolute)
      ? route.points
      : null;
  const geometry = routed
    ? { path: polylinePath(routed), start: routed[0]!, labelAt: polylineMidpoint(routed), callback: routeCallbackPath(routed) }
    : { path: curve.path, start: curve.start, labelAt: curve.labelAt, callback: callbackPath(curve) };
  const colour = edgeColour(data);
  const { interaction, timing, dimmed } = data;
  const classes = ['cs-ledge', `cs-ledge--${timing}`, selected ? 'is-selected' : '', dimmed ? 'is-dimmed' : ''].filter(Boolean).join(' ');
  return (
    <>
      <BaseEdge id={id} path={geometry.path} markerEnd={markerEnd} className={routed ? `${classes} is-routed` : classes} style={{ stroke: colour }} interactionWidth={14} />
      {timing === 'batch' ? <path d={geometry.path} className={`cs-ledge__core${dimmed ? ' is-dimmed' : ''}`} /> : null}
      {timing === 'event' ? (
        <circle cx={geometry.start.x} cy={geometry.start.y} r={EVENT_SOURCE_RADIUS} className={`cs-ledge__source${dimmed ? ' is-dimmed' : ''}`} style={{ stroke: colour }} />
      ) : null}
      {timing === 'async' ? (
        <path d={geometry.callback} className={`cs-ledge__callback${dimmed ? ' is-dimmed' : ''}`} style={{ stroke: colour }} markerEnd={markerEnd}>
          <title>{t('edge.callback')}</title>
        </path>
      ) : null}
      {labelDrawn ? (
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
      ) : null}
    </>
  );
});
