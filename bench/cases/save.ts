// Saving as the app does: canonical serialization and a file write. Baseline: JSON.stringify
// with the same indentation and the same write. The project is opened untimed in `prepare`.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openProjectText } from '../../models/project/open';
import { serializeProject } from '../../models/project/serialize';
import type { Project } from '../../models/project/types';
import { defineCase } from './types';

type SaveState = { kind: 'subject'; project: Project; out: string } | { kind: 'baseline'; data: unknown; out: string };

export const saveCase = defineCase<SaveState>({
  name: 'save',
  description: 'serializeProject + write, vs JSON.stringify(obj, null, 2) + write',
  subjectLabel: 'save',
  baselineLabel: 'JSON.stringify',
  async prepare(input, variant) {
    const text = await readFile(input.file, 'utf8');
    const out = path.join(input.workDir, `${input.size}-${variant}.convergence`);
    if (variant === 'baseline') return { kind: 'baseline', data: JSON.parse(text) as unknown, out };
    const opened = openProjectText(text);
    if (!opened.ok) throw new Error(`the benchmark file ${input.file} did not open`);
    return { kind: 'subject', project: opened.project, out };
  },
  async subject(state) {
    if (state.kind !== 'subject') throw new Error('save: subject run with baseline state');
    await writeFile(state.out, serializeProject(state.project), 'utf8');
    return undefined;
  },
  async baseline(state) {
    if (state.kind !== 'baseline') throw new Error('save: baseline run with subject state');
    await writeFile(state.out, JSON.stringify(state.data, null, 2), 'utf8');
    return undefined;
  },
});
