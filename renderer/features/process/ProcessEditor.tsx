import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type Modeler from 'bpmn-js/lib/Modeler';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import { setProcessBpmn } from '../../../models/process/processes';
import type { Process, Project } from '../../../models/project/types';
import { compileBpmnlintConfig } from '../../../models/validation/bpmnlintConfig';
import { useProjectStore } from '../../store/projectStore';
import { useProcessUi } from './processUi';
import { createProcessModeler, debounce, decorateLinks, fitRightOfPalette, LINT_DELAY_MS, type Get } from './processModeler';
import { StepPanel, type DiagramElement } from './StepPanel';
import { registerPendingEdits } from '../../store/pendingEdits';

/** Edits reach the document this long after the last change of a burst: one undo step per burst. */
const SYNC_DELAY_MS = 400;

interface BpmnService {
  on(event: string, callback: (event: { element?: DiagramElement; newSelection?: DiagramElement[] }) => void): void;
}

const isUndoRedo = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && ['z', 'y'].includes(event.key.toLowerCase());

/** The bpmn-js Modeler for one process, its step panel, and the sync of its XML with the document. */
export function ProcessEditor({ project, process }: { project: Project; process: Process }) {
  const { t } = useTranslation('process');
  const containerRef = useRef<HTMLDivElement>(null);
  const modelerRef = useRef<Modeler | null>(null);
  /** The XML the editor last imported or wrote; a different document value means an outside change (undo). */
  const lastXml = useRef<string>(process.bpmn);
  const flushRef = useRef<() => Promise<void>>(async () => undefined);
  const [selected, setSelected] = useState<DiagramElement | null>(null);
  /** Bumped on every diagram change: the step panel re-reads its links. */
  const [revision, setRevision] = useState(0);
  /** Bumped after a pause in editing and after imports: badges and markers are redrawn. */
  const [decorations, setDecorations] = useState(0);
  const [error, setError] = useState<string | null>(null);
  /** Set while the editor imports XML: the command stack's reset then is no edit to write back. */
  const importing = useRef(false);
  const projectRef = useRef(project);
  projectRef.current = project;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { modeler, get, cancelLint, isDragging } = createProcessModeler(container, projectRef.current.settings.rules);
    modelerRef.current = modeler;
    const eventBus = get<BpmnService>('eventBus');
    let dirty = false;
    let alive = true;

    const write = async () => {
      if (!dirty) return;
      dirty = false;
      const { xml } = await modeler.saveXML({ format: true });
      if (xml === undefined || xml === lastXml.current) return;
      lastXml.current = xml;
      useProjectStore.getState().updateProject((draft) => setProcessBpmn(draft, process.id, xml));
    };
    // Writing serialises the whole diagram and re-renders the views: never in the middle of a drag.
    const sync = debounce(() => void write(), SYNC_DELAY_MS, isDragging);
    flushRef.current = async () => {
      sync.cancel();
      await write();
    };
    const unregisterPending = registerPendingEdits(() => flushRef.current());

    const decorateLater = debounce(() => alive && setDecorations((d) => d + 1), LINT_DELAY_MS, isDragging);
    // After an import the badges follow the first paint of the diagram: on a large diagram they
    // take a while, and the diagram is what the user waits for.
    const decorateAfterPaint = () =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (alive) setDecorations((d) => d + 1);
        }, 0),
      );

    eventBus.on('commandStack.changed', () => {
      if (importing.current) return;
      dirty = true;
      sync();
      decorateLater();
      setRevision((r) => r + 1);
    });
    eventBus.on('selection.changed', (event) => {
      const element = event.newSelection?.length === 1 ? (event.newSelection[0] ?? null) : null;
      setSelected(element);
    });

    importing.current = true;
    modeler
      .importXML(process.bpmn)
      .finally(() => {
        importing.current = false;
      })
      .then(() => {
        if (!alive) return;
        setError(null);
        fitRightOfPalette(get, container);
        setRevision((r) => r + 1);
        decorateAfterPaint();
      })
      .catch((err: unknown) => alive && setError(err instanceof Error ? err.message : String(err)));

    useProcessUi.getState().setEditor({
      processId: process.id,
      flush: () => flushRef.current(),
      saveSvg: async () => (await modeler.saveSVG()).svg,
    });

    // The shell maps Ctrl+Z to the document's undo; inside the canvas bpmn-js's own stack runs
    // (its keyboard handler prevents default) and the event must not reach the document.
    const stopUndo = (event: KeyboardEvent) => {
      if (isUndoRedo(event)) event.stopPropagation();
    };
    container.addEventListener('keydown', stopUndo);

    return () => {
      alive = false;
      container.removeEventListener('keydown', stopUndo);
      cancelLint();
      decorateLater.cancel();
      unregisterPending();
      // Leaving the process or the view: the last edits still reach the document.
      void flushRef.current().finally(() => modeler.destroy());
      if (useProcessUi.getState().editor?.processId === process.id) useProcessUi.getState().setEditor(null);
      modelerRef.current = null;
    };
    // One modeler per process; document changes are handled below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [process.id]);

  // An outside change of the BPMN (document undo/redo, a rename elsewhere) re-imports it.
  useEffect(() => {
    const modeler = modelerRef.current;
    if (!modeler || process.bpmn === lastXml.current) return;
    lastXml.current = process.bpmn;
    setSelected(null);
    importing.current = true;
    void modeler
      .importXML(process.bpmn)
      .finally(() => {
        importing.current = false;
      })
      .then(() => {
        setRevision((r) => r + 1);
        setDecorations((d) => d + 1);
      });
  }, [process.bpmn]);

  // Severity changes in the project's settings reach the canvas markers.
  useEffect(() => {
    const modeler = modelerRef.current;
    if (!modeler) return;
    (modeler.get('linting') as { setLinterConfig(config: unknown): void }).setLinterConfig(compileBpmnlintConfig(project.settings.rules));
  }, [project.settings.rules]);

  useLinkDecorations(modelerRef, project, decorations, t);

  // A followed problem names a BPMN element: select it and scroll it into view once imported
  // (each import bumps the revision, so this retries until the element exists).
  const revealElement = useProcessUi((state) => state.revealElement);
  useEffect(() => {
    const modeler = modelerRef.current;
    if (!modeler || !revealElement || revealElement.processId !== process.id) return;
    const element = modeler.get<{ get(id: string): DiagramElement | undefined }>('elementRegistry').get(revealElement.elementId);
    if (!element) return;
    useProcessUi.getState().setRevealElement(null);
    modeler.get<{ select(element: DiagramElement): void }>('selection').select(element);
    modeler.get<{ scrollToElement(element: DiagramElement, padding?: number): void }>('canvas').scrollToElement(element, 120);
  }, [revealElement, revision, process.id]);

  const onKeyDownCapture = (event: React.KeyboardEvent) => {
    // Save from inside the editor: write the diagram first so the saved file has the last edit.
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') void flushRef.current();
  };

  // Focus leaving the editor (a view button, Save, the menu) writes pending edits at once: the
  // write finishes before that click's action runs, and a view the shell leaves is not always
  // unmounted at once (Suspense keeps it while the next view loads).
  const onBlur = (event: React.FocusEvent) => {
    if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget)) void flushRef.current();
  };

  return (
    <div className="cs-process__editor" onKeyDownCapture={onKeyDownCapture} onBlur={onBlur}>
      {error !== null ? (
        <div className="cs-feature-error" role="alert">
          <h4>{t('diagram.errorTitle')}</h4>
          <p>{t('diagram.errorBody')}</p>
          <pre>{error}</pre>
        </div>
      ) : null}
      <div className="cs-process__canvas-wrap">
        <div ref={containerRef} className="cs-process__canvas" role="application" aria-label={t('editor.label', { name: process.name })} hidden={error !== null} />
        <p className="cs-muted cs-process__hint">{t('editor.hint')}</p>
      </div>
      <StepPanel project={project} modeler={modelerRef.current} element={selected} revision={revision} />
    </div>
  );
}

/** A badge with the number of links on linked steps, and a marker on steps touching personal data. */
function useLinkDecorations(
  modelerRef: React.RefObject<Modeler | null>,
  project: Project,
  revision: number,
  t: TFunction<'process'>,
): void {
  useEffect(() => {
    const modeler = modelerRef.current;
    if (!modeler) return;
    const sensitivity = new Map(project.dataElements.map((element) => [element.id, element.sensitivity]));
    decorateLinks(modeler.get.bind(modeler) as Get, sensitivity, (count, sensitive) =>
      sensitive ? `${t('panel.links', { count })}; ${t('panel.sensitive')}` : t('panel.links', { count }),
    );
  }, [modelerRef, project.dataElements, revision, t]);
}
