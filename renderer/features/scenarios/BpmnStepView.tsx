// The scenario's process, read-only (bpmn-js NavigatedViewer), with the current step marked and
// brought into view. Loaded on demand: bpmn-js is large and only the walkthrough needs it here.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { csModdleDescriptor } from '../../../models/process/csModdle';
import type { Process } from '../../../models/project/types';

const MARKER = 'cs-walk-current';

interface CanvasLike {
  zoom(scale?: number | 'fit-viewport', center?: { x: number; y: number } | 'auto'): number;
  addMarker(element: string, marker: string): void;
  removeMarker(element: string, marker: string): void;
  resized(): void;
  viewbox(box?: { x: number; y: number; width: number; height: number }): { x: number; y: number; width: number; height: number };
}
interface ShapeLike {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface RegistryLike {
  get(id: string): ShapeLike | undefined;
}

/** Fits the diagram, then zooms in on the element when the whole process would be too small to read. */
function focusElement(canvas: CanvasLike, registry: RegistryLike, elementId: string | undefined): void {
  canvas.resized();
  const scale = canvas.zoom('fit-viewport');
  const shape = elementId ? registry.get(elementId) : undefined;
  if (!shape || typeof shape.x !== 'number') return;
  if (scale >= 0.85) return;
  // Readable size, with the element in the middle of the panel.
  canvas.zoom(0.85);
  const box = canvas.viewbox();
  canvas.viewbox({ x: shape.x + shape.width / 2 - box.width / 2, y: shape.y + shape.height / 2 - box.height / 2, width: box.width, height: box.height });
}

export default function BpmnStepView({ process, elementId }: { process: Process; elementId: string | undefined }) {
  const { t } = useTranslation('scenarios');
  const container = useRef<HTMLDivElement>(null);
  const viewer = useRef<NavigatedViewer | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const marked = useRef<string | undefined>(undefined);
  const current = useRef(elementId);
  current.current = elementId;

  useEffect(() => {
    let alive = true;
    setState('loading');
    void (async () => {
      try {
        const { default: Viewer } = await import('bpmn-js/lib/NavigatedViewer');
        if (!alive || !container.current) return;
        const instance = new Viewer({ container: container.current, moddleExtensions: { cs: csModdleDescriptor } });
        viewer.current = instance;
        await instance.importXML(process.bpmn);
        if (!alive) return;
        marked.current = undefined;
        setState('ready');
      } catch {
        if (alive) setState('error');
      }
    })();
    return () => {
      alive = false;
      viewer.current?.destroy();
      viewer.current = null;
    };
  }, [process]);

  useEffect(() => {
    const instance = viewer.current;
    if (state !== 'ready' || !instance) return;
    const canvas = instance.get<CanvasLike>('canvas');
    const registry = instance.get<RegistryLike>('elementRegistry');
    if (marked.current && registry.get(marked.current)) canvas.removeMarker(marked.current, MARKER);
    marked.current = undefined;
    if (elementId && registry.get(elementId)) {
      canvas.addMarker(elementId, MARKER);
      marked.current = elementId;
    }
    focusElement(canvas, registry, elementId);
  }, [elementId, state]);

  // Entering full screen or resizing the window changes the viewport: fit again.
  useEffect(() => {
    const onResize = () => {
      const instance = viewer.current;
      if (!instance) return;
      focusElement(instance.get<CanvasLike>('canvas'), instance.get<RegistryLike>('elementRegistry'), current.current);
    };
    window.addEventListener('resize', onResize);
    document.addEventListener('fullscreenchange', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      document.removeEventListener('fullscreenchange', onResize);
    };
  }, []);

  return (
    <div className="cs-walk__bpmn" aria-busy={state === 'loading'}>
      <div ref={container} className="cs-walk__bpmn-canvas" data-state={state} />
      {state === 'error' ? <p className="cs-walk__diagram-message">{t('walk.bpmnError')}</p> : null}
    </div>
  );
}
