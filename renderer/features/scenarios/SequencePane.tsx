import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, Scenario } from '../../../models/project/types';
import { buildSequence, renderSequenceSvg, type SequenceText } from '../../../models/scenario';
import { Button } from '../../ui';

const ZOOMS = [0.5, 0.67, 0.8, 1, 1.25, 1.5, 2] as const;

/** The words the diagram adds to the user's names, in the UI language. */
export function useSequenceText(): SequenceText {
  const { t } = useTranslation('scenarios');
  return useMemo(
    () => ({
      response: t('sequence.response'),
      ack: t('sequence.ack'),
      callback: t('sequence.callback'),
      notification: t('sequence.notification'),
      file: t('sequence.file'),
    }),
    [t],
  );
}

function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]*\swidth="([\d.]+)"\s+height="([\d.]+)"/.exec(svg);
  return { width: Number(match?.[1] ?? 800), height: Number(match?.[2] ?? 600) };
}

/** The sequence diagram of the scenario, zoomable and scrollable. */
export function SequencePane({ project, scenario }: { project: Project; scenario: Scenario }) {
  const { t } = useTranslation('scenarios');
  const text = useSequenceText();
  const [zoom, setZoom] = useState(1);
  const scroller = useRef<HTMLDivElement>(null);
  const { svg, diagram } = useMemo(() => {
    const diagram = buildSequence(project, scenario, text);
    // The SVG comes from our own renderer, which escapes every user text; it is markup we wrote.
    return { diagram, svg: renderSequenceSvg(diagram, { idPrefix: 'cs-seq', emptyText: t('sequence.empty'), titlePrefix: t('sequence.title') }) };
  }, [project, scenario, text, t]);
  const size = svgSize(svg);
  // The nearest presets above and below the current zoom ("fit width" may set one between presets).
  const above = ZOOMS.findIndex((z) => z > zoom + 0.001);
  const below = ZOOMS.length - 1 - [...ZOOMS].reverse().findIndex((z) => z < zoom - 0.001);
  const markup = svg.replace(/^<\?xml[^>]*>\s*/, '');

  return (
    <div className="cs-scenarios__sequence">
      <div className="cs-scenarios__pane-bar" role="group" aria-label={t('sequence.zoomGroup')}>
        <Button size="small" aria-label={t('sequence.zoomOut')} disabled={below >= ZOOMS.length} onClick={() => setZoom(ZOOMS[below]!)}>
          −
        </Button>
        <span className="cs-scenarios__zoom" aria-live="polite">
          {t('sequence.zoomLevel', { percent: Math.round(zoom * 100) })}
        </span>
        <Button size="small" aria-label={t('sequence.zoomIn')} disabled={above < 0} onClick={() => setZoom(ZOOMS[above]!)}>
          +
        </Button>
        <Button size="small" onClick={() => setZoom(1)}>
          {t('sequence.actualSize')}
        </Button>
        <Button
          size="small"
          onClick={() => {
            const available = (scroller.current?.clientWidth ?? size.width) - 2;
            setZoom(Math.max(0.25, Math.min(2, available / size.width)));
          }}
        >
          {t('sequence.fitWidth')}
        </Button>
        <span className="cs-muted">{t('sequence.summary', { participants: diagram.participants.length, messages: diagram.messages.length })}</span>
      </div>
      <div ref={scroller} className="cs-scenarios__sequence-scroll" tabIndex={0} role="region" aria-label={t('sequence.region')}>
        <div
          className="cs-scenarios__sequence-canvas"
          style={{ width: size.width * zoom, height: size.height * zoom }}
          dangerouslySetInnerHTML={{ __html: markup }}
        />
      </div>
      <p className="cs-muted cs-scenarios__legend">{t('sequence.legend')}</p>
    </div>
  );
}
