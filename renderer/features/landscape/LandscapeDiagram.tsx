import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getComponentType, type InteractionTiming } from '../../../models/catalog';
import type { Component, Interaction } from '../../../models/project/types';
import { Button, Toolbar } from '../../ui';
import { diagramBounds, estimateTextWidth, fitText, layoutNodes, placeLabels, routeEdges, type NodeBox } from './geometry';
import { EDGE_TIMINGS, timingOf, type LandscapeFacts } from './landscapeModel';

const ZOOM_STEPS = [0.5, 0.67, 0.8, 1, 1.25, 1.5, 2];
const LABEL_FONT = 10.5;
const LABEL_MAX_TEXT_WIDTH = 150;
const LABEL_PADDING_X = 7;
const LABEL_HEIGHT = 18;

interface LandscapeDiagramProps {
  components: readonly Component[];
  interactions: readonly Interaction[];
  facts: LandscapeFacts;
  /** Id of the element (the interactions table) that lists the same content as text. */
  describedBy: string;
}

/** The component-interaction picture, read-only, as one SVG fitted to the view. */
export function LandscapeDiagram({ components, interactions, facts, describedBy }: LandscapeDiagramProps) {
  const { t } = useTranslation('landscape');
  const titleId = useId();
  const markerPrefix = useId().replace(/:/g, '');
  const scrollRef = useRef<HTMLDivElement>(null);
  /** null = fit to the view. */
  const [zoom, setZoom] = useState<number | null>(null);

  const nodes = useMemo(() => layoutNodes(components), [components]);
  const edges = useMemo(() => routeEdges(nodes, interactions), [nodes, interactions]);
  const byId = useMemo(() => new Map(components.map((c) => [c.id, c])), [components]);
  const interactionById = useMemo(() => new Map(interactions.map((i) => [i.id, i])), [interactions]);
  const labels = useMemo(() => {
    const texts = new Map<string, string>();
    const sizes = new Map<string, { width: number; height: number }>();
    for (const edge of edges) {
      const text = fitText(interactionById.get(edge.id)?.name ?? edge.id, LABEL_MAX_TEXT_WIDTH, LABEL_FONT);
      texts.set(edge.id, text);
      sizes.set(edge.id, { width: estimateTextWidth(text, LABEL_FONT) + 2 * LABEL_PADDING_X, height: LABEL_HEIGHT });
    }
    return { texts, boxes: placeLabels(edges, nodes, sizes) };
  }, [edges, nodes, interactionById]);
  const bounds = useMemo(() => diagramBounds([...nodes, ...labels.boxes.values()], edges), [nodes, labels, edges]);

  const tooltip = (interaction: Interaction) =>
    t('diagram.edgeTooltip', {
      name: interaction.name,
      from: byId.get(interaction.from)?.name ?? interaction.from,
      to: byId.get(interaction.to)?.name ?? interaction.to,
      pattern: t(`catalog:interactionPattern.${interaction.pattern}`),
    });

  const currentScale = () => {
    if (zoom !== null) return zoom;
    const width = scrollRef.current?.clientWidth ?? bounds.width;
    return Math.min(1, width / bounds.width);
  };
  const zoomIn = () => {
    const scale = currentScale();
    setZoom(ZOOM_STEPS.find((step) => step > scale + 0.01) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!);
  };
  const zoomOut = () => {
    const scale = currentScale();
    setZoom([...ZOOM_STEPS].reverse().find((step) => step < scale - 0.01) ?? ZOOM_STEPS[0]!);
  };

  // Fitted, the SVG spans the frame's width with the picture's proportions (CSS caps its
  // height) and the viewBox scales the picture to fit; zoomed, it gets a pixel size and the
  // frame scrolls.
  const size =
    zoom === null
      ? { aspectRatio: `${bounds.width} / ${bounds.height}` }
      : { width: `${Math.round(bounds.width * zoom)}px`, height: `${Math.round(bounds.height * zoom)}px` };

  return (
    <div className="cs-landscape__diagram-wrap">
      <Toolbar label={t('diagram.toolbar')}>
        <Button size="small" onClick={zoomIn} aria-label={t('diagram.zoomIn')} title={t('diagram.zoomIn')}>
          +
        </Button>
        <Button size="small" onClick={zoomOut} aria-label={t('diagram.zoomOut')} title={t('diagram.zoomOut')}>
          −
        </Button>
        <Button size="small" onClick={() => setZoom(null)} aria-pressed={zoom === null}>
          {t('diagram.fit')}
        </Button>
        <span className="cs-muted cs-landscape__zoom" aria-live="polite">
          {zoom === null ? t('diagram.fitted') : t('diagram.zoomLevel', { percent: Math.round(zoom * 100) })}
        </span>
      </Toolbar>
      <div ref={scrollRef} className={zoom === null ? 'cs-landscape__scroll is-fit' : 'cs-landscape__scroll'} tabIndex={0} role="group" aria-labelledby={titleId}>
        <svg
          className="cs-landscape__svg"
          viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`}
          preserveAspectRatio="xMidYMid meet"
          style={size}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={describedBy}
        >
          <title id={titleId}>{t('diagram.title')}</title>
          <defs>
            {EDGE_TIMINGS.map((timing) => (
              <marker
                key={timing}
                id={`${markerPrefix}-${timing}`}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="9"
                markerHeight="9"
                markerUnits="userSpaceOnUse"
                orient="auto-start-reverse"
                className={`cs-landscape__arrow cs-landscape__arrow--${timing}`}
              >
                <path d="M 0 0 L 10 5 L 0 10 z" />
              </marker>
            ))}
          </defs>
          <g className="cs-landscape__edges">
            {edges.map((edge) => {
              const interaction = interactionById.get(edge.id)!;
              const timing = timingOf(interaction.pattern);
              return (
                <path
                  key={edge.id}
                  d={edge.path}
                  className={`cs-landscape__edge cs-landscape__edge--${timing}`}
                  markerEnd={`url(#${markerPrefix}-${timing})`}
                >
                  <title>{tooltip(interaction)}</title>
                </path>
              );
            })}
          </g>
          <g className="cs-landscape__nodes">
            {nodes.map((node) => (
              <ComponentCard key={node.id} node={node} component={byId.get(node.id)!} sensitive={facts.componentSensitivity.get(node.id) === 'sensitive'} />
            ))}
          </g>
          <g className="cs-landscape__labels">
            {edges.map((edge) => {
              const interaction = interactionById.get(edge.id)!;
              const box = labels.boxes.get(edge.id);
              if (!box) return null;
              return (
                <g key={edge.id} transform={`translate(${box.at.x.toFixed(1)} ${box.at.y.toFixed(1)})`} className="cs-landscape__label">
                  <title>{tooltip(interaction)}</title>
                  <rect x={-box.width / 2} y={-box.height / 2} width={box.width} height={box.height} rx={box.height / 2} />
                  <text textAnchor="middle" dominantBaseline="central">
                    {labels.texts.get(edge.id)}
                  </text>
                </g>
              );
            })}
          </g>
        </svg>
      </div>
      <Legend />
    </div>
  );
}

