// Full validation in Node, as `convergence validate` runs it: every rule, each process's BPMN read
// and linted with bpmnlint, contracts read. Budget (issue 6): 300 ms for the large project.
// The validation reads BPMN with models/process/fastBpmnReader.ts (bpmn-moddle's tree, built
// faster). validation-full's baseline is what reading every process's BPMN with bpmn-moddle alone
// costs, the floor the validation had before that reader: a ratio below 1 is a full validation
// faster than bpmn-moddle's parse of its BPMN. Compare the subject column with the 300 ms budget.
// This is one thread; `convergence validate` also spreads the BPMN over worker threads
// (validation-pool).
//
// validation-incremental measures the renderer's re-validation after a one-field edit the way the
// renderer's validation worker does it, in Node (not in a browser): the page sends the worker only
// the top-level fields the edit changed (models/validation/delta.ts), through structuredClone as
// postMessage does; the worker applies them to its copy and validates with its warm
// ProcessResultCache (the first run, untimed, warmed it).

import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { openProjectText } from '../../models/project/open';
import type { Project } from '../../models/project/types';
import { FULL_VALIDATION, ProcessResultCache, validateProjectDeep } from '../../models/validation';
import { forgetContractOperations } from '../../models/validation/contractOperations';
import { applyProjectDelta, projectDelta } from '../../models/validation/delta';
import { parseBpmn } from '../../models/process/moddle';
import { defineCase } from './types';

export const VALIDATION_BUDGET_MS = 300;

async function openFile(file: string): Promise<Project> {
  const opened = openProjectText(await readFile(file, 'utf8'));
  if (!opened.ok) throw new Error(`the benchmark file ${file} did not open`);
  return opened.project;
}

const budget = () => sleep(VALIDATION_BUDGET_MS);

export const validationFullCase = defineCase<{ project: Project }>({
  name: 'validation-full',
  description: `validateProjectDeep with bpmnlint on one thread, cold caches (every process read and linted, contracts read); budget ${VALIDATION_BUDGET_MS} ms; baseline = only parsing every process's BPMN with bpmn-moddle (the floor before the fast reader)`,
  subjectLabel: 'full validation',
  baselineLabel: 'bpmn-moddle parse only',
  async prepare(input) {
    return { project: await openFile(input.file) };
  },
  async subject({ project }) {
    forgetContractOperations();
    return validateProjectDeep(project, { ...FULL_VALIDATION, cache: new ProcessResultCache() });
  },
  async baseline({ project }) {
    // One tree at a time, as the validation holds them (each is dropped once linted).
    let read = 0;
    for (const process of project.processes) if (await parseBpmn(process.bpmn).then(() => true, () => false)) read += 1;
    return read;
  },
});

interface IncrementalState {
  /** The document on the page. */
  project: Project;
  /** The worker's copy of it. */
  workerCopy: Project;
  cache: ProcessResultCache;
  edits: number;
}

export const validationIncrementalCase = defineCase<IncrementalState>({
  name: 'validation-incremental',
  description: `re-validation after renaming one component as the validation worker does it: changed fields structured-cloned, applied to the worker's copy, warm per-process cache (Node); baseline = the ${VALIDATION_BUDGET_MS} ms budget`,
  subjectLabel: 'one-field edit',
  baselineLabel: `budget ${VALIDATION_BUDGET_MS} ms`,
  async prepare(input) {
    const project = await openFile(input.file);
    const cache = new ProcessResultCache(Math.max(400, project.processes.length * 2));
    const workerCopy = structuredClone(project);
    await validateProjectDeep(workerCopy, { ...FULL_VALIDATION, cache });
    return { project, workerCopy, cache, edits: 0 };
  },
  async subject(state) {
    state.edits += 1;
    const [first, ...rest] = state.project.components;
    if (!first) throw new Error('the benchmark project has no component');
    const edited: Project = { ...state.project, components: [{ ...first, name: `${first.name} (edit ${state.edits})` }, ...rest] };
    const workerCopy = applyProjectDelta(state.workerCopy, structuredClone(projectDelta(state.project, edited)));
    const problems = await validateProjectDeep(workerCopy, { ...FULL_VALIDATION, cache: state.cache });
    state.project = edited;
    state.workerCopy = workerCopy;
    const work = state.cache.work;
    if (work.parses > state.project.processes.length) throw new Error('the one-field edit re-parsed a process');
    return problems;
  },
  baseline: budget,
});
