// Runs contract analysis in a web worker, one at a time, and caches the result per contract
// object (documents are immutable: an unchanged contract is never parsed twice).

import type { AnalyseRequest, AnalyseResult } from '../../../models/contracts/analyse';
import { entryPathOf } from '../../../models/contracts/load';
import type { ApiContract } from '../../../models/project/types';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve(result: AnalyseResult): void; reject(error: Error): void }>();

function getWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  worker = new Worker(new URL('./contractWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<{ id: number; result?: AnalyseResult; failure?: string }>) => {
    const entry = pending.get(event.data.id);
    if (!entry) return;
    pending.delete(event.data.id);
    if (event.data.result) entry.resolve(event.data.result);
    else entry.reject(new Error(event.data.failure ?? 'The contract could not be analysed'));
  };
  worker.onerror = (event) => {
    for (const entry of pending.values()) entry.reject(new Error(event.message));
    pending.clear();
  };
  return worker;
}

export async function analyse(request: AnalyseRequest): Promise<AnalyseResult> {
  const w = getWorker();
  if (!w) {
    const { analyseContract } = await import('../../../models/contracts/analyse');
    return analyseContract(request);
  }
  const id = nextId++;
  return new Promise<AnalyseResult>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, request });
  });
}

const cache = new WeakMap<ApiContract, Promise<AnalyseResult>>();

export function requestOf(contract: ApiContract): AnalyseRequest {
  const entryPath = entryPathOf(contract);
  return { entryPath, files: [...(contract.files ?? []).map((f): [string, string] => [f.path, f.text]), [entryPath, contract.source]] };
}

export function analyseStored(contract: ApiContract): Promise<AnalyseResult> {
  let promise = cache.get(contract);
  if (!promise) {
    promise = analyse(requestOf(contract));
    cache.set(contract, promise);
  }
  return promise;
}
