/**
 * The content-addressed file store of course-pack media (video, audio, PDF handouts): one file per
 * distinct content under `<data dir>/media/<first two hex digits>/<sha256>`, beside naskah.db.
 * Why not SQLite: a 1 GiB pack as blobs would make every backup copy a gigabyte, and the WAL would
 * take the whole of it again on each install; a range request for a second of video would read
 * through a BLOB. Files are written while a pack is read — hashed as they arrive into a temporary
 * name, renamed to their hash only once the hash, the size and the content check agree — so a
 * file under its hash name is always exactly that content. The database rows (course_files, data
 * NULL) refer to them by hash; two packs (or a pack and its preview) sharing a video share a file.
 * A file no row refers to is removed by sweepMediaFiles after every install or removal, so a
 * refused or interrupted import leaves at most files that the next sweep takes away.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export const MEDIA_DIR = 'media';
const SHA256 = /^[0-9a-f]{64}$/;
const TEMP_PREFIX = '.incoming-';
/**
 * A file is written (and renamed under its hash) before the install transaction refers to it: a
 * sweep by another process in between (the CLI beside the app) must not take it, so a sweep
 * leaves files changed within the last hour. A refused import's files go at a later sweep.
 */
export const GRACE_MS = 3_600_000;

export function mediaDir(dataDir: string): string {
  return path.join(dataDir, MEDIA_DIR);
}

export function mediaFilePath(dataDir: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
  return path.join(mediaDir(dataDir), sha256.slice(0, 2), sha256);
}

export interface MediaFileWriter {
  write(chunk: Uint8Array): void;
  /** Moves the verified file under its hash (keeping an identical file already there). */
  commit(sha256: string): void;
  abort(): void;
}

export function createMediaFileWriter(dataDir: string): MediaFileWriter {
  const dir = mediaDir(dataDir);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const temp = path.join(dir, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`);
  const fd = fs.openSync(temp, 'wx', 0o600);
  let open = true;
  const close = () => {
    if (open) fs.closeSync(fd);
    open = false;
  };
  return {
    write(chunk) {
      let at = 0;
      while (at < chunk.length) at += fs.writeSync(fd, chunk, at, chunk.length - at);
    },
    commit(sha256) {
      fs.fsyncSync(fd);
      close();
      const target = mediaFilePath(dataDir, sha256);
      fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
      // Same hash, same bytes: a file already there stays, and the copy goes.
      if (fs.existsSync(target)) {
        fs.rmSync(temp, { force: true });
        // Fresh again: a sweep running beside this import leaves it alone (GRACE_MS).
        const now = new Date();
        fs.utimesSync(target, now, now);
      } else fs.renameSync(temp, target);
    },
    abort() {
      close();
      fs.rmSync(temp, { force: true });
    },
  };
}

/**
 * The stored file of `sha256` if it is there with the expected size (a file shortened by a full
 * disk or someone's hands is not served as if whole); null otherwise.
 */
export function storedMediaFile(dataDir: string, sha256: string, size: number): string | null {
  const file = mediaFilePath(dataDir, sha256);
  try {
    return fs.statSync(file).size === size ? file : null;
  } catch {
    return null;
  }
}

/** Removes every stored file whose hash no row refers to, and temporary files left by a crash (both past GRACE_MS). */
export function sweepMediaFiles(dataDir: string, referenced: ReadonlySet<string>, now = Date.now()): number {
  const dir = mediaDir(dataDir);
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && entry.name.startsWith(TEMP_PREFIX)) {
      if (now - fs.statSync(full).mtimeMs > GRACE_MS) fs.rmSync(full, { force: true });
      continue;
    }
    if (!entry.isDirectory()) continue;
    for (const file of fs.readdirSync(full)) {
      const blob = path.join(full, file);
      if (SHA256.test(file) && !referenced.has(file) && now - fs.statSync(blob).mtimeMs > GRACE_MS) {
        fs.rmSync(blob, { force: true });
        removed += 1;
      }
    }
  }
  return removed;
}
