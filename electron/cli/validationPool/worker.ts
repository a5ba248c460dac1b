// The worker thread of the validation pool: reads and lints the processes of each share it is
// sent with the same readProcessOutcome the main thread uses, and answers one message per process.
// Bundled as dist-cli/validation-worker.cjs; run from the sources through sourceWorker.ts.

import { parentPort } from 'node:worker_threads';
import { ProcessResultCache } from '../../../models/validation/processCache';
import { readProcessOutcome } from '../../../models/validation/validateDeep';
import type { ReadShareRequest, WorkerReply } from './protocol';

async function readShare(request: ReadShareRequest, reply: (message: WorkerReply) => void): Promise<void> {
  // A cache of its own per share: nothing is read twice within a share, and nothing outlives it.
  const cache = new ProcessResultCache(Math.max(1, request.processes.length));
  const claims = new Int32Array(request.claims);
  for (const [position, process] of request.processes.entries()) {
    const index = request.indices[position]!;
    // Taken over by the main thread: it reads that one itself.
    if (Atomics.compareExchange(claims, index, 0, 1) !== 0) continue;
    try {
      reply({ kind: 'outcome', index, outcome: await readProcessOutcome(process, request.bpmnlint, cache) });
    } catch (error) {
      reply({ kind: 'failed', index, message: error instanceof Error ? error.message : String(error) });
    }
  }
}

const port = parentPort;
if (port) {
  // Shares are read one after the other: the thread has one core's worth of work to do.
  let queue = Promise.resolve();
  port.on('message', (request: ReadShareRequest) => {
    queue = queue.then(() => readShare(request, (message) => port.postMessage(message)));
  });
}
