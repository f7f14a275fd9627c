/**
 * The files[] of a course folder: every file under it (course.json, course.sig and dot-files such as
 * .DS_Store excepted) with its SHA-256 and size, sorted by path. Used to write a manifest's files[]
 * (`naskah pack files`, and `naskah pack build` before it reads the folder). Symbolic links are refused rather
 * than followed: a link could pull a file from outside the folder into a pack sent to others.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { createHash } from 'node:crypto';
import { fileLimitFor, MANIFEST_FILE, PACK_LIMITS, SIGNATURE_FILE } from '../../shared/course/limits.ts';
import type { PackFile } from '../../shared/course/manifest-schema.ts';
import { isIgnoredPackPath, packPathProblem } from '../../shared/course/pack-path.ts';

/** SHA-256 and size read in 1 MiB pieces: a video of a gigabyte is never whole in memory. */
function hashFile(file: string): { sha256: string; size: number } {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(1024 * 1024);
  const fd = fs.openSync(file, 'r');
  let size = 0;
  try {
    for (let n = fs.readSync(fd, buffer); n > 0; n = fs.readSync(fd, buffer)) {
      hash.update(buffer.subarray(0, n));
      size += n;
    }
  } finally {
    fs.closeSync(fd);
  }
  return { sha256: hash.digest('hex'), size };
}

export function listPackFiles(dir: string): PackFile[] {
  const out: PackFile[] = [];
  const walk = (abs: string, rel: string) => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      // The same files every pack reader skips (dot-files, __MACOSX/): never listed, never read.
      if (isIgnoredPackPath(relPath)) continue;
      const absPath = path.join(abs, entry.name);
      if (entry.isSymbolicLink()) throw new AppError('course.pack_symlink', { path: 'files', file: relPath });
      if (entry.isDirectory()) {
        walk(absPath, relPath);
        continue;
      }
      if (!entry.isFile()) throw new AppError('course.pack_not_a_file', { path: 'files', file: relPath });
      if (relPath === MANIFEST_FILE || relPath === SIGNATURE_FILE) continue;
      const problem = packPathProblem(relPath);
      if (problem) throw new AppError(`course.${problem}`, { path: 'files', file: relPath });
      const size = fs.lstatSync(absPath).size;
      const max = fileLimitFor(relPath);
      if (size > max) throw new AppError('course.file_too_large', { path: 'files', size, max });
      out.push({ path: relPath, ...hashFile(absPath) });
      if (out.length > PACK_LIMITS.maxFiles) throw new AppError('course.too_many_items', { path: 'files', max: PACK_LIMITS.maxFiles });
    }
  };
  if (fs.lstatSync(dir).isSymbolicLink()) throw new AppError('course.pack_symlink', { path: 'files', file: dir });
  walk(dir, '');
  // Plain code-unit order, the same on every machine (localeCompare is not).
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
