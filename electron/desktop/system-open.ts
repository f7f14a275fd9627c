/**
 * Wires the system's ways of opening a file to OpenRequests: the first launch's argv, macOS
 * 'open-file' (before and after 'ready'), a second launch's argv ('second-instance', which also
 * brings the window forward), and the page's "open-ready". It takes Electron's objects by the few
 * members it uses, so it runs in plain Node tests with event emitters in their place.
 */
import { isTrustedSender, type SenderLike } from '../security/trusted-sender.ts';
import type { LaunchContext } from './open-argv.ts';
import { OPEN_READY_CHANNEL, OpenRequests, type OpenTarget } from './open-requests.ts';

interface PreventableEvent {
  preventDefault(): void;
}

export interface AppLike {
  on(event: 'open-file', listener: (event: PreventableEvent, path: string) => void): unknown;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
  isReady(): boolean;
}

export type OpenReadyEvent = SenderLike & { sender: OpenTarget };

export interface IpcMainLike {
  on(channel: string, listener: (event: OpenReadyEvent) => void): unknown;
}

export interface WindowLike {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export interface SystemOpenDeps {
  app: AppLike;
  ipcMain: IpcMainLike;
  /** Only the app's own pages may ask for the files (the sender check of every IPC message). */
  appOrigin: URL;
  /** The app's window, if one is open. */
  currentWindow(): WindowLike | undefined;
  /** Opens the window (macOS: a file opened from the dock after the last window closed). */
  createWindow(): void;
  launch: { argv: readonly string[]; platform: NodeJS.Platform; cwd: string; defaultApp: boolean };
  requests?: OpenRequests;
}

export function wireSystemOpen(deps: SystemOpenDeps): OpenRequests {
  const requests = deps.requests ?? new OpenRequests();
  const context = (cwd: string): LaunchContext => ({ platform: deps.launch.platform, cwd, defaultApp: deps.launch.defaultApp });

  const bringForward = () => {
    const win = deps.currentWindow();
    if (!win) {
      // Before 'ready' the window is made by the start-up itself; afterwards only on demand.
      if (deps.app.isReady()) deps.createWindow();
      return;
    }
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  };

  requests.fromArgv(deps.launch.argv, context(deps.launch.cwd));

  deps.app.on('open-file', (event, file) => {
    // Handled: without preventDefault macOS reports that Naskah could not open the file.
    event.preventDefault();
    requests.fromPath(file);
    bringForward();
  });

  deps.app.on('second-instance', (_event, argv, workingDirectory) => {
    requests.fromArgv(argv, context(workingDirectory));
    bringForward();
  });

  deps.ipcMain.on(OPEN_READY_CHANNEL, (event) => {
    if (!isTrustedSender(event, deps.appOrigin)) return;
    requests.attach(event.sender);
  });

  return requests;
}
