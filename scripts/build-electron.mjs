// Bundles the Electron main process and preload into CommonJS files Electron loads directly:
// dist-electron/main.cjs and dist-electron/preload.cjs. The sandboxed preload can require only
// 'electron', so everything else it uses is bundled in.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const production = process.env.NODE_ENV === 'production';

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // playwright-core serves the CLI from a checkout only; the packaged app renders with Electron.
  external: ['electron', 'playwright-core'],
  sourcemap: true,
  minify: production,
  metafile: true,
  logLevel: 'info',
};

const [main, preload] = await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist-electron/main.cjs',
    // import.meta.url has no meaning in CommonJS; give modules that use it the bundle's own URL.
    // (Not for the preload: a sandboxed preload cannot require node:url.)
    banner: { js: "'use strict';\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
  }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' }),
]);

// esbuild leaves an import() it cannot resolve in place instead of failing; the app would then
// break only when started with a command. Fail the build instead.
if (!Object.keys(main.metafile.inputs).some((input) => input.replace(/\\/g, '/') === 'electron/cli/run.ts')) {
  console.error('build-electron: electron/cli/run.ts was not bundled into dist-electron/main.cjs.');
  process.exit(1);
}

// The preload runs sandboxed: it may require nothing but 'electron'.
const preloadImports = Object.values(preload.metafile.outputs).flatMap((output) => output.imports);
const foreign = preloadImports.filter((entry) => entry.external && entry.path !== 'electron');
if (foreign.length > 0) {
  console.error(`build-electron: the preload requires ${foreign.map((entry) => entry.path).join(', ')}; a sandboxed preload may require only 'electron'.`);
  process.exit(1);
}
