import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is one Vite app; Electron loads the built files with `base: './'`
// so the same bundle works from file:// (desktop) and from a web server (`npm run web`).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
});
