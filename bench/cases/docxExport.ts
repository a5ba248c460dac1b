// Full-project Word export of the generated export-size project (bench/cases/exportHtml.ts has
// the sizes: S = 50 scenarios, 300 components, 1,000 interactions, 30 processes), as
// `convergence export --format docx` does it when no browser is found: the Specification rendered
// by the docx library into headings, tables and one packed .docx, without pictures. Baseline: the
// HTML export of the same project, so the cost of the DOCX writer shows against it.

import { buildSpecification, exportProject } from '../../models/export';
import { renderSpecificationDocx } from '../../models/export/docx';
import type { Project } from '../../models/project/types';
import { exportProjectOfSize } from './exportHtml';
import { defineCase } from './types';

export const docxExportCase = defineCase<{ project: Project }>({
  name: 'export-docx',
  description: 'full-project DOCX export without pictures (sizes as export-html), vs the HTML export of the same project',
  subjectLabel: 'DOCX export',
  baselineLabel: 'HTML export',
  repetitions: { S: 3, M: 2, L: 1 },
  async prepare(input) {
    return { project: exportProjectOfSize(input.size) };
  },
  async subject({ project }) {
    const bytes = await renderSpecificationDocx(buildSpecification(project));
    return bytes.byteLength;
  },
  async baseline({ project }) {
    const [file] = await exportProject(project, 'html', {});
    return file!.text!.length;
  },
});