const NAME_FONT = 13.5;
const TYPE_FONT = 12;
const OWNER_FONT = 11.5;
const TEXT_LEFT = 58;
const BADGE_WIDTH = 96;

function ComponentCard({ node, component, sensitive }: { node: NodeBox; component: Component; sensitive: boolean }) {
  const { t } = useTranslation('landscape');
  const type = getComponentType(component.type);
  const typeLabel =
    component.type === 'custom' && component.customType
      ? component.customType
      : type
        ? type.shortName
        : component.type;
  const colour = type?.colour ?? '#6b7283';
  const owner = component.ownerAgency || t('diagram.noOwner');
  const textWidth = node.width - TEXT_LEFT - 12;
  const ownerWidth = node.width - 18 - 12 - (sensitive ? BADGE_WIDTH + 8 : 0);
  return (
    <g transform={`translate(${node.x} ${node.y})`} className="cs-landscape__node">
      <title>
        {[component.name, type?.name ?? typeLabel, component.ownerAgency ?? '', sensitive ? t('diagram.sensitiveBadgeLong') : '']
          .filter(Boolean)
          .join('\n')}
      </title>
      <rect className="cs-landscape__card" width={node.width} height={node.height} rx={10} />
      <path
        d={`M 10 0 H 5 A 5 5 0 0 0 0 5 V ${node.height - 5} A 5 5 0 0 0 5 ${node.height} H 10 Z`}
        transform="translate(0.5 0.5)"
        fill={colour}
        className="cs-landscape__stripe"
      />
      <rect x={16} y={12} width={32} height={32} rx={8} fill={colour} className="cs-landscape__icon-bg" />
      {type ? <path d={type.iconPath} transform="translate(20 16)" fill={colour} className="cs-landscape__icon" /> : null}
      <text x={TEXT_LEFT} y={26} className="cs-landscape__name">
        {fitText(component.name, textWidth, NAME_FONT, true)}
      </text>
      <text x={TEXT_LEFT} y={42} className="cs-landscape__type">
        {fitText(typeLabel, textWidth, TYPE_FONT)}
      </text>
      <line x1={16} x2={node.width - 12} y1={54} y2={54} className="cs-landscape__divider" />
      <text x={18} y={72} className={component.ownerAgency ? 'cs-landscape__owner' : 'cs-landscape__owner is-missing'}>
        {fitText(owner, ownerWidth, OWNER_FONT)}
      </text>
      {sensitive ? (
        <g transform={`translate(${node.width - 12 - BADGE_WIDTH} 62)`} className="cs-landscape__badge">
          <rect width={BADGE_WIDTH} height={18} rx={9} />
          <text x={BADGE_WIDTH / 2} y={9} textAnchor="middle" dominantBaseline="central">
            {t('diagram.sensitiveBadge')}
          </text>
        </g>
      ) : null}
    </g>
  );
}

function Legend() {
  const { t } = useTranslation('landscape');
  const labels: Record<InteractionTiming, string> = {
    sync: t('timing.sync'),
    async: t('timing.async'),
    event: t('timing.event'),
    batch: t('timing.batch'),
    manual: t('timing.manual'),
  };
  return (
    <ul className="cs-landscape__legend" aria-label={t('legend.label')}>
      {EDGE_TIMINGS.map((timing) => (
        <li key={timing}>
          <svg width="40" height="10" aria-hidden="true" focusable="false">
            <line x1="1" y1="5" x2="39" y2="5" className={`cs-landscape__edge cs-landscape__edge--${timing}`} />
          </svg>
          {labels[timing]}
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
}
