/**
 * course.json bytes → a validated manifest, with every problem named (invalid UTF-8 or JSON with
 * its line and column, each schema rule broken with its JSON path), all attributed to course.json.
 */
import { locateJsonPaths } from '../../shared/course/json-error.ts';
import { parseManifestText, type CourseManifest } from '../../shared/course/manifest.ts';
import { problem, type PackProblem, type PackRead } from './pack-problems.ts';
import { MANIFEST_FILE } from '../../shared/course/limits.ts';

export interface LoadedPack {
  manifest: CourseManifest;
  /** Every file of `manifest.files` except streamed media, verified, by path. */
  files: Map<string, Buffer>;
  /**
   * Video, audio and PDFs, verified as they streamed past (never whole in memory): with
   * ReadOptions.storeMediaIn they are in the media file store under their hash; `origin` is the
   * file on disk for a folder pack (what `naskah pack build` zips).
   */
  streamed: Map<string, { sha256: string; size: number; origin: string | null }>;
  /** course.json exactly as it is in the pack: what the publisher signs. */
  manifestBytes: Buffer;
  /** course.sig as it is in the pack, or null for an unsigned pack. */
  signatureBytes: Buffer | null;
  /** The keys whose valid signatures of course.json the pack carries ([] unsigned, or not checked). */
  signers: string[];
}

/** Whether a reader checks course.sig: always, except when a pack is about to be signed again. */
export interface ReadOptions {
  signature?: 'check' | 'skip';
  /** The data directory whose media file store receives verified video, audio and PDFs (an install). */
  storeMediaIn?: string;
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
  if (!parsed.ok) return { ok: false, problems: withLines(text, capped(parsed.problems).map(inManifest)) };
  return { ok: true, value: parsed.manifest };
}

/** More problems than anyone reads in one go: the rest are counted, not listed (and not located). */
export const MAX_LISTED_PROBLEMS = 100;

function capped(problems: PackProblem[]): PackProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), problem('pack.more_problems', { count: problems.length - MAX_LISTED_PROBLEMS })];
}

/**
 * Adds the line and column of each problem's JSON path (one scan of the text for all of them), and
 * `source: course.json` — the file that line is in. A problem about a lesson course.json refers to
 * names that lesson as its `file`, but its line and column are course.json's.
 */
function withLines(text: string, problems: PackProblem[]): PackProblem[] {
  const paths = problems.flatMap((p) => (typeof p.params.path === 'string' && p.params.line === undefined ? [p.params.path] : []));
  const at = locateJsonPaths(text, paths);
  return problems.map((p) => {
    const pos = typeof p.params.path === 'string' && p.params.line === undefined ? at.get(p.params.path) : undefined;
    return pos ? { code: p.code, params: { ...p.params, line: pos.line, column: pos.column, source: MANIFEST_FILE } } : p;
  });
}

function inManifest(p: PackProblem): PackProblem {
  return { code: p.code, params: { file: MANIFEST_FILE, ...p.params } };
}
