/**
 * course.json with its files[] brought up to date with the folder it sits in: what `naskah pack
 * files DIR` writes and what `naskah pack build` does before it validates. Only the value of the
 * top-level `files` member changes; the rest of the manifest stays as its author wrote it (key
 * order, spacing, comments-free hand layout), so a version-controlled course.json shows a diff of
 * the files that changed and nothing else.
 */
import fs from 'node:fs';
import path from 'node:path';
import { jsonErrorPosition, positionAt } from '../../shared/course/json-error.ts';
import { withTopLevelMember } from '../../shared/course/json-member-span.ts';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../shared/course/limits.ts';
import type { PackFile } from '../../shared/course/manifest-schema.ts';
import { isAppError } from '../../shared/errors.ts';
import { manifestFromBytes } from './manifest-bytes.ts';
import { listPackFiles } from './pack-files.ts';
import { problem, type PackRead } from './pack-problems.ts';

export interface ManifestFilesUpdate {
  /** course.json's path and its text with files[] up to date (the same text when nothing changed). */
  file: string;
  text: string;
  changed: boolean;
  files: PackFile[];
  /** The folder has a course.sig that signs the old bytes: it must be signed again. */
  signatureStale: boolean;
}

const BOM = '\ufeff';
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function manifestWithCurrentFiles(dir: string): PackRead<ManifestFilesUpdate> {
  const file = path.join(dir, MANIFEST_FILE);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    return { ok: false, problems: [problem('pack.unreadable', { file, reason: (err as NodeJS.ErrnoException).code ?? String(err) })] };
  }
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    // Never rewritten: decoding with replacement characters would corrupt the author's text.
    return manifestFromBytes(bytes) as PackRead<never>;
  }
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    const at = jsonErrorPosition(text) ?? positionAt(text, text.length);
    return { ok: false, problems: [problem('course.invalid_json', { file: MANIFEST_FILE, line: at.line, column: at.column })] };
  }
  // Anything but an object has no files[] to fill: the validator says what is wrong with it.
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) return manifestFromBytes(bytes) as PackRead<never>;
  let files: PackFile[];
  try {
    files = listPackFiles(dir);
  } catch (err) {
    if (isAppError(err)) return { ok: false, problems: [{ code: err.code, params: err.params as Record<string, string | number> }] };
    throw err;
  }
  const changed = JSON.stringify((manifest as { files?: unknown }).files) !== JSON.stringify(files);
  const updated = changed ? (raw.startsWith(BOM) ? BOM : '') + withTopLevelMember(text, 'files', files) : raw;
  return { ok: true, value: { file, text: updated, changed, files, signatureStale: changed && fs.existsSync(path.join(dir, SIGNATURE_FILE)) } };
}
