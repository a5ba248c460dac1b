// Speed work on the validation must not change what it finds: the problems (rule, severity,
// path, message, in order) of the sample, the generated M benchmark project and the sample with
// the conformance BPMN files are compared with the ones recorded before the validation was made
// faster (equivalence/problems.<name>.json, written by equivalence/record.ts).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, here, PINNED_PROJECTS, pinnedProblems, type PinnedName, type PinnedProblem } from './equivalence/projects';

interface Recorded {
  fingerprint: string;
  problems: PinnedProblem[];
}

const recorded = (name: PinnedName): Recorded => JSON.parse(readFileSync(path.join(here, `problems.${name}.json`), 'utf8')) as Recorded;

describe('validation results are unchanged', () => {
  for (const name of Object.keys(PINNED_PROJECTS) as PinnedName[]) {
    it(`finds the recorded problems in the ${name} project`, async () => {
      const project = PINNED_PROJECTS[name]();
      const expected = recorded(name);
      // A different input (the sample or the generator changed) needs a new recording, not a fix.
      expect(fingerprint(project), 'the project differs from the recorded one: run tests/unit/validation/equivalence/record.ts').toBe(expected.fingerprint);
      expect(await pinnedProblems(project)).toEqual(expected.problems);
    });
  }

  it('pins problems of many rules, bpmnlint and parse errors included', () => {
    const rules = new Set((Object.keys(PINNED_PROJECTS) as PinnedName[]).flatMap((name) => recorded(name).problems.map(([ruleId]) => ruleId)));
    for (const ruleId of ['data-minimisation', 'consent-sole-basis', 'async-callback-missing', 'duplicate-name', 'bpmn-parse-error', 'bpmn-warning', 'bpmnlint/label-required', 'bpmnlint/no-bpmndi', 'bpmnlint/fake-join']) {
      expect(rules, ruleId).toContain(ruleId);
    }
  });
});
