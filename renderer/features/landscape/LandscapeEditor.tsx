import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
  useReactFlow,
  useStore,
  type Connection,
  type ReactFlowState,
  type EdgeChange,
  type NodeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslation } from 'react-i18next';
import { getComponentType } from '../../../models/catalog';
import { clipboardText, copySelection, parseClipboard, pasteClipboard, type ClipboardPayload } from '../../../models/landscape/clipboard';
import { landscapeFacts } from '../../../models/landscape/facts';
import { applyLandscapeFilter, isFilterActive, searchLandscape } from '../../../models/landscape/filters';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../models/landscape/geometry';
import { addComponent, applyPositions, freeSpot, connectComponents, deleteElements, moveComponents, planDeletion, type DeletionPlan } from '../../../models/landscape/operations';
import type { Position, Project } from '../../../models/project/types';
import { dialogs } from '../../store/dialogs';
import { useProjectStore } from '../../store/projectStore';
import { useRevealRequest, type RevealRequest } from '../../store/reveal';
import { Button, EmptyState, Toolbar } from '../../ui';
import { useCommands } from '../../commands/CommandsContext';
import { ComponentNode } from './ComponentNode';
import { DeleteDialog } from './DeleteDialog';
import { FilterBar } from './FilterBar';
import { buildEdges, buildNodes, type ComponentFlowNode, type FlowInput, type InteractionFlowEdge } from './flowModel';
import { InteractionEdge } from './InteractionEdge';
import { Legend } from './Legend';
import { useLandscapeUi } from './landscapeUi';
import { Palette, PALETTE_MIME } from './Palette';
import { SidePanel } from './SidePanel';
import { useAutoLayout } from './useAutoLayout';
import { useStagedFlow } from './useStagedFlow';
import { useStepLinks } from './useStepLinks';

const nodeTypes = { component: ComponentNode };
// Not 'interaction': React Flow would add the class react-flow__edge-interaction, the class of its hit-area paths.
const edgeTypes = { csInteraction: InteractionEdge };
/**
 * Above these sizes only the cards and edges in view are mounted: hit-testing, layerizing and
 * painting thousands of off-screen elements made panning a 300-component landscape crawl. Tab
 * then cycles through what is in view; Ctrl/Cmd+F finds anything.
 */
const VISIBLE_ONLY_COMPONENTS = 150;
const VISIBLE_ONLY_INTERACTIONS = 400;
const NUDGE = 10;
/** One function for the editor's lifetime: a new one each render would redraw all 300 minimap cards. */
const minimapColour = (node: { data: Record<string, unknown> }) => getComponentType((node as ComponentFlowNode).data.component.type)?.colour ?? '#6b7283';
const NUDGE_FAST = 50;
const PASTE_STEP = 40;

/** The clipboard of this window, for when the system clipboard cannot be read (permissions). */
let memoryClipboard: ClipboardPayload | null = null;

const isTextEntry = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function LandscapeEditor({ project }: { project: Project }) {
  return (
    <ReactFlowProvider>
      <Editor project={project} />
    </ReactFlowProvider>
  );
}

