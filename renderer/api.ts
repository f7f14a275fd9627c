/**
 * The renderer's only door to the back end: one typed `invoke`. Inside Electron it goes through
 * the preload bridge; in browser mode it posts to the web host. Both answer the same Reply shape.
 */
import type { Input, MethodName, Output, Reply } from '../shared/api.ts';
import { AppError } from '../shared/errors.ts';

interface Bridge {
  invoke(method: string, input: unknown): Promise<Reply<MethodName>>;
  on(event: string, cb: (payload: unknown) => void): () => void;
  flushed(): void;
  /** Page → host messages the host validates: "host-state" (menu, title), "print" (a script's PDF). Absent in older preloads. */
  notify?(event: string, payload: unknown): void;
  /** The page listens for "open-file": the host sends the files waiting to be opened. */
  openReady(): void;
}

declare global {
  interface Window {
    naskah?: Bridge;
  }
}

/**
 * Requests a browser finishes after the page has gone (keepalive) share 64 KB in flight: one of
 * at most 16,000 characters is under 48 KB even in three-byte UTF-8 (Korean), leaving room for a
 * second. A typing patch is one element, far below; a larger body goes without keepalive.
 */
const KEEPALIVE_MAX_CHARS = 16_000;

async function overHttp(method: string, input: unknown, keepalive: boolean): Promise<Reply<MethodName>> {
  let res: Response;
  try {
    const body = JSON.stringify(input);
    res = await fetch(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, keepalive: keepalive && body.length < KEEPALIVE_MAX_CHARS });
  } catch {
    return { ok: false, error: { code: 'common.offline', params: {} } };
  }
  if (!res.ok && res.headers.get('content-type')?.startsWith('application/json') !== true) {
    return { ok: false, error: { code: 'common.http_error', params: { status: res.status } } };
  }
  return (await res.json()) as Reply<MethodName>;
}

/**
 * `keepalive`: in browser mode, a small request is completed even if the page is closed meanwhile
 * (the last save or writing-session record sent as a tab goes). Inside Electron the host waits
 * for those before closing the window (flush-on-close), so the option changes nothing there.
 */
export async function invoke<M extends MethodName>(method: M, input: Input<M>, opts: { keepalive?: boolean } = {}): Promise<Output<M>> {
  const reply = window.naskah ? await window.naskah.invoke(method, input) : await overHttp(method, input, opts.keepalive === true);
  if (!reply.ok) throw new AppError(reply.error.code, reply.error.params);
  return reply.result as Output<M>;
}

/** Tells the desktop host that pending saves are written (after a "flush-request"). */
export function reportFlushed(): void {
  window.naskah?.flushed();
}

/** Tells the desktop host the page is subscribed to "open-file" (files opened from the system wait until then). */
export function reportOpenReady(): void {
  window.naskah?.openReady();
}

/** Host events (Electron menu commands, "flush before close"); none in browser mode. */
export function onHostEvent(event: string, cb: (payload: unknown) => void): () => void {
  return window.naskah ? window.naskah.on(event, cb) : () => {};
}

/** Tells the desktop host something (nothing in browser mode). */
export function notifyHost(event: 'host-state' | 'print', payload: unknown): void {
  window.naskah?.notify?.(event, payload);
}

/** Whether the page runs inside the desktop app (print goes through its print window). */
export function inDesktopHost(): boolean {
  return !!window.naskah;
}

/**
 * A method whose body is a file (contract `body: 'binary'`, e.g. media.uploadPack): the Blob is
 * posted as it is and streamed by the browser from disk; the other input fields travel as JSON in
 * the `input` parameter. Relative URL: the web host in browser mode, the app:// protocol inside
 * Electron (IPC carries no streams), with the same reply shape as invoke.
 */
export async function uploadBinary<M extends MethodName>(method: M, input: Record<string, string | number>, body: Blob): Promise<Output<M>> {
  let res: Response;
  try {
    res = await fetch(`/api/${method}?input=${encodeURIComponent(JSON.stringify(input))}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body });
  } catch {
    throw new AppError('common.offline', {});
  }
  if (res.headers.get('content-type')?.startsWith('application/json') !== true) throw new AppError('common.http_error', { status: res.status });
  const reply = (await res.json()) as Reply<M>;
  if (!reply.ok) throw new AppError(reply.error.code, reply.error.params);
  return reply.result;
}
