/**
 * The files[] of a course folder: every file under it (course.json, course.sig and dot-files such as
 * .DS_Store excepted) with its SHA-256 and size, sorted by path. Used to write a manifest's files[]
 * (`naskah pack files`, and `naskah pack build` before it reads the folder). Symbolic links are refused rather
 * than followed: a link could pull a file from outside the folder into a pack sent to others.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { sha256Hex } from '../sha256.ts';
import { MANIFEST_FILE, PACK_LIMITS, SIGNATURE_FILE } from '../../shared/course/limits.ts';
import type { PackFile } from '../../shared/course/manifest-schema.ts';
import { isIgnoredPackPath, packPathProblem } from '../../shared/course/pack-path.ts';

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
      if (size > PACK_LIMITS.maxFileBytes) throw new AppError('course.file_too_large', { path: 'files', size, max: PACK_LIMITS.maxFileBytes });
      const data = fs.readFileSync(absPath);
      out.push({ path: relPath, sha256: sha256Hex(data), size: data.length });
      if (out.length > PACK_LIMITS.maxFiles) throw new AppError('course.too_many_items', { path: 'files', max: PACK_LIMITS.maxFiles });
    }
  };
  if (fs.lstatSync(dir).isSymbolicLink()) throw new AppError('course.pack_symlink', { path: 'files', file: dir });
  walk(dir, '');
  // Plain code-unit order, the same on every machine (localeCompare is not).
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
