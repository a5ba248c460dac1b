// The web worker that runs the full validation (every rule, bpmnlint included) off the main
// thread. It keeps the last document it was sent: after an edit the page sends only the
// top-level fields that changed (models/validation/delta.ts), so unchanged processes keep their
// objects here and the module-level ProcessResultCache finds their parse and lint at once.
// Only the newest request is worth running; a request replaced while waiting is answered `skipped`.

import { FULL_VALIDATION, validateProjectDeep, type Problem } from '../../models/validation';
import { applyProjectDelta, type ProjectDelta } from '../../models/validation/delta';
import type { Project } from '../../models/project/types';

export type ValidationRequest = { id: number; project: Project } | { id: number; delta: ProjectDelta };

interface Job {
  id: number;
  project: Project;
}

export type ValidationReply = { id: number; problems: Problem[] } | { id: number; skipped: true } | { id: number; failure: string };

let current: Project | null = null;
let waiting: Job | null = null;
let running = false;

const reply = (message: ValidationReply): void => self.postMessage(message);

async function drain(): Promise<void> {
  running = true;
  while (waiting) {
    const request = waiting;
    waiting = null;
    try {
      reply({ id: request.id, problems: await validateProjectDeep(request.project, FULL_VALIDATION) });
    } catch (error) {
      reply({ id: request.id, failure: error instanceof Error ? error.message : String(error) });
    }
  }
  running = false;
}

self.onmessage = (event: MessageEvent<ValidationRequest>) => {
  const request = event.data;
  if ('project' in request) current = request.project;
  else if (current) current = applyProjectDelta(current, request.delta);
  else {
    reply({ id: request.id, failure: 'a change arrived before any document' });
    return;
  }
  if (waiting) reply({ id: waiting.id, skipped: true });
  waiting = { id: request.id, project: current };
  if (!running) void drain();
};
