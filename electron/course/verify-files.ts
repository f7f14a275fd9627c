/**
 * The checks both pack readers (zip and folder) apply against the manifest's `files[]`: nothing
 * present that is not listed, nothing listed that is missing, sizes as declared (checked before
 * any byte is read), then each file's SHA-256 and content type once read. Video, audio and PDFs
 * are verified as a stream (verifyStream): hashed, counted and structure-checked as they pass,
 * and written into the media file store when one is given — never held whole in memory.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { streamedContentCheck, walkProblem } from '../../shared/course/media/content-check.ts';
import { sha256Hex } from '../sha256.ts';
import { createMediaFileWriter, type MediaFileWriter } from '../store/media-files.ts';
import { contentProblem } from './file-content.ts';
import { problem, type PackProblem } from './pack-problems.ts';

import { MANIFEST_FILE, SIGNATURE_FILE } from '../../shared/course/limits.ts';

export interface ListedFile {
  path: string;
  sha256: string;
  size: number;
}

/** Compares what the archive or folder holds (name → size) with the manifest's list. */
export function compareWithManifest(listed: readonly ListedFile[], present: ReadonlyMap<string, number>): PackProblem[] {
  const problems: PackProblem[] = [];
  const byPath = new Map(listed.map((f) => [f.path, f]));
  for (const [name, size] of present) {
    if (name === MANIFEST_FILE || name === SIGNATURE_FILE) continue;
    const file = byPath.get(name);
    if (!file) problems.push(problem('pack.unlisted_file', { file: name }));
    else if (file.size !== size) problems.push(problem('pack.size_mismatch', { file: name, declared: file.size, actual: size }));
  }
  for (const f of listed) if (!present.has(f.path)) problems.push(problem('pack.missing_file', { file: f.path }));
  return problems;
}

export function verifyBytes(file: ListedFile, bytes: Buffer): PackProblem[] {
  if (bytes.length !== file.size) return [problem('pack.size_mismatch', { file: file.path, declared: file.size, actual: bytes.length })];
  if (sha256Hex(bytes) !== file.sha256.toLowerCase()) return [problem('pack.hash_mismatch', { file: file.path })];
  const bad = contentProblem(file.path, bytes);
  return bad ? [bad] : [];
}

/**
 * Reads one streamed file to its end: more bytes than declared stop the read (a lying size), then
 * size, SHA-256 and structure are judged. With `storeIn` (the data directory) a verified file is
 * committed to the media store under its hash; a refused one leaves nothing behind.
 */
export async function verifyStream(file: ListedFile, source: Readable, storeIn?: string): Promise<PackProblem[]> {
  const hash = createHash('sha256');
  const check = streamedContentCheck(file.path);
  const writer: MediaFileWriter | null = storeIn ? createMediaFileWriter(storeIn) : null;
  let size = 0;
  try {
    for await (const chunk of source) {
      const bytes = chunk as Buffer;
      size += bytes.length;
      if (size > file.size) {
        source.destroy();
        writer?.abort();
        return [problem('pack.size_mismatch', { file: file.path, declared: file.size, actual: size })];
      }
      hash.update(bytes);
      check?.push(bytes);
      writer?.write(bytes);
    }
  } catch (err) {
    writer?.abort();
    throw err;
  }
  const problems: PackProblem[] = [];
  if (size !== file.size) problems.push(problem('pack.size_mismatch', { file: file.path, declared: file.size, actual: size }));
  else if (hash.digest('hex') !== file.sha256.toLowerCase()) problems.push(problem('pack.hash_mismatch', { file: file.path }));
  else {
    const bad = check?.end() ?? null;
    if (bad) problems.push(walkProblem(file.path, bad));
  }
  if (problems.length > 0) writer?.abort();
  else writer?.commit(file.sha256.toLowerCase());
  return problems;
}
