import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import type Canvas from 'diagram-js/lib/core/Canvas';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { csModdleDescriptor } from '../../../models/process/csModdle';
import { Button, Toolbar } from '../../ui';

const ZOOM_STEP = 1.25;
const FRAME_PADDING = 24;

interface BpmnDiagramProps {
  xml: string;
  /** Accessible name of the diagram, e.g. the process name. */
  label: string;
}

/** A read-only BPMN diagram (bpmn-js NavigatedViewer: pan with the mouse, zoom with buttons or Ctrl+wheel). */
export function BpmnDiagram({ xml, label }: BpmnDiagramProps) {
  const { t } = useTranslation('process');
  const containerRef = useRef<HTMLDivElement>(null);
  const viewerRef = useRef<NavigatedViewer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);

  const canvas = useCallback((): Canvas | null => viewerRef.current?.get<Canvas>('canvas') ?? null, []);

  // 'fit-viewport' without a centre shrinks a large diagram to fit and leaves a small one at
  // its natural size instead of blowing it up.
  const fit = useCallback(() => {
    const c = canvas();
    if (!c) return;
    c.resized();
    c.zoom('fit-viewport');
  }, [canvas]);

  // The frame takes the diagram's proportions (within the CSS min/max height), so a wide
  // process is not shown as a thin strip in a tall empty box.
  const sizeToDiagram = useCallback(() => {
    const c = canvas();
    const container = containerRef.current;
    if (!c || !container) return;
    const inner = c.viewbox().inner;
    if (inner.width <= 0 || inner.height <= 0) return;
    const scale = Math.min(1, (container.clientWidth - 2 * FRAME_PADDING) / inner.width);
    container.style.height = `${Math.ceil(inner.height * scale + 2 * FRAME_PADDING)}px`;
  }, [canvas]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const viewer = new NavigatedViewer({ container, moddleExtensions: { cs: csModdleDescriptor } });
    viewerRef.current = viewer;
    let alive = true;
    setError(null);
    setReady(false);
    viewer
      .importXML(xml)
      .then(() => {
        if (!alive) return;
        setReady(true);
        sizeToDiagram();
        fit();
      })
      .catch((err: unknown) => {
        if (alive) setError(err instanceof Error ? err.message : String(err));
      });
    const observer = new ResizeObserver(() => canvas()?.resized());
    observer.observe(container);
    return () => {
      alive = false;
      observer.disconnect();
      viewer.destroy();
      viewerRef.current = null;
    };
  }, [xml, fit, sizeToDiagram, canvas]);

  const zoomBy = (factor: number) => {
    const c = canvas();
    if (c) c.zoom(c.zoom() * factor);
  };

  return (
    <div className="cs-process__diagram-wrap">
      {error === null ? (
        <Toolbar label={t('diagram.toolbar')}>
          <Button size="small" onClick={() => zoomBy(ZOOM_STEP)} disabled={!ready} aria-label={t('diagram.zoomIn')} title={t('diagram.zoomIn')}>
            +
          </Button>
          <Button size="small" onClick={() => zoomBy(1 / ZOOM_STEP)} disabled={!ready} aria-label={t('diagram.zoomOut')} title={t('diagram.zoomOut')}>
            −
          </Button>
          <Button size="small" onClick={fit} disabled={!ready}>
            {t('diagram.fit')}
          </Button>
          <span className="cs-muted cs-process__hint">{t('diagram.hint')}</span>
        </Toolbar>
      ) : null}
      {error !== null ? (
        <div className="cs-feature-error" role="alert">
          <h4>{t('diagram.errorTitle')}</h4>
          <p>{t('diagram.errorBody')}</p>
          <pre>{error}</pre>
        </div>
      ) : null}
      <div
        ref={containerRef}
        className="cs-process__canvas"
        role="img"
        aria-label={t('diagram.label', { name: label })}
        hidden={error !== null}
      />
    </div>
  );
}
