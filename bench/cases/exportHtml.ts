// Full-project HTML export of a generated project, as `convergence export --format html` does it
// without a browser: the Specification (every scenario's sequence diagram and interoperability
// table, the landscape SVG, dictionary, API operations with their schemas, data-protection facts),
// the data-protection annex (which parses every process's BPMN), rendered to one self-contained
// HTML text. S is the figure (50 scenarios, 300 components,
// 1,000 interactions, 30 processes); M and L double and quadruple it. Time and peak memory (the
// child's maxRSS, sampled by the harness) are reported per size.

import { exportProject } from '../../models/export';
import type { Project } from '../../models/project/types';
import { generateProject, SIZES, type SizeName } from '../generate';
import { defineCase } from './types';

export const EXPORT_SIZES: Readonly<Record<SizeName, { scenarios: number; components: number; interactions: number; processes: number }>> = {
  S: { scenarios: 50, components: 300, interactions: 1000, processes: 30 },
  M: { scenarios: 100, components: 600, interactions: 2000, processes: 60 },
  L: { scenarios: 200, components: 1200, interactions: 4000, processes: 120 },
};

/** A project of the export size; the dictionary and contracts of the M preset (1,000 elements, 6 contracts). */
export function exportProjectOfSize(size: SizeName, seed?: number): Project {
  return generateProject({ ...SIZES.M, ...EXPORT_SIZES[size], elementsPerProcess: 30 }, seed);
}

export const exportHtmlCase = defineCase<{ project: Project }>({
  name: 'export-html',
  description:
    'full-project HTML export, no browser (S: 50 scenarios, 300 components, 1,000 interactions, 30 processes; M and L double and quadruple): ' +
    'Specification + sequence and landscape SVG + one self-contained HTML text',
  subjectLabel: 'HTML export',
  repetitions: { S: 3, M: 2, L: 1 },
  async prepare(input) {
    return { project: exportProjectOfSize(input.size) };
  },
  async subject({ project }) {
    // Fresh process objects: the BPMN parse cache (per process object) must not carry over from
    // the warm-up, so every run pays what the first export of an opened file pays.
    const cold = { ...project, processes: project.processes.map((p) => ({ ...p })) };
    const [file] = await exportProject(cold, 'html', {});
    return file!.text!.length;
  },
});
