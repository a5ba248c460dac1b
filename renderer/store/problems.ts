import { useEffect, useSyncExternalStore } from 'react';
import { applyRuleOverrides, validateProject } from '../../models/validation';
import type { Project } from '../../models/project/types';
import { useProjectStore } from './projectStore';
import { validateOffMainThread } from './validationClient';

export type ProjectProblems = ReturnType<typeof validateProject>;

export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * Problems come in two passes. The quick pass runs every rule over the document without reading
 * BPMN or contracts, synchronously, so every view has a first answer at once; the full pass (each
 * process's BPMN read and linted with bpmnlint, contracts read) is exactly what `convergence
 * validate` runs, and arrives a moment later from a web worker (models/validation runs the same
 * there). The worker keeps each process's parse and lint, so a one-field edit elsewhere re-lints
 * nothing. Results are kept per project object: documents are immutable, so an edit makes a new
 * object and a new result.
 */
const quickCache = new WeakMap<Project, ProjectProblems>();
const deepCache = new WeakMap<Project, ProjectProblems>();
/**
 * The newest full result before the project's rule settings were applied. A document that
 * differs from it only in settings.rules (the user changed a rule's severity or turned it off)
 * gets its full result from it at once: no worker round trip, no moment where the problems only
 * the full pass finds (bpmnlint's, say) drop out of the list.
 */
let lastUnsettled: { project: Project; problems: ProjectProblems } | null = null;
const inFlight = new WeakMap<Project, Promise<ProjectProblems>>();
const countCache = new WeakMap<ProjectProblems, ProblemCounts>();
const listeners = new Set<() => void>();

/** Typing in a field makes a new document per keystroke; wait for a pause before the full pass. */
export const DEEP_CHECK_DELAY_MS = 250;
let scheduled: { project: Project; timer: ReturnType<typeof setTimeout> } | null = null;

function quickProblemsOf(project: Project): ProjectProblems {
  let problems = quickCache.get(project);
  if (!problems) {
    problems = validateProject(project);
    quickCache.set(project, problems);
  }
  return problems;
}

/** True when the two documents differ in nothing but their rule settings. */
function onlyRuleSettingsDiffer(a: Project, b: Project): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof Project>);
  for (const key of keys) {
    if (key === 'settings') continue;
    if (a[key] !== b[key]) return false;
  }
  const settingKeys = new Set([...Object.keys(a.settings), ...Object.keys(b.settings)] as Array<keyof Project['settings']>);
  for (const key of settingKeys) {
    if (key !== 'rules' && a.settings[key] !== b.settings[key]) return false;
  }
  return true;
}

/** The full result of `project` derived from the last one when only rule settings changed since. */
function settledFromLast(project: Project): ProjectProblems | undefined {
  if (!lastUnsettled || !onlyRuleSettingsDiffer(lastUnsettled.project, project)) return undefined;
  const problems = applyRuleOverrides(lastUnsettled.problems, project.settings.rules);
  deepCache.set(project, problems);
  return problems;
}

/** The document the full pass runs on: every rule at its default, the project's settings are applied afterwards. */
function withoutRuleSettings(project: Project): Project {
  if (Object.keys(project.settings.rules).length === 0) return project;
  return { ...project, settings: { ...project.settings, rules: {} } };
}

/** The best result available now: the full one once it has arrived, the quick one until then. */
export function problemsOf(project: Project): ProjectProblems {
  return deepCache.get(project) ?? settledFromLast(project) ?? quickProblemsOf(project);
}

/** True once the full validation of this document has arrived (the Problems view may say "checking..." until then). */
export function isFullyValidated(project: Project): boolean {
  return deepCache.has(project) || settledFromLast(project) !== undefined;
}

/**
 * Resolves with the full result of `project` (running the check if it has not run yet). When a
 * newer document overtook this one in the worker, resolves with the best result at hand.
 */
export function deepProblemsOf(project: Project): Promise<ProjectProblems> {
  const cached = deepCache.get(project) ?? settledFromLast(project);
  if (cached) return Promise.resolve(cached);
  let running = inFlight.get(project);
  if (!running) {
    running = validateOffMainThread(withoutRuleSettings(project)).then((unsettled) => {
      inFlight.delete(project);
      if (unsettled === null) return problemsOf(project);
      lastUnsettled = { project, problems: unsettled };
      const problems = applyRuleOverrides(unsettled, project.settings.rules);
      deepCache.set(project, problems);
      for (const listener of listeners) listener();
      return problems;
    });
    inFlight.set(project, running);
  }
  return running;
}

/** Runs the full check of the newest document after a pause; older requests are dropped. */
function requestDeepCheck(project: Project): void {
  if (deepCache.has(project) || settledFromLast(project) || inFlight.has(project) || scheduled?.project === project) return;
  if (scheduled) clearTimeout(scheduled.timer);
  const timer = setTimeout(() => {
    if (scheduled?.project === project) scheduled = null;
    void deepProblemsOf(project);
  }, DEEP_CHECK_DELAY_MS);
  scheduled = { project, timer };
}

export function problemCountsOf(project: Project): ProblemCounts {
  const problems = problemsOf(project);
  let counts = countCache.get(problems);
  if (!counts) {
    counts = { errors: 0, warnings: 0, infos: 0 };
    for (const problem of problems) {
      if (problem.severity === 'error') counts.errors += 1;
      else if (problem.severity === 'warning') counts.warnings += 1;
      else counts.infos += 1;
    }
    countCache.set(problems, counts);
  }
  return counts;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const NO_PROBLEMS: ProjectProblems = [];
const NO_COUNTS: ProblemCounts = { errors: 0, warnings: 0, infos: 0 };

function useProblemsSource<T>(select: (project: Project) => T, empty: T): T {
  const project = useProjectStore((state) => state.project);
  useEffect(() => {
    if (project) requestDeepCheck(project);
  }, [project]);
  return useSyncExternalStore(subscribe, () => (project ? select(project) : empty));
}

/** The open project's problems (empty with no project), the full ones as soon as they are ready. */
export function useProblems(): ProjectProblems {
  return useProblemsSource(problemsOf, NO_PROBLEMS);
}

export function useProblemCounts(): ProblemCounts {
  return useProblemsSource(problemCountsOf, NO_COUNTS);
}
