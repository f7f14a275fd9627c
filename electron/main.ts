/**
 * Electron main process: a thin shell. Opens the store, serves the built renderer from the
 * app:// scheme with a strict CSP, registers the one IPC handler, and locks the window down
 * (context isolation, sandbox, no Node, no navigation, no new windows, no permissions).
 * Everything it calls is plain Node code tested elsewhere; this file is only type-checked here.
 */
import { app, BrowserWindow, ipcMain, Menu, net, protocol, screen, session, shell, type IpcMainEvent, type WebContents } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveDataDir } from './data-dir.ts';
import { wireSystemOpen } from './desktop/system-open.ts';
import { openBackend, REPO_ROOT } from './host.ts';
import { registerIpc } from './ipc.ts';
import { answerMedia, answerUploadRequest, mediaResponse } from './media-serve.ts';
import { MEDIA_URL_PREFIX } from '../shared/course/media/range.ts';
import { resolveAppAsset } from './security/app-protocol.ts';
import { cspFor, withCspHeader } from './security/csp.ts';
import { externalUrlToOpen } from './security/external-url.ts';
import { isTrustedSender } from './security/trusted-sender.ts';
import { allowNavigation, allowPermission, PRINT_WEB_PREFERENCES, SECURE_WEB_PREFERENCES } from './security/window-policy.ts';
import { INITIAL_APP_STATE, type HostState } from '../shared/commands/app-state.ts';
import { COMMANDS, type CommandId } from '../shared/commands/command-list.ts';
import { buildMenuTemplate } from '../shared/commands/menu-template.ts';
import { printRequestSchema } from '../shared/commands/print-request.ts';
import { windowTitle } from '../shared/commands/window-title.ts';
import { needsUserGesture, platformOf, readHostState, withClicks } from './desktop/app-menu.ts';
import { CloseFlow, FLUSH_TIMEOUT_MS } from './desktop/close-flow.ts';
import { isPrintDocUrl, PrintDocs } from './desktop/print-docs.ts';
import { MIN_SIZE, rememberWindow, restoreWindow } from './desktop/window-state.ts';
import { dispatch } from './dispatch.ts';
import type { Backend } from './host.ts';
import { translate } from './i18n.ts';
import { languageOfTag } from '../shared/i18n/languages.ts';
import { readSettings, writeSettings } from './store/settings.ts';

// The decisions (CSP, allow-lists, sender check, asset paths, web preferences) live in
// electron/security/ and are unit-tested there; this file only wires them to Electron.
const APP_ORIGIN = new URL('app://naskah');
const RENDERER_DIR = path.join(REPO_ROOT, 'dist', 'renderer');

// One Naskah at a time: a second launch (a double-clicked file, "Open with") hands its argv to the
// running one through 'second-instance' and leaves before it opens anything.
if (!app.requestSingleInstanceLock()) app.exit(0);

// stream: true lets <video> and <audio> read app://naskah/media/… as it arrives and seek with Range.
protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);

const PLATFORM = platformOf(process.platform);
const printDocs = new PrintDocs(APP_ORIGIN);
/** The settings key the window's place is kept under (electron/desktop/window-state.ts decides). */
const WINDOW_STATE_KEY = 'windowState';

