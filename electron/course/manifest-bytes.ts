/**
 * course.json bytes → a validated manifest, with every problem named (invalid UTF-8 or JSON with
 * its line and column, each schema rule broken with its JSON path), all attributed to course.json.
 */
import { locateJsonPath } from '../../shared/course/json-error.ts';
import { parseManifestText, type CourseManifest } from '../../shared/course/manifest.ts';
import { problem, type PackProblem, type PackRead } from './pack-problems.ts';
import { MANIFEST_FILE } from '../../shared/course/limits.ts';

export interface LoadedPack {
  manifest: CourseManifest;
  /** Every file of `manifest.files`, verified, by path. */
  files: Map<string, Buffer>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function manifestFromBytes(bytes: Buffer): PackRead<CourseManifest> {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, problems: [problem('pack.manifest_not_utf8', { file: MANIFEST_FILE })] };
  }
  const parsed = parseManifestText(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => atLine(text, inManifest(p))) };
  return { ok: true, value: parsed.manifest };
}

/** Adds the line and column of the problem's JSON path, so an instructor can go straight to it. */
function atLine(text: string, p: PackProblem): PackProblem {
  if (typeof p.params.path !== 'string' || p.params.line !== undefined) return p;
  const at = locateJsonPath(text, p.params.path);
  return at ? { code: p.code, params: { ...p.params, line: at.line, column: at.column } } : p;
}

function inManifest(p: PackProblem): PackProblem {
  return { code: p.code, params: { file: MANIFEST_FILE, ...p.params } };
}
