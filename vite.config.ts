import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built to static files served by the web host (browser mode) and by Electron's
// app:// protocol. No remote URL may end up in the bundle: the CSP forbids them anyway.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
});
