/**
 * Messages of the course area are values { code, params }, translated where they are shown.
 * Every code maps to a key of the `course` i18n namespace (shared/i18n/<lang>/course.json):
 *
 *   course.<name>        manifest problems (validateManifest, parseManifestText) and any other
 *                        AppError-style code   → course:errors.<name>   (errorKey() in shared/errors.ts)
 *   checks.<kind>.<what> exercise check results (runChecks)             → course:checks.<kind>.<what>
 *   coach.<name>         format coach findings (shared/screenplay/coach.ts) → course:coach.<name>
 *
 * Params are plain strings and numbers; a JSON path inside the manifest is always `path`
 * (e.g. "modules[1].lessons[0].file.en") and a file inside the pack is always `file`.
 */
import { errorKey, type ErrorParams } from '../errors.ts';

export interface Message {
  code: string;
  params: ErrorParams;
}

/** One problem of a manifest: one per thing wrong, so an instructor can fix them all at once. */
export type Problem = Message;

export const COURSE_NS = 'course';

/** The i18n namespace and key of any code this area emits. */
export function messageKey(code: string): { ns: string; key: string } {
  if (code.startsWith('checks.') || code.startsWith('coach.')) return { ns: COURSE_NS, key: code };
  return errorKey(code);
}

/** "modules[1].lessons[0].file" from a zod-style path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out || '$';
}

/**
 * "course.json:12:5" for a problem that knows its file and line, else the file alone, else null.
 * The line belongs to `source` when the problem has one (a lesson named in course.json, located in
 * course.json), else to `file`.
 */
export function problemLocation(params: Message['params']): string | null {
  const where = typeof params.source === 'string' ? params.source : params.file;
  if (typeof where !== 'string') return null;
  return typeof params.line === 'number' ? `${where}:${params.line}:${params.column ?? 1}` : where;
}
