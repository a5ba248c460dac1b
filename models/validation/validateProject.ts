// The quick pass: every rule over the document without reading the BPMN of its processes or the
// text of its contracts. Rules about steps and contract operations wait for validateProjectDeep,
// which the command line and the Problems view use; this pass gives a first answer at once.

import type { Project } from '../project/types';
import { buildValidationContext } from './context';
import { runRules } from './engine';
import type { Problem } from './problem';

/** Synchronous checks of the whole document, in a deterministic order, with the project's rule overrides applied. */
export function validateProject(project: Project): Problem[] {
  return runRules(buildValidationContext(project));
}
