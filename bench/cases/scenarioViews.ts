// What the Scenarios view and every export compute for each scenario: the sequence model, its
// SVG and Mermaid text, and the interoperability table (with the API operations resolved from
// the contracts' OpenAPI text, read once per contract), for every scenario of the project.
// Baseline: serializing the scenarios to JSON, a floor that touches the same data.

import { readFile } from 'node:fs/promises';
import type { Project } from '../../models/project/types';
import { openProjectText } from '../../models/project/open';
import { buildInteropTable, buildSequence, renderSequenceMermaid, renderSequenceSvg } from '../../models/scenario';
import { defineCase } from './types';

export const scenarioViewsCase = defineCase<{ project: Project }>({
  name: 'scenarioViews',
  description: 'every scenario: sequence model + SVG + Mermaid + interoperability table, vs JSON.stringify of the scenarios',
  subjectLabel: 'sequence+table',
  baselineLabel: 'JSON.stringify',
  async prepare({ file }) {
    const opened = openProjectText(await readFile(file, 'utf8'));
    if (!opened.ok) throw new Error('the generated project does not open');
    return { project: opened.project };
  },
  async subject({ project }) {
    let bytes = 0;
    for (const scenario of project.scenarios) {
      const diagram = buildSequence(project, scenario);
      bytes += renderSequenceSvg(diagram).length + renderSequenceMermaid(diagram).length;
      bytes += buildInteropTable(project, scenario).length;
    }
    return bytes;
  },
  async baseline({ project }) {
    return JSON.stringify(project.scenarios).length;
  },
});
