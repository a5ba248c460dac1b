// Opening a file as the app does: read the text, parse + migrate + schema-check it, run the
// validation rules and build the query index. Baseline: read the same bytes and JSON.parse them.

import { readFile } from 'node:fs/promises';
import { openProjectText } from '../../models/project/open';
import { buildProjectIndex } from '../../models/queries';
import { validateProject } from '../../models/validation';
import { defineCase } from './types';

export const openCase = defineCase<{ file: string }>({
  name: 'open',
  description: 'read + openProjectText + validateProject + buildProjectIndex, vs read + JSON.parse',
  subjectLabel: 'open',
  baselineLabel: 'JSON.parse',
  async prepare(input) {
    return { file: input.file };
  },
  async subject({ file }) {
    const text = await readFile(file, 'utf8');
    const opened = openProjectText(text);
    if (!opened.ok) throw new Error(`the benchmark file ${file} did not open: ${JSON.stringify(opened.errors).slice(0, 500)}`);
    const problems = validateProject(opened.project);
    const index = await buildProjectIndex(opened.project);
    return { project: opened.project, problems, index };
  },
  async baseline({ file }) {
    const text = await readFile(file, 'utf8');
    return JSON.parse(text) as unknown;
  },
});
