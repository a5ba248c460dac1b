// Entry point of one measuring child process:
//   node --expose-gc --import tsx bench/child.ts CASE VARIANT SIZE FILE WORKDIR REPETITIONS
// Progress and errors go to stderr; the measurement is one line on stdout after RESULT_PREFIX.

import { findCase } from './cases/index';
import type { Variant } from './cases/types';
import { SIZE_NAMES, type SizeName } from './generate';
import { measureCase } from './measure';
import { RESULT_PREFIX } from './protocol';

async function main(argv: string[]): Promise<void> {
  const [caseName, variant, size, file, workDir, repetitionsText] = argv;
  if (!caseName || !variant || !size || !file || !workDir || !repetitionsText) {
    throw new Error('usage: child.ts CASE VARIANT SIZE FILE WORKDIR REPETITIONS');
  }
  const benchCase = findCase(caseName);
  if (!benchCase) throw new Error(`unknown benchmark case '${caseName}'`);
  if (variant !== 'subject' && variant !== 'baseline') throw new Error(`unknown variant '${variant}'`);
  if (!SIZE_NAMES.includes(size as SizeName)) throw new Error(`unknown size '${size}'`);
  const measurement = await measureCase(
    benchCase,
    variant as Variant,
    { file, workDir, size: size as SizeName },
    Number(repetitionsText),
  );
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(measurement)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
