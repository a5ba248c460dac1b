// Bundles the command line (electron/cli/main.ts) into one executable Node script,
// dist-cli/convergence.cjs, which package.json `bin` installs as `convergence`, and the worker
// thread of its parallel validation into dist-cli/validation-worker.cjs, which the command finds
// next to itself (electron/cli/validationPool/workerEntry.ts).
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir DIR` builds elsewhere (a test builds its own copy so tests can run side by side).
const outdirArg = process.argv.indexOf('--outdir');
const outdir = outdirArg === -1 ? path.join(root, 'dist-cli') : path.resolve(process.argv[outdirArg + 1] ?? 'dist-cli');
const outfile = path.join(outdir, 'convergence.cjs');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The CLI runs in plain Node; it reaches a browser through playwright-core when one is needed
  // and never loads Electron.
  external: ['electron', 'playwright-core'],
  // import.meta.url has no meaning in CommonJS; give modules that use it the bundle's own URL.
  define: { 'import.meta.url': '__importMetaUrl' },
  sourcemap: true,
  logLevel: 'info',
};
const importMetaUrl = "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";

await Promise.all([
  build({ ...common, entryPoints: ['electron/cli/main.ts'], outfile, banner: { js: `#!/usr/bin/env node\n'use strict';\n${importMetaUrl}` } }),
  build({
    ...common,
    entryPoints: ['electron/cli/validationPool/worker.ts'],
    outfile: path.join(outdir, 'validation-worker.cjs'),
    banner: { js: `'use strict';\n${importMetaUrl}` },
  }),
]);
await chmod(outfile, 0o755);
