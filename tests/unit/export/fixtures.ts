// Projects for the exporter tests: the bundled sample, and the sample with hostile text in every
// field an exporter prints (names, definitions, legal references, notes).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openProjectText } from '../../../models/project/open';
import type { Project } from '../../../models/project/types';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function sampleProject(): Project {
  const opened = openProjectText(readFileSync(path.join(repoRoot, 'assets', 'sample', 'child-grant.convergence'), 'utf8'));
  if (!opened.ok) throw new Error('the sample does not open');
  return opened.project;
}

export const XSS_NAME = '<img src=x onerror=alert(1)>';
export const XSS_LINK = 'javascript:alert(1)';
export const MD_LINK = '[click](javascript:alert(1))';

/** The sample with script-looking text in every printed field of the register-child scenario. */
export function hostileProject(): Project {
  const p = sampleProject();
  const mis = p.components.find((c) => c.id === 'child-grant-mis')!;
  mis.name = XSS_NAME;
  mis.ownerAgency = MD_LINK;
  const verify = p.interactions.find((i) => i.id === 'mis-verifies-caregiver-id')!;
  verify.name = `${XSS_NAME} ${MD_LINK}`;
  verify.legalReference = XSS_LINK;
  verify.purpose = `=HYPERLINK("${XSS_LINK}") <script>alert(1)</script>`;
  const scenario = p.scenarios.find((s) => s.id === 'register-child')!;
  scenario.title = `${XSS_NAME} title`;
  scenario.objective = `${MD_LINK}\n# not a heading\n<a href="${XSS_LINK}">x</a>`;
  scenario.actors = [XSS_NAME, '- not a list item'];
  scenario.steps[0]!.title = `${XSS_NAME} | pipe`;
  scenario.steps[0]!.notes = `${XSS_LINK} **bold** \`code\``;
  const element = p.dataElements[0]!;
  element.name = XSS_NAME;
  element.definition = `<svg onload=alert(1)> ${MD_LINK}`;
  p.project.name = `${XSS_NAME} project`;
  p.project.description = `<script>alert(1)</script> ${MD_LINK}`;
  return p;
}
