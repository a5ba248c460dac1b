// Records the problems of the pinned projects into problems.<name>.json, which
// equivalence.test.ts compares every later validation with. Run it only when a rule's results
// are meant to change (or the sample or the generator changed):
//   npx tsx tests/unit/validation/equivalence/record.ts

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fingerprint, here, PINNED_PROJECTS, pinnedProblems, type PinnedName } from './projects';

async function main(): Promise<void> {
  for (const name of Object.keys(PINNED_PROJECTS) as PinnedName[]) {
    const project = PINNED_PROJECTS[name]();
    const problems = await pinnedProblems(project);
    const file = path.join(here, `problems.${name}.json`);
    const lines = problems.map((problem) => `    ${JSON.stringify(problem)}`).join(',\n');
    writeFileSync(file, `{\n  "fingerprint": ${JSON.stringify(fingerprint(project))},\n  "problems": [\n${lines}\n  ]\n}\n`);
    process.stdout.write(`${name}: ${problems.length} problems -> ${path.relative(process.cwd(), file)}\n`);
  }
}

void main();