function Editor({ project }: { project: Project }) {
  const { t } = useTranslation('landscape');
  const flow = useReactFlow<ComponentFlowNode, InteractionFlowEdge>();
  const commands = useCommands();
  const updateProject = useProjectStore((s) => s.updateProject);
  const selection = useLandscapeUi((s) => s.selection);
  const setSelection = useLandscapeUi((s) => s.setSelection);
  const filter = useLandscapeUi((s) => s.filter);
  const hideFiltered = useLandscapeUi((s) => s.hideFiltered);
  const searchRequest = useLandscapeUi((s) => s.searchRequest);
  const fitRequest = useLandscapeUi((s) => s.fitRequest);
  const layoutRequest = useLandscapeUi((s) => s.layoutRequest);
  const canvasRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const pasteCount = useRef(0);
  // Fit once when opening a drawn landscape; an empty one keeps zoom 1 so new cards keep their size.
  const [fitOnOpen] = useState(() => project.components.length > 0);
  const [pendingDelete, setPendingDelete] = useState<DeletionPlan | null>(null);
  const [matchCount, setMatchCount] = useState<{ components: number; interactions: number } | null>(null);

  // A different document (opened, created) starts without the previous one's filter.
  const enterDocument = useLandscapeUi((s) => s.enterDocument);
  const documentKey = `${project.project.created}|${project.project.name}`;
  useEffect(() => enterDocument(documentKey), [enterDocument, documentKey]);

  // Selections name ids; drop those an undo or delete removed.
  useEffect(() => {
    const components = selection.components.filter((id) => project.components.some((c) => c.id === id));
    const interactions = selection.interactions.filter((id) => project.interactions.some((i) => i.id === id));
    if (components.length !== selection.components.length || interactions.length !== selection.interactions.length) setSelection({ components, interactions });
  }, [project, selection, setSelection]);

  const facts = useMemo(() => landscapeFacts(project), [project]);
  const links = useStepLinks(project.processes, Boolean(filter.phase));
  const kept = useMemo(() => (isFilterActive(filter) ? applyLandscapeFilter(project, filter, links) : null), [project, filter, links]);
  const selectedSets = useMemo(() => ({ components: new Set(selection.components), interactions: new Set(selection.interactions) }), [selection]);
  const flowInput: FlowInput = useMemo(
    () => ({
      project,
      facts,
      selected: selectedSets,
      kept,
      hideFiltered,
      bySensitivity: Boolean(filter.minSensitivity),
      label: (c) =>
        t('node.ariaLabel', {
          name: c.name,
          type: c.type === 'custom' && c.customType ? c.customType : (getComponentType(c.type)?.shortName ?? t('node.unknownType')),
          owner: c.ownerAgency || t('diagram.noOwner'),
        }),
      edgeLabel: (i, from, to) => t('edge.ariaLabel', { name: i.name, from, to, pattern: t(`catalog:interactionPattern.${i.pattern}`, { defaultValue: i.pattern }) }),
    }),
    [project, facts, selectedSets, kept, hideFiltered, filter.minSensitivity, t],
  );
  const baseNodes = useMemo(() => buildNodes(flowInput), [flowInput]);
  const baseEdges = useMemo(() => buildEdges(flowInput), [flowInput]);

  // React Flow moves nodes locally while dragging; the document changes once, on drag end.
  const [localNodes, setLocalNodes] = useState({ base: baseNodes, nodes: baseNodes });
  const nodes = localNodes.base === baseNodes ? localNodes.nodes : baseNodes;
  const [localEdges, setLocalEdges] = useState({ base: baseEdges, edges: baseEdges });
  const edges = localEdges.base === baseEdges ? localEdges.edges : baseEdges;
  const staged = useStagedFlow(nodes, edges);
  // Fits what the filter shows, including cards still waiting for their stage (hidden meanwhile).
  const fitOptions = useMemo(
    () => ({ padding: 0.15, includeHiddenNodes: true, nodes: baseNodes.filter((n) => !n.hidden).map((n) => ({ id: n.id })) }),
    [baseNodes],
  );
  const fitOptionsRef = useRef(fitOptions);
  fitOptionsRef.current = fitOptions;

  const onNodesChange = useCallback(
    (changes: NodeChange<ComponentFlowNode>[]) =>
      setLocalNodes((prev) => ({ base: baseNodes, nodes: applyNodeChanges(changes, prev.base === baseNodes ? prev.nodes : baseNodes) })),
    [baseNodes],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<InteractionFlowEdge>[]) =>
      setLocalEdges((prev) => ({ base: baseEdges, edges: applyEdgeChanges(changes, prev.base === baseEdges ? prev.edges : baseEdges) })),
    [baseEdges],
  );
  const onSelectionChange = useCallback(
    ({ nodes: n, edges: e }: OnSelectionChangeParams) => setSelection({ components: n.map((x) => x.id), interactions: e.map((x) => x.id) }),
    [setSelection],
  );

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: ComponentFlowNode, dragged: ComponentFlowNode[]) => {
      const positions = new Map<string, Position>(dragged.map((node) => [node.id, node.position]));
      updateProject((p) => applyPositions(p, positions));
    },
    [updateProject],
  );

  const select = useCallback((components: string[], interactions: string[] = []) => setSelection({ components, interactions }), [setSelection]);

  const onConnect = useCallback(
    (connection: Connection) => {
      let created: string | null = null;
      updateProject((p) => {
        const result = connectComponents(p, { from: connection.source, to: connection.target });
        created = result.id;
        return result.project;
      });
      if (created) select([], [created]);
    },
    [updateProject, select],
  );

  const addAt = useCallback(
    (type: string, centre: Position, avoidOthers = false) => {
      let created = '';
      updateProject((p) => {
        const wanted = { x: centre.x - NODE_WIDTH / 2, y: centre.y - NODE_HEIGHT / 2 };
        const result = addComponent(p, { type, position: avoidOthers ? freeSpot(p, wanted) : wanted });
        created = result.id;
        return result.project;
      });
      if (created) select([created]);
    },
    [updateProject, select],
  );

  const viewCentre = useCallback((): Position => {
    const rect = canvasRef.current?.getBoundingClientRect();
    if (!rect) return { x: 0, y: 0 };
    return flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
  }, [flow]);

  const addFromPalette = useCallback((type: string) => addAt(type, viewCentre(), true), [addAt, viewCentre]);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(PALETTE_MIME);
      if (!type) return;
      event.preventDefault();
      addAt(type, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [addAt, flow],
  );

  const askDelete = useCallback(() => {
    const { components, interactions } = useLandscapeUi.getState().selection;
    if (components.length === 0 && interactions.length === 0) return;
    setPendingDelete(planDeletion(project, components, interactions));
  }, [project]);

  const confirmDelete = useCallback(() => {
    if (!pendingDelete) return;
    const plan = pendingDelete;
    setPendingDelete(null);
    updateProject(
      (p) =>
        deleteElements(
          p,
          plan.components.map((c) => c.id),
          plan.interactions.map((i) => i.id),
        ).project,
    );
    select([]);
    canvasRef.current?.querySelector<HTMLElement>('.react-flow')?.focus();
  }, [pendingDelete, updateProject, select]);

  const copy = useCallback(async () => {
    const payload = copySelection(project, useLandscapeUi.getState().selection.components);
    if (!payload) return;
    memoryClipboard = payload;
    pasteCount.current = 0;
    try {
      await navigator.clipboard.writeText(clipboardText(payload));
    } catch {
      // Without clipboard permission the copy stays in this window's memory.
    }
  }, [project]);

  const paste = useCallback(async () => {
    let payload: ClipboardPayload | null = null;
    try {
      payload = parseClipboard(await navigator.clipboard.readText());
    } catch {
      payload = null;
    }
    payload ??= memoryClipboard;
    if (!payload) return;
    pasteCount.current += 1;
    const step = PASTE_STEP * pasteCount.current;
    const source = payload;
    let pasted: ReturnType<typeof pasteClipboard> | null = null;
    updateProject((p) => {
      pasted = pasteClipboard(p, source, { x: step, y: step });
      return pasted.project;
    });
    const result = pasted as ReturnType<typeof pasteClipboard> | null;
    if (!result) return;
    select(result.componentIds, result.interactionIds);
    if (result.missingDataElements.length > 0) {
      await dialogs.showMessage({
        title: t('paste.missingTitle'),
        body: t('paste.missingBody', { list: result.missingDataElements.map((d) => `${d.name} (${d.id})`).join(', ') }),
        tone: 'info',
      });
    }
  }, [updateProject, select, t]);

  /**
   * Frames the cards (and the ends of the interactions) after the next paint, when the side
   * panel that a new selection opens has taken its room from the canvas.
   */
  const frame = useCallback(
    (components: Iterable<string>, interactions: ReadonlySet<string>) => {
      const ids = new Set(components);
      for (const i of project.interactions) if (interactions.has(i.id)) ids.add(i.from).add(i.to);
      if (ids.size === 0) return;
      requestAnimationFrame(() => {
        void flow.fitBounds(flow.getNodesBounds([...ids]), { padding: 0.4, duration: 200 });
      });
    },
    [flow, project.interactions],
  );

  const zoomToSelection = useCallback(() => frame(selection.components, new Set(selection.interactions)), [frame, selection]);

  // A problem followed from the Problems view: select the element, then frame it once the cards
  // are measured (the view may have just mounted).
  const nodesReady = useNodesInitialized();
  const [pendingReveal, setPendingReveal] = useState<RevealRequest | null>(null);
  useRevealRequest(['component', 'interaction'], setPendingReveal);
  useEffect(() => {
    if (!pendingReveal || (!nodesReady && project.components.length > 0)) return;
    setPendingReveal(null);
    // A filter that hides the rest would hide the element too: show the rest dimmed instead.
    useLandscapeUi.getState().setHideFiltered(false);
    const components = pendingReveal.kind === 'component' ? [pendingReveal.id] : [];
    const interactions = pendingReveal.kind === 'interaction' ? [pendingReveal.id] : [];
    select(components, interactions);
    frame(components, new Set(interactions));
  }, [pendingReveal, nodesReady, project.components.length, select, frame]);

  const onSearch = useCallback(
    (query: string) => {
      if (!query.trim()) {
        setMatchCount(null);
        return;
      }
      const found = searchLandscape(project, query);
      setMatchCount({ components: found.components.size, interactions: found.interactions.size });
      select([...found.components], [...found.interactions]);
      frame(found.components, found.interactions);
    },
    [project, select, frame],
  );

  // A large landscape is redrawn in stages after a layout: an animated fit would add its own
  // work to every one of those frames, so it jumps there instead.
  const layout = useAutoLayout(() => void flow.fitView({ ...fitOptionsRef.current, duration: staged.large ? 0 : 200 }));
  const startLayout = useCallback(
    (scope: 'all' | 'selection') => layout.start(useProjectStore.getState().project ?? project, scope === 'selection' ? useLandscapeUi.getState().selection.components : null),
    [layout, project],
  );

  // Requests from menu commands.
  const seen = useRef({ searchRequest, fitRequest, layoutSerial: layoutRequest?.serial ?? 0 });
  useEffect(() => {
    if (searchRequest !== seen.current.searchRequest) {
      seen.current.searchRequest = searchRequest;
      searchRef.current?.focus();
      searchRef.current?.select();
    }
  }, [searchRequest]);
  useEffect(() => {
    if (fitRequest !== seen.current.fitRequest) {
      seen.current.fitRequest = fitRequest;
      void flow.fitView({ ...fitOptions, duration: 200 });
    }
  }, [fitRequest, flow, fitOptions]);
  useEffect(() => {
    if (layoutRequest && layoutRequest.serial !== seen.current.layoutSerial) {
      seen.current.layoutSerial = layoutRequest.serial;
      startLayout(layoutRequest.scope);
    }
  }, [layoutRequest, startLayout]);

  const openPanel = useCallback(() => {
    requestAnimationFrame(() => panelRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus());
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (isTextEntry(event.target) || event.defaultPrevented) return;
      const primary = event.ctrlKey || event.metaKey;
      const current = useLandscapeUi.getState().selection;
      const focused = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node, .react-flow__edge');
      if (event.key === 'Enter' && focused?.dataset.id) {
        event.preventDefault();
        const id = focused.dataset.id;
        if (focused.classList.contains('react-flow__node')) select([id]);
        else select([], [id]);
        openPanel();
        return;
      }
      if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        askDelete();
        return;
      }
      if (event.key === 'Escape') {
        select([]);
        return;
      }
      if (primary && !event.shiftKey && !event.altKey) {
        const key = event.key.toLowerCase();
        if (key === 'c') {
          event.preventDefault();
          void copy();
        } else if (key === 'v') {
          event.preventDefault();
          void paste();
        } else if (key === 'a') {
          event.preventDefault();
          select(project.components.map((c) => c.id), project.interactions.map((i) => i.id));
        }
        return;
      }
      const arrows: Record<string, Position> = { ArrowLeft: { x: -1, y: 0 }, ArrowRight: { x: 1, y: 0 }, ArrowUp: { x: 0, y: -1 }, ArrowDown: { x: 0, y: 1 } };
      const direction = arrows[event.key];
      if (direction && current.components.length > 0 && !primary) {
        event.preventDefault();
        const step = event.shiftKey ? NUDGE_FAST : NUDGE;
        const fallback = new Map(nodes.map((n) => [n.id, n.position]));
        updateProject((p) => moveComponents(p, current.components, { x: direction.x * step, y: direction.y * step }, fallback));
      }
    },
    [askDelete, copy, paste, select, openPanel, project, nodes, updateProject],
  );

  // Tab moves focus from card to card; the focused card becomes the selection.
  const onFocus = useCallback(
    (event: React.FocusEvent) => {
      const node = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node, .react-flow__edge');
      const id = node?.dataset.id;
      if (!node || !id || node !== event.target) return;
      const current = useLandscapeUi.getState().selection;
      if (current.components.includes(id) || current.interactions.includes(id)) return;
      if (node.classList.contains('react-flow__node')) select([id]);
      else select([], [id]);
    },
    [select],
  );

  const selectedCount = selection.components.length + selection.interactions.length;
  const single = selectedCount === 1;
  const elapsed = useElapsed(layout.status.startedAt);

  return (
    <div className="cs-leditor">
      <FilterBar ref={searchRef} project={project} matchCount={matchCount} onSearch={onSearch} keptCount={kept ? kept.components.size : null} />
      <Toolbar label={t('toolbar.label')}>
        <Button size="small" onClick={() => startLayout('all')} disabled={layout.status.running || project.components.length === 0}>
          {t('toolbar.layoutAll')}
        </Button>
        <Button size="small" onClick={() => startLayout('selection')} disabled={layout.status.running || selection.components.length < 2}>
          {t('toolbar.layoutSelection')}
        </Button>
        <span className="cs-toolbar__sep" aria-hidden="true" />
        <Button size="small" onClick={() => void flow.fitView({ ...fitOptions, duration: 200 })}>
          {t('toolbar.fit')}
        </Button>
        <Button size="small" onClick={zoomToSelection} disabled={selectedCount === 0}>
          {t('toolbar.zoomSelection')}
        </Button>
        <Button size="small" onClick={() => void flow.zoomIn({ duration: 150 })} aria-label={t('diagram.zoomIn')} title={t('diagram.zoomIn')}>
          +
        </Button>
        <Button size="small" onClick={() => void flow.zoomOut({ duration: 150 })} aria-label={t('diagram.zoomOut')} title={t('diagram.zoomOut')}>
          −
        </Button>
        <span className="cs-toolbar__sep" aria-hidden="true" />
        <Button size="small" onClick={() => void copy()} disabled={selection.components.length === 0}>
          {t('toolbar.copy')}
        </Button>
        <Button size="small" onClick={() => void paste()}>
          {t('toolbar.paste')}
        </Button>
        <Button size="small" variant="danger" onClick={askDelete} disabled={selectedCount === 0}>
          {t('toolbar.delete')}
        </Button>
        <span className="cs-toolbar__sep" aria-hidden="true" />
        <Button size="small" onClick={() => commands.run('landscape.exportSvg')} disabled={project.components.length === 0}>
          {t('toolbar.exportSvg')}
        </Button>
        <Button size="small" onClick={() => commands.run('landscape.exportPng')} disabled={project.components.length === 0}>
          {t('toolbar.exportPng')}
        </Button>
      </Toolbar>
      {layout.status.running ? (
        <div className="cs-llayout" role="status">
          <progress aria-label={t('layout.progress')} />
          <span>{t('layout.running', { seconds: elapsed })}</span>
          <Button size="small" onClick={layout.cancel}>
            {t('layout.cancel')}
          </Button>
        </div>
      ) : layout.status.error ? (
        <div className="cs-llayout is-error" role="alert">
          {t('layout.failed', { message: layout.status.error })}
        </div>
      ) : null}
      <div className={selectedCount > 0 ? 'cs-leditor__body has-panel' : 'cs-leditor__body'}>
        <Palette onAdd={addFromPalette} />
        <div className="cs-leditor__canvas" ref={canvasRef} data-drawing={staged.staging ? 'true' : undefined} onKeyDown={onKeyDown} onFocus={onFocus} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
          <ReactFlow<ComponentFlowNode, InteractionFlowEdge>
            nodes={staged.nodes}
            edges={staged.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onSelectionChange={onSelectionChange}
            onNodeDragStop={onNodeDragStop}
            onConnect={onConnect}
            onNodeDoubleClick={openPanel}
            onEdgeDoubleClick={openPanel}
            deleteKeyCode={null}
            disableKeyboardA11y
            multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
            onMoveStart={(event) => {
              canvasRef.current?.classList.add('is-moving');
              // A drag pans: see .is-panning in landscape.css. Wheel zooms change the scale, which a cached layer would blur.
              if (event && event.type !== 'wheel') canvasRef.current?.classList.add('is-panning');
            }}
            onMoveEnd={() => canvasRef.current?.classList.remove('is-moving', 'is-panning')}
            onlyRenderVisibleElements={project.components.length > VISIBLE_ONLY_COMPONENTS || project.interactions.length > VISIBLE_ONLY_INTERACTIONS}
            minZoom={0.1}
            maxZoom={2}
            fitView={fitOnOpen}
            fitViewOptions={fitOptions}
            proOptions={{ hideAttribution: true }}
            aria-label={t('canvas.label')}
          >
            <DotGrid />
            {project.components.length > 0 ? (
              <MiniMap pannable zoomable ariaLabel={t('canvas.minimap')} nodeColor={minimapColour} />
            ) : null}
          </ReactFlow>
          {project.components.length === 0 ? (
            <div className="cs-leditor__empty">
              <EmptyState title={t('empty.title')} body={t('empty.body')} />
            </div>
          ) : null}
        </div>
        {selectedCount > 0 ? (
          <SidePanel
            ref={panelRef}
            project={project}
            componentId={single && selection.components.length === 1 ? selection.components[0]! : null}
            interactionId={single && selection.interactions.length === 1 ? selection.interactions[0]! : null}
            selectedCount={selectedCount}
          />
        ) : null}
      </div>
      <Legend bySensitivity={Boolean(filter.minSensitivity)} />
      {pendingDelete ? <DeleteDialog plan={pendingDelete} onConfirm={confirmDelete} onCancel={() => setPendingDelete(null)} /> : null}
    </div>
  );
}

/** Below this zoom the 18-unit dot grid is under 5 px apart: a grey haze that costs paint on every frame of a zoom. */
const GRID_MIN_ZOOM = 0.3;
const gridShown = (s: ReactFlowState): boolean => s.transform[2] >= GRID_MIN_ZOOM;

function DotGrid() {
  // A boolean selector: re-renders only when the zoom crosses the threshold.
  const shown = useStore(gridShown);
  return shown ? <Background gap={18} size={1} color="#d5d9e1" /> : null;
}

function useElapsed(startedAt: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(timer);
  }, [startedAt]);
  return startedAt === null ? 0 : Math.max(0, Math.round((now - startedAt) / 1000));
}

