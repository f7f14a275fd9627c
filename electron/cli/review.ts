/**
 * `naskah review export ID -o FILE.naskahreview` and
 * `naskah review import-feedback ID FILE.naskahfeedback`: the same contract methods the app calls,
 * through dispatch (so input is validated exactly as from the UI).
 */
import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../dispatch.ts';
import type { Handlers } from '../services/handlers.ts';
import type { ImportResult } from '../../shared/api/review.ts';
import type { AppErrorData } from '../../shared/errors.ts';
import { REVIEW_LIMITS } from '../../shared/review/limits.ts';

export interface ReviewCliDeps {
  handlers: Handlers;
  /** One line per call; the CLI host decides where it goes. */
  out(line: string): void;
  err(line: string): void;
  /** Turns an error into its one-line message in the user's language. */
  message(error: AppErrorData): string;
  cwd?: string;
}

function usage(deps: ReviewCliDeps): number {
  deps.err(deps.message({ code: 'review.cli_usage', params: {} }));
  return 1;
}

/** Parses `ID -o FILE` (the option may come first). */
function exportArgs(args: readonly string[]): { id: string; out: string } | undefined {
  let id: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-o' || args[i] === '--output') out = args[++i];
    else if (id === undefined) id = args[i];
    else return undefined;
  }
  return id && out ? { id, out } : undefined;
}

function summary(r: ImportResult): string {
  const p = r.placements;
  return (
    `${r.feedbackId}: +${r.added} comments, ${r.updated} updated, +${r.repliesAdded} replies, ${r.unchanged} unchanged` +
    ` (placed: ${p.exact + p.moved} on their text, ${p.fuzzy} approximate, ${p.element} on their line, ${p.scene} on their scene, ${p.detached} detached, ${p.general} general)`
  );
}

export async function runReviewCommand(args: readonly string[], deps: ReviewCliDeps): Promise<number> {
  const [sub, ...rest] = args;
  const resolve = (file: string) => path.resolve(deps.cwd ?? process.cwd(), file);
  if (sub === 'export') {
    const parsed = exportArgs(rest);
    if (!parsed) return usage(deps);
    const reply = await dispatch(deps.handlers, 'review.exportBundle', { scriptId: parsed.id });
    if (!reply.ok) {
      deps.err(deps.message(reply.error));
      return 1;
    }
    const result = reply.result as { file: { content: string }; snapshotId: string; draftSha256: string };
    const target = resolve(parsed.out);
    try {
      fs.writeFileSync(target, Buffer.from(result.file.content, 'base64'));
    } catch (e) {
      deps.err(deps.message({ code: 'review.cli_cannot_write', params: { file: target, reason: (e as Error).message } }));
      return 1;
    }
    deps.out(`${target} (snapshot ${result.snapshotId}, sha256 ${result.draftSha256})`);
    return 0;
  }
  if (sub === 'import-feedback') {
    if (rest.length !== 2) return usage(deps);
    const [id, file] = rest;
    const source = resolve(file);
    let content: string;
    try {
      // Refuse a huge file by its size before reading it into memory.
      const size = fs.statSync(source).size;
      if (size > REVIEW_LIMITS.feedbackBytes) {
        deps.err(deps.message({ code: 'review.file_too_large', params: { size, limit: REVIEW_LIMITS.feedbackBytes } }));
        return 1;
      }
      content = fs.readFileSync(source, 'utf8');
    } catch (e) {
      deps.err(deps.message({ code: 'review.cli_cannot_read', params: { file: source, reason: (e as Error).message } }));
      return 1;
    }
    const reply = await dispatch(deps.handlers, 'review.importFeedback', { scriptId: id, content, fileName: path.basename(source) });
    if (!reply.ok) {
      deps.err(deps.message(reply.error));
      return 1;
    }
    deps.out(summary(reply.result as ImportResult));
    return 0;
  }
  return usage(deps);
}
