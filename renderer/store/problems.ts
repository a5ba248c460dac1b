import { validateProject } from '../../models/validation';
import type { Project } from '../../models/project/types';
import { useProjectStore } from './projectStore';

export type ProjectProblems = ReturnType<typeof validateProject>;

export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
}

const problemCache = new WeakMap<Project, ProjectProblems>();
const countCache = new WeakMap<Project, ProblemCounts>();

/** validateProject, run once per project object (documents are immutable). */
export function problemsOf(project: Project): ProjectProblems {
  let problems = problemCache.get(project);
  if (!problems) {
    problems = validateProject(project);
    problemCache.set(project, problems);
  }
  return problems;
}

export function problemCountsOf(project: Project): ProblemCounts {
  let counts = countCache.get(project);
  if (!counts) {
    counts = { errors: 0, warnings: 0, infos: 0 };
    for (const problem of problemsOf(project)) {
      if (problem.severity === 'error') counts.errors += 1;
      else if (problem.severity === 'warning') counts.warnings += 1;
      else counts.infos += 1;
    }
    countCache.set(project, counts);
  }
  return counts;
}

const NO_PROBLEMS: ProjectProblems = [];
const NO_COUNTS: ProblemCounts = { errors: 0, warnings: 0, infos: 0 };

/** The open project's problems (empty with no project); recomputed only when the document changes. */
export function useProblems(): ProjectProblems {
  return useProjectStore((state) => (state.project ? problemsOf(state.project) : NO_PROBLEMS));
}

export function useProblemCounts(): ProblemCounts {
  return useProjectStore((state) => (state.project ? problemCountsOf(state.project) : NO_COUNTS));
}
