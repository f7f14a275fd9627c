/**
 * The PDFs the print window shows, held in memory under an unguessable id and served as
 * app://naskah/print/<id>.pdf while that window is open. Only ids this store made resolve; the
 * bytes are the PDF export's (the engine's pages), never anything the page sent.
 */
import { randomUUID } from 'node:crypto';

const PRINT_PATH = /^\/print\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.pdf$/;

/** The id in a print document's URL, or null when the URL is not exactly one (other host, query, traversal…). */
export function printDocId(rawUrl: string, appOrigin: URL): string | null {
  let u: URL;
  try {
    u = new URL(rawUrl);
  } catch {
    return null;
  }
  if (u.protocol !== appOrigin.protocol || u.host !== appOrigin.host || u.search || u.hash || u.username || u.password) return null;
  return PRINT_PATH.exec(u.pathname)?.[1] ?? null;
}

export function isPrintDocUrl(rawUrl: string, appOrigin: URL): boolean {
  return printDocId(rawUrl, appOrigin) !== null;
}

export class PrintDocs {
  private docs = new Map<string, Uint8Array>();
  private readonly appOrigin: URL;

  constructor(appOrigin: URL) {
    this.appOrigin = appOrigin;
  }

  add(pdf: Uint8Array): { id: string; url: string } {
    const id = randomUUID();
    this.docs.set(id, pdf);
    // Not URL.origin: for a scheme Node does not know as special (app:) that is the string "null".
    return { id, url: `${this.appOrigin.protocol}//${this.appOrigin.host}/print/${id}.pdf` };
  }

  /** The bytes for a request URL, or null (→ 404). */
  lookup(rawUrl: string): Uint8Array | null {
    const id = printDocId(rawUrl, this.appOrigin);
    return id ? (this.docs.get(id) ?? null) : null;
  }

  remove(id: string): void {
    this.docs.delete(id);
  }

  get size(): number {
    return this.docs.size;
  }
}
