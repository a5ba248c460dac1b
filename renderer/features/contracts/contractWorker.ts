// The web worker that parses and resolves contracts, so a large contract never blocks the page.

import { analyseContract, type AnalyseRequest } from '../../../models/contracts/analyse';

self.onmessage = (event: MessageEvent<{ id: number; request: AnalyseRequest }>) => {
  const { id, request } = event.data;
  try {
    self.postMessage({ id, result: analyseContract(request) });
  } catch (error) {
    self.postMessage({ id, failure: error instanceof Error ? error.message : String(error) });
  }
};
