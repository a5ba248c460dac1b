// The data-protection annex of the generated project at each size: the record of processing of
// every flow of personal data and the DPIA screening, rendered as HTML, Markdown and CSV, as the
// "Export data-protection annex…" command does. The BPMN steps are parsed in `prepare` (the
// export awaits them once; validation and the other exports share that parse), so the figure is
// the annex itself.

import { readFile } from 'node:fs/promises';
import { collectProcessSteps, renderAnnexCsv, renderAnnexHtmlDocument, renderAnnexMarkdown, renderDpiaCsv } from '../../models/privacy';
import type { StepInfo } from '../../models/process/steps';
import { openProjectText } from '../../models/project/open';
import type { Project } from '../../models/project/types';
import { defineCase } from './types';

export const privacyAnnexCase = defineCase<{ project: Project; steps: StepInfo[] }>({
  name: 'privacy-annex',
  description: 'data-protection annex of the whole project (record of processing + DPIA screening) as HTML, Markdown and CSV',
  subjectLabel: 'annex, 3 formats',
  async prepare(input) {
    const opened = openProjectText(await readFile(input.file, 'utf8'));
    if (!opened.ok) throw new Error('the generated project does not open');
    return { project: opened.project, steps: await collectProcessSteps(opened.project) };
  },
  async subject({ project, steps }) {
    const options = { steps };
    return [renderAnnexHtmlDocument(project, options), renderAnnexMarkdown(project, options), renderAnnexCsv(project, options), renderDpiaCsv(project, options)]
      .map((text) => text.length)
      .reduce((a, b) => a + b, 0);
  },
});
