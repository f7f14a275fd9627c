/**
 * An instructor's pack folder as the renderer uploads it (a list of relative paths and bytes):
 * each path is checked with the pack's own path rules before anything is written, the files go to
 * a private temporary folder inside the data directory, the folder reader judges them exactly as
 * it judges a folder on disk, and the temporary folder is removed whatever happens.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE, PACK_LIMITS, SIGNATURE_FILE } from '../../shared/course/limits.ts';
import { isIgnoredPackPath, packPathProblem } from '../../shared/course/pack-path.ts';
import { problem, type PackProblem } from './pack-problems.ts';

export interface UploadedFile {
  path: string;
  content: string;
}

/** The uploaded paths usually start with the folder's own name ("my-course/course.json"): strip it. */
function relativePaths(files: readonly UploadedFile[]): UploadedFile[] {
  const first = files.map((f) => f.path.split('/')[0]);
  const common = files.length > 0 && files.every((f) => f.path.includes('/')) && first.every((p) => p === first[0]);
  const relative = common ? files.map((f) => ({ ...f, path: f.path.slice(first[0].length + 1) })) : [...files];
  return relative.filter((f) => !isIgnoredPackPath(f.path));
}

export function uploadProblems(files: readonly UploadedFile[]): PackProblem[] {
  if (files.length > PACK_LIMITS.maxFiles + 1) return [problem('pack.too_many_files', { count: files.length, limit: PACK_LIMITS.maxFiles })];
  return relativePaths(files).flatMap((f) => {
    if (f.path === MANIFEST_FILE || f.path === SIGNATURE_FILE) return [];
    const bad = packPathProblem(f.path);
    return bad ? [problem(`course.${bad}`, { file: f.path.slice(0, 200) })] : [];
  });
}

export async function withUploadedFolder<T>(dataDir: string, files: readonly UploadedFile[], use: (dir: string) => Promise<T> | T): Promise<T> {
  const dir = fs.mkdtempSync(path.join(dataDir, '.upload-'));
  try {
    for (const f of relativePaths(files)) {
      // Paths were checked by uploadProblems; resolving and comparing is a second, independent guard.
      const target = path.resolve(dir, ...f.path.split('/'));
      if (!target.startsWith(dir + path.sep)) throw new Error(`refused path ${f.path}`);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, Buffer.from(f.content, 'base64'));
    }
    return await use(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
