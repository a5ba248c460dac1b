// Bundles the command line (electron/cli/main.ts) into one executable Node script,
// dist-cli/convergence.cjs, which package.json `bin` installs as `convergence`.
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist-cli', 'convergence.cjs');

await build({
  absWorkingDir: root,
  entryPoints: ['electron/cli/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The CLI runs in plain Node; it reaches a browser through playwright-core when one is needed
  // and never loads Electron.
  external: ['electron', 'playwright-core'],
  // import.meta.url has no meaning in CommonJS; give modules that use it the bundle's own URL.
  banner: { js: "#!/usr/bin/env node\n'use strict';\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
  sourcemap: true,
  logLevel: 'info',
});
await chmod(outfile, 0o755);
