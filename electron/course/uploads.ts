/**
 * Pack files streamed in by a host (media.uploadPack): the request body goes chunk by chunk into
 * `<data dir>/uploads/<id>.naskahpack`, under a limit, and is read from there by the zip reader
 * like any pack on disk — a pack of a gigabyte never becomes one string or one Buffer. The id is
 * random and made here, so a caller can name only an upload it made; uploads are removed once
 * installed, and any left over (an inspected pack never installed) after a day.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { UPLOAD_ID } from '../../shared/api/media.ts';
import { AppError } from '../../shared/errors.ts';

const UPLOADS_DIR = 'uploads';
const KEEP_MS = 24 * 3_600_000;

export type UploadReceived = { upload: string; size: number } | { problem: 'too_large' | 'aborted' };

export function uploadFile(dataDir: string, upload: string): string {
  if (!UPLOAD_ID.test(upload)) throw new AppError('media.unknown_upload', { upload: upload.slice(0, 40) });
  return path.join(dataDir, UPLOADS_DIR, `${upload}.naskahpack`);
}

/** The upload's file if it is there (with `size` bytes when given); else pack.unknown_upload. */
export function existingUpload(dataDir: string, upload: string, size?: number): string {
  const file = uploadFile(dataDir, upload);
  let actual: number;
  try {
    actual = fs.statSync(file).size;
  } catch {
    throw new AppError('media.unknown_upload', { upload });
  }
  if (size !== undefined && actual !== size) throw new AppError('media.upload_failed', { file: upload });
  return file;
}

export function removeUpload(dataDir: string, upload: string): void {
  fs.rmSync(uploadFile(dataDir, upload), { force: true });
}

function sweepOldUploads(dir: string, now: number): void {
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (now - fs.statSync(file).mtimeMs > KEEP_MS) fs.rmSync(file, { force: true });
  }
}

export async function receiveUpload(dataDir: string, body: AsyncIterable<Uint8Array>, limit: number, now = Date.now()): Promise<UploadReceived> {
  const dir = path.join(dataDir, UPLOADS_DIR);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  sweepOldUploads(dir, now);
  const upload = randomBytes(16).toString('hex');
  const file = uploadFile(dataDir, upload);
  const fd = fs.openSync(file, 'wx', 0o600);
  let size = 0;
  let problem: 'too_large' | 'aborted' | null = null;
  try {
    for await (const chunk of body) {
      size += chunk.length;
      if (size > limit) {
        problem = 'too_large';
        break;
      }
      for (let at = 0; at < chunk.length; ) at += fs.writeSync(fd, chunk, at, chunk.length - at);
    }
  } catch {
    problem = 'aborted';
  } finally {
    fs.closeSync(fd);
  }
  if (problem) {
    fs.rmSync(file, { force: true });
    return { problem };
  }
  return { upload, size };
}
