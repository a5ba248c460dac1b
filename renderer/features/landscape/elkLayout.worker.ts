/// <reference lib="webworker" />
// Runs elkjs off the main thread: one message in (the graph), one message out (positions or an
// error), with the edges' orthogonal routes. Cancelling is the owner terminating this worker, so no cancel message is needed.

import ELK from 'elkjs/lib/elk.bundled.js';
import { runElkLayoutWithRoutes, type EdgeRoute, type LayoutRequest } from '../../../models/landscape/elkGraph';

export interface LayoutMessage {
  serial: number;
  request: LayoutRequest;
}

export type LayoutReply =
  | { serial: number; ok: true; positions: [string, { x: number; y: number }][]; routes: [string, EdgeRoute][] }
  | { serial: number; ok: false; error: string };

const elk = new ELK();

self.onmessage = async (event: MessageEvent<LayoutMessage>) => {
  const { serial, request } = event.data;
  try {
    const { positions, routes } = await runElkLayoutWithRoutes(elk, request);
    (self as unknown as Worker).postMessage({ serial, ok: true, positions: [...positions], routes: [...routes] } satisfies LayoutReply);
  } catch (error) {
    (self as unknown as Worker).postMessage({ serial, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies LayoutReply);
  }
};