function serveRenderer(backend: Backend): void {
  protocol.handle('app', (request) => {
    // Pack media go through the range module (net.fetch of a file: URL would ignore Range).
    const { pathname } = new URL(request.url);
    if (pathname.startsWith(MEDIA_URL_PREFIX)) return mediaResponse(answerMedia(backend.media, pathname, request.method, request.headers.get('range')));
    // A pack file's bytes streamed in (media.uploadPack); every other method goes through IPC.
    if (pathname.startsWith('/api/')) return answerUploadRequest(request, pathname, backend.handlers, backend.uploads);
    if (isPrintDocUrl(request.url, APP_ORIGIN)) {
      const pdf = printDocs.lookup(request.url);
      return pdf ? new Response(new Blob([new Uint8Array(pdf)]), { headers: { 'content-type': 'application/pdf' } }) : new Response('not found', { status: 404 });
    }
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

function displays() {
  return screen.getAllDisplays().map((d) => ({ id: d.id, workArea: d.workArea }));
}

function createWindow(backend: Backend): BrowserWindow {
  const place = restoreWindow(readSettings(backend.db)[WINDOW_STATE_KEY], displays(), screen.getPrimaryDisplay().id);
  const win = new BrowserWindow({
    ...place.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Naskah',
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      preload: path.join(import.meta.dirname, 'preload.cjs') /* sandboxed preloads must be CommonJS */,
    },
  });
  if (place.maximized) win.maximize();
  // The title follows the validated host state (installAppMenu), not whatever the page sets.
  win.on('page-title-updated', (e) => e.preventDefault());
  // Closing: the renderer flushes its autosave first (close-flow.ts decides; at most FLUSH_TIMEOUT_MS).
  const flow = new CloseFlow();
  win.on('close', (e) => {
    const action = flow.closeRequested();
    if (action === 'allow') return;
    e.preventDefault();
    if (action !== 'hold-and-flush') return;
    const bounds = win.getNormalBounds();
    const placement = { bounds, maximized: win.isMaximized(), displayId: screen.getDisplayMatching(bounds).id };
    writeSettings(backend.db, { [WINDOW_STATE_KEY]: rememberWindow(readSettings(backend.db)[WINDOW_STATE_KEY], displays(), placement) });
    win.webContents.send('naskah:flush-request');
    const finish = (decision: ReturnType<CloseFlow['timedOut']>) => {
      if (decision !== 'destroy') return;
      ipcMain.off('naskah:flushed', onFlushed);
      clearTimeout(timer);
      win.destroy();
    };
    const timer = setTimeout(() => finish(flow.timedOut()), FLUSH_TIMEOUT_MS);
    const onFlushed = (event: IpcMainEvent) => finish(flow.flushed(isTrustedSender(event, APP_ORIGIN)));
    ipcMain.on('naskah:flushed', onFlushed);
  });
  // Files opened meanwhile wait until the (re)loaded page says it listens again.
  win.webContents.on('did-start-loading', () => openRequests.detach(win.webContents));
  win.on('closed', () => openRequests.detach());
  mainWindow = win;
  // Not APP_ORIGIN.origin: Node gives "null" as the origin of a scheme it does not know (app:).
  void win.loadURL(`${APP_ORIGIN.protocol}//${APP_ORIGIN.host}/index.html`);
  return win;
}

/** A menu command goes to the page, which runs it through its registry like a toolbar button. */
async function sendCommand(command: CommandId, arg?: string): Promise<void> {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows().find((w) => !isPrintDocUrl(w.webContents.getURL(), APP_ORIGIN));
  if (!win) return;
  // A file chooser needs a user gesture in the page; the menu click is one, but only the host knows it.
  if (needsUserGesture(command)) await win.webContents.executeJavaScript('0', true);
  win.webContents.send('naskah:menu', { command, ...(arg ? { arg } : {}) });
}

/** The menu, title bar and macOS "edited" dot, rebuilt from what the page reports (validated). */
function installAppMenu(): void {
  // Until the page reports, the menu speaks the system's language.
  let host: HostState = { language: languageOfTag(app.getLocale()) ?? 'en', state: INITIAL_APP_STATE, script: null, saveState: 'saved' };
  const rebuild = () => {
    const t = (key: string) => translate('commands', key, {}, host.language);
    const template = buildMenuTemplate({ commands: COMMANDS, t, platform: PLATFORM, state: host.state });
    Menu.setApplicationMenu(Menu.buildFromTemplate(withClicks(template, (command, arg) => void sendCommand(command, arg))));
  };
  ipcMain.on('naskah:host-state', (event, payload) => {
    const next = readHostState(event, payload, APP_ORIGIN);
    if (!next) return;
    // The save state changes with every pause in typing: only the title follows it, the menu is rebuilt when it shows something new.
    const menuChanged = next.language !== host.language || JSON.stringify(next.state) !== JSON.stringify(host.state);
    host = next;
    if (menuChanged) rebuild();
    const win = BrowserWindow.fromWebContents(event.sender);
    if (!win) return;
    const title = windowTitle(host.script, host.saveState, PLATFORM);
    win.setTitle(title.title);
    if (PLATFORM === 'darwin') win.setDocumentEdited(title.edited);
  });
  rebuild();
}

/** Print: the host makes the script's PDF with the export's code and shows it in a print window. */
function installPrint(backend: Backend): void {
  ipcMain.on('naskah:print', (event, payload) => {
    if (!isTrustedSender(event, APP_ORIGIN)) return;
    const request = printRequestSchema.safeParse(payload);
    if (!request.success) return;
    void dispatch(backend.handlers, 'library.export', { id: request.data.scriptId, format: 'pdf', paper: request.data.paper }).then((reply) => {
      if (!reply.ok) return;
      const result = reply.result as { content: string; fileName: string };
      const doc = printDocs.add(Buffer.from(result.content, 'base64'));
      const parent = BrowserWindow.fromWebContents(event.sender) ?? undefined;
      const printWin = new BrowserWindow({ width: 900, height: 1100, parent, title: result.fileName, webPreferences: PRINT_WEB_PREFERENCES });
      printWin.on('closed', () => printDocs.remove(doc.id));
      printWin.webContents.once('did-finish-load', () => printWin.webContents.print({}, () => {}));
      void printWin.loadURL(doc.url);
    });
  });
}

// Files opened from the system: this launch's argv, macOS open-file (also before 'ready'), later launches.
let mainWindow: BrowserWindow | undefined;
/** Set once the store is open: a second launch that finds no window opens one with it. */
let openedBackend: Backend | undefined;
const openRequests = wireSystemOpen({
  app,
  ipcMain,
  appOrigin: APP_ORIGIN,
  currentWindow: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined),
  createWindow: () => void (openedBackend && createWindow(openedBackend)),
  launch: { argv: process.argv, platform: process.platform, cwd: process.cwd(), defaultApp: process.defaultApp === true },
});

// Registered before any window exists so no web contents escapes the lock-down.
app.on('web-contents-created', (_e, contents) => lockDown(contents));

void app.whenReady().then(() => {
  const backend = openBackend(resolveDataDir(process.env, app.getPath('userData')), 'electron', app.getLocale());
  openedBackend = backend;
  // No Chromium spellchecker for any window of this session (also set per window): it would fetch dictionaries.
  session.defaultSession.setSpellCheckerEnabled(false);
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(allowPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => allowPermission(permission));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withCspHeader(details.responseHeaders, cspFor(details.url, (url) => isPrintDocUrl(url, APP_ORIGIN))) }),
  );
  serveRenderer(backend);
  registerIpc(ipcMain, backend.handlers, APP_ORIGIN);
  installAppMenu();
  installPrint(backend);
  createWindow(backend);
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow(backend));
  app.on('window-all-closed', () => {
    backend.close();
    if (process.platform !== 'darwin') app.quit();
  });
});
