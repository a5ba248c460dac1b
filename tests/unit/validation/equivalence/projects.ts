// The projects whose validation results are pinned by equivalence.test.ts: the sample, the
// generated M benchmark project, and the sample with its processes replaced by the real BPMN
// files of /work/shared/conformance (read in place, never copied), which trigger most of
// bpmnlint's rules, DI-based ones included, and BPMN parse errors and warnings.

import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProject } from '../../../../bench/generate';
import { openProjectText } from '../../../../models/project/open';
import { serializeProject } from '../../../../models/project/serialize';
import type { Project } from '../../../../models/project/types';
import { FULL_VALIDATION, ProcessResultCache, validateProjectDeep, type Problem } from '../../../../models/validation';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..', '..', '..');
const conformanceRoot = path.resolve(repoRoot, '..', 'shared', 'conformance');

export function sampleProject(): Project {
  const opened = openProjectText(readFileSync(path.join(repoRoot, 'assets', 'sample', 'child-grant.convergence'), 'utf8'));
  if (!opened.ok) throw new Error('the sample did not open');
  return opened.project;
}

function bpmnFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? bpmnFiles(path.join(dir, entry.name)) : entry.name.endsWith('.bpmn') ? [path.join(dir, entry.name)] : []))
    .sort();
}

/** The sample with one process per conformance BPMN file (in path order), keeping the sample's three first. */
export function conformanceProject(): Project {
  const sample = sampleProject();
  const template = sample.processes[0]!;
  const extra = bpmnFiles(conformanceRoot).map((file, i) => ({
    ...template,
    id: `conformance-${i}`,
    name: path.relative(conformanceRoot, file),
    bpmn: readFileSync(file, 'utf8'),
  }));
  return { ...sample, processes: [...sample.processes, ...extra] };
}

export const PINNED_PROJECTS = {
  sample: sampleProject,
  'generated-M': () => generateProject('M'),
  conformance: conformanceProject,
} as const;

export type PinnedName = keyof typeof PINNED_PROJECTS;

/** What is pinned of each problem: enough to notice a dropped, added, moved or re-worded check. */
export type PinnedProblem = [ruleId: string, severity: Problem['severity'], path: string, message: string];

export async function pinnedProblems(project: Project): Promise<PinnedProblem[]> {
  const problems = await validateProjectDeep(project, { ...FULL_VALIDATION, cache: new ProcessResultCache() });
  return problems.map((problem) => [problem.ruleId, problem.severity, problem.path, problem.message]);
}

/** Which input the problems were recorded for: a changed generator or sample means re-recording, not a regression. */
export function fingerprint(project: Project): string {
  return createHash('sha256').update(serializeProject(project)).digest('hex').slice(0, 16);
}
