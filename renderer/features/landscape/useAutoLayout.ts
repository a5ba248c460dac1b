// Auto-layout through the elkjs worker: the current picture stays until the new positions
// arrive, then they are stored in the document as one undo step. Cancel terminates the worker
// (elkjs cannot be interrupted otherwise); the next layout starts a fresh one.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Position, Project } from '../../../models/project/types';
import { buildElkGraph } from '../../../models/landscape/elkGraph';
import { applyPositions } from '../../../models/landscape/operations';
import { useProjectStore } from '../../store/projectStore';
import type { LayoutMessage, LayoutReply } from './elkLayout.worker';
import { useLandscapeUi } from './landscapeUi';

export interface LayoutStatus {
  running: boolean;
  scope: 'all' | 'selection' | null;
  startedAt: number | null;
  error: string | null;
}

const IDLE: LayoutStatus = { running: false, scope: null, startedAt: null, error: null };

export function useAutoLayout(onDone: (ids: string[]) => void) {
  const workerRef = useRef<Worker | null>(null);
  const serialRef = useRef(0);
  const [status, setStatus] = useState<LayoutStatus>(IDLE);
  const onDoneRef = useRef(onDone);
  onDoneRef.current = onDone;

  const stopWorker = () => {
    workerRef.current?.terminate();
    workerRef.current = null;
  };
  useEffect(() => stopWorker, []);

  const start = useCallback((project: Project, selection: readonly string[] | null) => {
    stopWorker();
    const only = selection && selection.length > 0 ? new Set(selection) : undefined;
    const graph = buildElkGraph(project, only);
    if (graph.children.length === 0) return;
    let anchor: Position | undefined;
    if (only) {
      const placed = project.components.filter((c) => only.has(c.id) && c.position);
      if (placed.length > 0) anchor = { x: Math.min(...placed.map((c) => c.position!.x)), y: Math.min(...placed.map((c) => c.position!.y)) };
    }
    const serial = ++serialRef.current;
    const worker = new Worker(new URL('./elkLayout.worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    setStatus({ running: true, scope: only ? 'selection' : 'all', startedAt: Date.now(), error: null });
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      if (reply.serial !== serialRef.current) return;
      stopWorker();
      if (!reply.ok) {
        setStatus({ ...IDLE, error: reply.error });
        return;
      }
      const positions = new Map(reply.positions);
      // First take the picture down to its first stage (one task), then move the cards in the
      // next frame (another): the moved picture is then redrawn over a few frames by
      // useStagedFlow, never all of it in one task.
      useLandscapeUi.getState().restageEdges();
      requestAnimationFrame(() => {
        if (serial !== serialRef.current) return;
        useProjectStore.getState().updateProject((current) => applyPositions(current, positions));
        // Edges follow these routes while both their cards stay where the layout put them.
        useLandscapeUi.getState().addRoutes(reply.routes);
        setStatus(IDLE);
        onDoneRef.current([...positions.keys()]);
      });
    };
    worker.onerror = (event) => {
      if (serial !== serialRef.current) return;
      stopWorker();
      setStatus({ ...IDLE, error: event.message || 'worker error' });
    };
    const message: LayoutMessage = { serial, request: anchor ? { graph, anchor } : { graph } };
    worker.postMessage(message);
  }, []);

  const cancel = useCallback(() => {
    serialRef.current += 1;
    stopWorker();
    setStatus(IDLE);
  }, []);

  return { status, start, cancel };
}
