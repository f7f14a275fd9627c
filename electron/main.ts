/**
 * Electron main process: a thin shell. Opens the store, serves the built renderer from the
 * app:// scheme with a strict CSP, registers the one IPC handler, and locks the window down
 * (context isolation, sandbox, no Node, no navigation, no new windows, no permissions).
 * Everything it calls is plain Node code tested elsewhere; this file is only type-checked here.
 */
import { app, BrowserWindow, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openBackend, REPO_ROOT, resolveDataDir } from './host.ts';
import { registerIpc } from './ipc.ts';
import { CONTENT_SECURITY_POLICY } from './webhost.ts';

const APP_ORIGIN = new URL('app://naskah');
const RENDERER_DIR = path.join(REPO_ROOT, 'dist', 'renderer');
/** External links the app may open in the system browser (parsed, https only). */
const EXTERNAL_ALLOW = new Set(['fountain.io']);

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

function serveRenderer(): void {
  protocol.handle('app', (request) => {
    const url = new URL(request.url);
    const rel = path.posix.normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(RENDERER_DIR, rel);
    if (url.host !== APP_ORIGIN.host || !file.startsWith(RENDERER_DIR + path.sep)) return new Response('forbidden', { status: 403 });
    return net.fetch(pathToFileURL(file).toString());
  });
}

function openExternal(raw: string): void {
  try {
    const u = new URL(raw);
    if (u.protocol === 'https:' && EXTERNAL_ALLOW.has(u.hostname)) void shell.openExternal(u.toString());
  } catch {
    // Not a URL: ignore.
  }
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Naskah',
    webPreferences: {
      preload: path.join(import.meta.dirname, 'preload.cjs') /* sandboxed preloads must be CommonJS */,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    openExternal(url);
    return { action: 'deny' };
  });
  // Ask the renderer to flush its autosave before the window goes; close anyway after 3 s.
  let closing = false;
  win.on('close', (e) => {
    if (closing) return;
    e.preventDefault();
    closing = true;
    win.webContents.send('naskah:flush-request');
    const timer = setTimeout(() => win.destroy(), 3000);
    ipcMain.once('naskah:flushed', () => {
      clearTimeout(timer);
      win.destroy();
    });
  });
  void win.loadURL(`${APP_ORIGIN.origin}/index.html`);
  return win;
}

void app.whenReady().then(() => {
  const backend = openBackend(resolveDataDir(app.getPath('userData')), 'electron', app.getLocale());
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }),
  );
  serveRenderer();
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
