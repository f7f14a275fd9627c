/**
 * Electron main process: a thin shell. Opens the store, serves the built renderer from the
 * app:// scheme with a strict CSP, registers the one IPC handler, and locks the window down
 * (context isolation, sandbox, no Node, no navigation, no new windows, no permissions).
 * Everything it calls is plain Node code tested elsewhere; this file is only type-checked here.
 */
import { app, BrowserWindow, ipcMain, Menu, net, protocol, session, shell, type IpcMainEvent, type WebContents } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveDataDir } from './data-dir.ts';
import { openBackend, REPO_ROOT, type Backend } from './host.ts';
import { registerIpc } from './ipc.ts';
import { answerMedia, answerUploadRequest, mediaResponse } from './media-serve.ts';
import { MEDIA_URL_PREFIX } from '../shared/course/media/range.ts';
import { resolveAppAsset } from './security/app-protocol.ts';
import { withCspHeader } from './security/csp.ts';
import { externalUrlToOpen } from './security/external-url.ts';
import { isTrustedSender } from './security/trusted-sender.ts';
import { allowNavigation, allowPermission, SECURE_WEB_PREFERENCES } from './security/window-policy.ts';

// The decisions (CSP, allow-lists, sender check, asset paths, web preferences) live in
// electron/security/ and are unit-tested there; this file only wires them to Electron.
const APP_ORIGIN = new URL('app://naskah');
const RENDERER_DIR = path.join(REPO_ROOT, 'dist', 'renderer');

// stream: true lets <video> and <audio> read app://naskah/media/… as it arrives and seek with Range.
protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);

function serveRenderer(backend: Backend): void {
  protocol.handle('app', (request) => {
    // Pack media go through the range module (net.fetch of a file: URL would ignore Range).
    const { pathname } = new URL(request.url);
    if (pathname.startsWith(MEDIA_URL_PREFIX)) return mediaResponse(answerMedia(backend.media, pathname, request.method, request.headers.get('range')));
    // A pack file's bytes streamed in (media.uploadPack); every other method goes through IPC.
    if (pathname.startsWith('/api/')) return answerUploadRequest(request, pathname, backend.handlers, backend.uploads);
    const file = resolveAppAsset(RENDERER_DIR, request.url, APP_ORIGIN);
    if (!file) return new Response('forbidden', { status: 403 });
    return net.fetch(pathToFileURL(file).toString());
  });
}

/** Only allow-listed https links reach the system browser; anything else is dropped silently. */
function openExternal(raw: string): void {
  const url = externalUrlToOpen(raw);
  if (url) void shell.openExternal(url);
}

/** Applied to every web contents the app ever creates, not just the main window. */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (e, url) => {
    if (!allowNavigation(url)) e.preventDefault();
    openExternal(url);
  });
  contents.on('will-redirect', (e, url) => {
    if (!allowNavigation(url)) e.preventDefault();
  });
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternal(url);
    return { action: 'deny' };
  });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Naskah',
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      preload: path.join(import.meta.dirname, 'preload.cjs') /* sandboxed preloads must be CommonJS */,
    },
  });
  // Ask the renderer to flush its autosave before the window goes; close anyway after 3 s.
  let closing = false;
  win.on('close', (e) => {
    if (closing) return;
    e.preventDefault();
    closing = true;
    win.webContents.send('naskah:flush-request');
    const timer = setTimeout(() => win.destroy(), 3000);
    const onFlushed = (event: IpcMainEvent) => {
      if (!isTrustedSender(event, APP_ORIGIN)) return;
      ipcMain.off('naskah:flushed', onFlushed);
      clearTimeout(timer);
      win.destroy();
    };
    ipcMain.on('naskah:flushed', onFlushed);
  });
  void win.loadURL(`${APP_ORIGIN.origin}/index.html`);
  return win;
}

// Registered before any window exists so no web contents escapes the lock-down.
app.on('web-contents-created', (_e, contents) => lockDown(contents));

void app.whenReady().then(() => {
  const backend = openBackend(resolveDataDir(process.env, app.getPath('userData')), 'electron', app.getLocale());
  // No Chromium spellchecker for any window of this session (also set per window): it would fetch dictionaries.
  session.defaultSession.setSpellCheckerEnabled(false);
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(allowPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => allowPermission(permission));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => callback({ responseHeaders: withCspHeader(details.responseHeaders) }));
  serveRenderer(backend);
  registerIpc(ipcMain, backend.handlers, APP_ORIGIN);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      { role: 'fileMenu' },
      { role: 'editMenu' },
      { role: 'viewMenu' },
      { role: 'windowMenu' },
    ]),
  );
  createWindow();
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow());
  app.on('window-all-closed', () => {
    backend.close();
    if (process.platform !== 'darwin') app.quit();
  });
});
