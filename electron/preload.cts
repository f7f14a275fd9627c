/**
 * Preload (sandboxed): exposes exactly two functions to the page — invoke a contract method and
 * subscribe to a host event. Nothing of Node or Electron crosses the bridge.
 */
import type { IpcRendererEvent } from 'electron';

// CommonJS on purpose: Electron's sandboxed preloads cannot be ES modules.
const { contextBridge, ipcRenderer } = require('electron') as typeof import('electron');

const EVENTS = new Set(['flush-request', 'menu', 'open-file']);
/** What the page may tell the host; the host validates each payload (shared/commands/app-state.ts, print-request.ts). */
const NOTICES = new Set(['host-state', 'print']);

contextBridge.exposeInMainWorld('naskah', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('naskah:invoke', method, input),
  /** The answer to "flush-request": every pending save has been written; the window may close. */
  flushed: () => ipcRenderer.send('naskah:flushed'),
  notify: (event: string, payload: unknown) => {
    if (NOTICES.has(event)) ipcRenderer.send(`naskah:${event}`, payload);
  },
  /** Subscribed to "open-file": files opened from the system before now are sent (electron/desktop/open-requests.ts). */
  openReady: () => ipcRenderer.send('naskah:open-ready'),
  on: (event: string, cb: (payload: unknown) => void) => {
    if (!EVENTS.has(event)) return () => {};
    const listener = (_e: IpcRendererEvent, payload: unknown) => cb(payload);
    ipcRenderer.on(`naskah:${event}`, listener);
    return () => ipcRenderer.removeListener(`naskah:${event}`, listener);
  },
});
