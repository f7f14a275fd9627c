/**
 * `npm run web` (ARCHITECTURE.md contract 3): builds the renderer when needed, then serves the
 * full app on http://127.0.0.1:$PORT (default 5180) with data in NASKAH_DATA_DIR, until killed.
 * Prints — and, from an interactive terminal on a desktop, opens — the link with this run's token
 * (NASKAH_WEB_TOKEN when set, for scripts and tests); nothing is served without it.
 * `--no-browser` (or NASKAH_NO_BROWSER=1) only prints.
 */
import { defaultDataDir, resolveDataDir } from '../electron/data-dir.ts';
import { openBackend } from '../electron/host.ts';
import { translate } from '../electron/i18n.ts';
import { SHORT_TOKEN, webToken } from '../electron/security/web-session.ts';
import { startWebHost } from '../electron/webhost.ts';
import { ensureRendererBuilt, RENDERER_DIR } from './ensure-renderer.ts';
import { browserOpener, openBrowser } from './open-browser.ts';

ensureRendererBuilt();
const dataDir = resolveDataDir(process.env, defaultDataDir());
const { token, fromEnv } = webToken();
if (fromEnv && token.length < SHORT_TOKEN) console.error(translate('web', 'terminal.shortToken', { length: token.length, min: SHORT_TOKEN }));
const backend = openBackend(dataDir, 'web');
const host = await startWebHost({ port: Number(process.env.PORT ?? 5180), handlers: backend.handlers, rendererDir: RENDERER_DIR, media: backend.media, uploads: backend.uploads, token });
console.log(translate('web', 'terminal.running', { url: host.launchUrl, dataDir }));
console.log(translate('web', 'terminal.howTo'));
const opener = browserOpener(host.launchUrl, { platform: process.platform, env: process.env, interactive: process.stdout.isTTY === true, argv: process.argv.slice(2) });
if (opener) {
  console.log(translate('web', 'terminal.opening'));
  openBrowser(opener);
}

const stop = async () => {
  await host.close();
  backend.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
