/**
 * `npm run web` (ARCHITECTURE.md contract 3): builds the renderer when needed, then serves the
 * full app on http://127.0.0.1:$PORT (default 5180) with data in NASKAH_DATA_DIR, until killed.
 */
import { defaultDataDir } from '../electron/data-dir.ts';
import { openBackend, resolveDataDir } from '../electron/host.ts';
import { startWebHost } from '../electron/webhost.ts';
import { ensureRendererBuilt, RENDERER_DIR } from './ensure-renderer.ts';

ensureRendererBuilt();
const dataDir = resolveDataDir(defaultDataDir());
const backend = openBackend(dataDir, 'web');
const host = await startWebHost({ port: Number(process.env.PORT ?? 5180), handlers: backend.handlers, rendererDir: RENDERER_DIR });
console.log(`Naskah is running at ${host.url} (data: ${dataDir})`);

const stop = async () => {
  await host.close();
  backend.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
