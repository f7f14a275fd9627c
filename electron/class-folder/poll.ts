/**
 * One poll of a class folder: list it, pick the finished reports that are new or changed since
 * the last poll, hand them to the importer in one batch, and remember what each file was (name,
 * size, mtime, content hash) and what became of it. Polling rather than watching, because file
 * events are not delivered for network shares, FAT sticks or many sync tools. The importer is
 * idempotent by content hash, so forgetting this memory (a restart) costs a re-read, never a
 * double import. A second kind of file (`binary`: certificate PDFs beside the reports) is read as
 * bytes under its own size limit; what the importer says is not its kind at all (`ignored`: a PDF
 * that is no certificate) is remembered and never listed as refused.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { hasSettled, isReportName, sameListing, type ListedFile } from './pick.ts';

export interface Problem {
  code: string;
  params: Record<string, string | number>;
}

export interface FolderFile {
  fileName: string;
  /** The file's text (utf8), or its bytes as base64 (a zip such as a review bundle, a PDF). */
  content: string;
  /** Set for a `binary` file of a report poll (its content is base64). */
  encoding?: 'utf8' | 'base64';
}

/** What the importer (course-reports importReports) says about a batch. */
export interface ImportOutcome {
  /** `skipped`: a good file that is not this installation's to take (another trainee's feedback). */
  accepted: { fileName: string; status: 'added' | 'duplicate' | 'skipped' }[];
  refused: { fileName: string; problem: Problem }[];
  /** Files that are not of the kind polled for (neither taken nor refused): left alone, unlisted. */
  ignored?: string[];
}

interface Seen {
  listed: ListedFile;
  sha256: string;
  refusal: Problem | null;
}

/** What a poller remembers between polls of one folder. */
export interface PollMemory {
  seen: Map<string, Seen>;
  /** Files not yet settled at the last poll, as they looked then. */
  waiting: Map<string, ListedFile>;
}

export function newPollMemory(): PollMemory {
  return { seen: new Map(), waiting: new Map() };
}

export interface PollOptions {
  nowMs: number;
  /** A file untouched this long counts as finished even on first sight. */
  settleMs: number;
  /** Larger files are refused without being read. */
  maxBytes: number;
  /** Which names to take (default: reports). */
  accept?: (name: string) => boolean;
  /** How the content is handed over (default utf8: reports are JSON text). */
  encoding?: 'utf8' | 'base64';
  /** The refusal code for a file over maxBytes. */
  tooLarge?: string;
  /**
   * A second kind of file taken as bytes (base64) besides `accept`'s: certificate PDFs in a report
   * poll. One over its `maxBytes` is ignored unread, not refused (it cannot be a certificate).
   */
  binary?: { accept: (name: string) => boolean; maxBytes: number };
}

export interface PollResult {
  added: number;
  duplicates: number;
  /** Files seen but still changing: picked up by a later poll. */
  waiting: number;
  /** Every report file in the folder that is refused as it stands now, with the reason. */
  refused: { fileName: string; problem: Problem }[];
}

function listFiles(dir: string, accept: (name: string) => boolean): ListedFile[] {
  const out: ListedFile[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile() || !accept(entry.name)) continue;
    try {
      const st = fs.statSync(path.join(dir, entry.name));
      out.push({ name: entry.name, size: st.size, mtimeMs: st.mtimeMs });
    } catch {
      // Renamed or removed between the listing and the stat (a sync tool at work): next poll.
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export async function pollFolder(memory: PollMemory, dir: string, importFiles: (files: FolderFile[]) => Promise<ImportOutcome>, options: PollOptions): Promise<PollResult> {
  const accept = options.accept ?? isReportName;
  const binary = options.binary;
  const listed = listFiles(dir, (name) => accept(name) || binary?.accept(name) === true);
  const present = new Set(listed.map((f) => f.name));
  const batch: FolderFile[] = [];
  const read = new Map<string, { listed: ListedFile; sha256: string }>();
  const waiting = new Map<string, ListedFile>();
  for (const file of listed) {
    const seen = memory.seen.get(file.name);
    if (sameListing(file, seen?.listed)) continue;
    if (!hasSettled(file, memory.waiting.get(file.name), options.nowMs, options.settleMs)) {
      waiting.set(file.name, file);
      continue;
    }
    const isBinary = !accept(file.name);
    if (isBinary && file.size > binary!.maxBytes) {
      memory.seen.set(file.name, { listed: file, sha256: '', refusal: null });
      continue;
    }
    if (!isBinary && file.size > options.maxBytes) {
      memory.seen.set(file.name, { listed: file, sha256: '', refusal: { code: options.tooLarge ?? 'pack.report_too_large', params: { file: file.name, max: options.maxBytes } } });
      continue;
    }
    let content: string;
    try {
      content = fs.readFileSync(path.join(dir, file.name)).toString(isBinary ? 'base64' : (options.encoding ?? 'utf8'));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      if (code === 'ENOENT') continue;
      memory.seen.set(file.name, { listed: file, sha256: '', refusal: { code: 'classfolder.unreadable', params: { file: file.name, reason: code } } });
      continue;
    }
    const hash = sha256(content);
    if (seen && seen.sha256 === hash) {
      // Touched but not changed (a sync tool rewrote it): the earlier verdict stands.
      memory.seen.set(file.name, { ...seen, listed: file });
      continue;
    }
    batch.push(isBinary ? { fileName: file.name, content, encoding: 'base64' } : { fileName: file.name, content });
    read.set(file.name, { listed: file, sha256: hash });
  }
  let added = 0;
  let duplicates = 0;
  if (batch.length > 0) {
    const outcome = await importFiles(batch);
    for (const a of outcome.accepted) {
      if (a.status === 'added') added++;
      else if (a.status === 'duplicate') duplicates++;
      const r = read.get(a.fileName);
      if (r) memory.seen.set(a.fileName, { ...r, refusal: null });
    }
    for (const f of outcome.refused) {
      const r = read.get(f.fileName);
      if (r) memory.seen.set(f.fileName, { ...r, refusal: f.problem });
    }
    for (const name of outcome.ignored ?? []) {
      const r = read.get(name);
      if (r) memory.seen.set(name, { ...r, refusal: null });
    }
  }
  for (const name of memory.seen.keys()) if (!present.has(name)) memory.seen.delete(name);
  memory.waiting = waiting;
  const refused = [...memory.seen.entries()]
    .filter(([name, s]) => s.refusal !== null && present.has(name))
    .map(([fileName, s]) => ({ fileName, problem: s.refusal! }))
    .sort((a, b) => (a.fileName < b.fileName ? -1 : 1));
  return { added, duplicates, waiting: waiting.size, refused };
}
