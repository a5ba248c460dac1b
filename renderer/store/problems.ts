import { useEffect, useSyncExternalStore } from 'react';
import { validateProject, validateProjectDeep } from '../../models/validation';
import type { Project } from '../../models/project/types';
import { useProjectStore } from './projectStore';

export type ProjectProblems = ReturnType<typeof validateProject>;

export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * Problems come in two passes. The document checks are synchronous and cheap, so every view has
 * them at once; the deep checks (each process's BPMN parsed, its step links resolved) are the
 * same ones `convergence validate` runs, and arrive a moment later. Results are kept per project
 * object: documents are immutable, so an edit makes a new object and a new result.
 */
const quickCache = new WeakMap<Project, ProjectProblems>();
const deepCache = new WeakMap<Project, ProjectProblems>();
const countCache = new WeakMap<ProjectProblems, ProblemCounts>();
const listeners = new Set<() => void>();

/** Typing in a field makes a new document per keystroke; wait for a pause before parsing BPMN. */
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

/** The best result available now: the deep one once it has arrived, the quick one until then. */
export function problemsOf(project: Project): ProjectProblems {
  return deepCache.get(project) ?? quickProblemsOf(project);
}

/** Lets the page paint and handle input between two processes of a large project. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves with the deep result of `project` (running the check if it has not run yet). */
export async function deepProblemsOf(project: Project): Promise<ProjectProblems> {
  const cached = deepCache.get(project);
  if (cached) return cached;
  const problems = await validateProjectDeep(project, { pause: nextTask, bpmnlint: true });
  deepCache.set(project, problems);
  for (const listener of listeners) listener();
  return problems;
}

/** Runs the deep check of the newest document after a pause; older requests are dropped. */
function requestDeepCheck(project: Project): void {
  if (deepCache.has(project) || scheduled?.project === project) return;
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

/** The open project's problems (empty with no project), the deep ones as soon as they are ready. */
export function useProblems(): ProjectProblems {
  return useProblemsSource(problemsOf, NO_PROBLEMS);
}

export function useProblemCounts(): ProblemCounts {
  return useProblemsSource(problemCountsOf, NO_COUNTS);
}
