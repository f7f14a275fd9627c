/**
 * Files the system asks Naskah to open, held until a window can take them. They arrive before
 * the window exists (the first launch's argv, macOS 'open-file' before 'ready'), while its page
 * is still loading, or later (a second launch, a double-click with the app running); each is
 * delivered once, in order, to the page that said it is listening ("open-ready").
 */
import type { OpenRequest } from '../../shared/desktop/open-request.ts';
import { pathsFromArgv, type LaunchContext } from './open-argv.ts';
import { readOpenFile } from './read-open-file.ts';

export interface OpenTarget {
  send(channel: string, payload: OpenRequest): void;
  isDestroyed(): boolean;
}

export const OPEN_FILE_CHANNEL = 'naskah:open-file';
export const OPEN_READY_CHANNEL = 'naskah:open-ready';

/** A file waits as its path and is read only when delivered: a queued 200 MB pack costs no memory, and a second launch that hands its files on and quits never reads them. */
type Waiting = { path: string } | { request: OpenRequest };

export class OpenRequests {
  private queue: Waiting[] = [];
  private target: OpenTarget | null = null;
  private readonly read: (file: string) => OpenRequest;

  constructor(read: (file: string) => OpenRequest = readOpenFile) {
    this.read = read;
  }

  /** A launch's command line (the first one's, or a second instance's with its own working directory). */
  fromArgv(argv: readonly string[], ctx: LaunchContext): number {
    const files = pathsFromArgv(argv, ctx);
    for (const f of files) this.fromPath(f);
    return files.length;
  }

  /** One absolute path (macOS 'open-file' gives these). */
  fromPath(file: string): void {
    this.deliver({ path: file });
  }

  push(request: OpenRequest): void {
    this.deliver({ request });
  }

  private deliver(item: Waiting): void {
    const target = this.target;
    if (!target || target.isDestroyed()) {
      this.queue.push(item);
      return;
    }
    target.send(OPEN_FILE_CHANNEL, 'path' in item ? this.read(item.path) : item.request);
  }

  /** The page is listening: everything waiting goes to it now, later requests straight away. */
  attach(target: OpenTarget): void {
    this.target = target;
    const waiting = this.queue;
    this.queue = [];
    for (const item of waiting) this.deliver(item);
  }

  /** The page went (closed or reloading): requests wait again until a page says it listens. */
  detach(target?: OpenTarget): void {
    if (!target || target === this.target) this.target = null;
  }

  get pending(): number {
    return this.queue.length;
  }
}
