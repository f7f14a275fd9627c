/**
 * naskah review export ID -o FILE.naskahreview · naskah review import-feedback ID FILE.naskahfeedback
 * The same contract methods the app calls, through dispatch (input validated as from the UI).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ImportResult } from '../../shared/api/review.ts';
import { AppError } from '../../shared/errors.ts';
import { REVIEW_LIMITS } from '../../shared/review/limits.ts';
import { dispatch } from '../dispatch.ts';
import type { Backend } from '../host.ts';
import { counted, translate } from '../i18n.ts';
import { parseArgs, UsageError, writeFileAtomic, type CliIo } from './io.ts';
import { withBackend } from './library.ts';

async function call<T>(backend: Backend, method: 'review.exportBundle' | 'review.importFeedback', input: unknown): Promise<T> {
  const reply = await dispatch(backend.handlers, method, input);
  if (!reply.ok) throw new AppError(reply.error.code, reply.error.params);
  return reply.result as T;
}

export async function reviewExportCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['o', 'out']);
  const out = flags.o ?? flags.out;
  if (positional.length !== 1 || typeof out !== 'string') throw new UsageError(translate('review', 'errors.cli_usage'));
  const target = path.resolve(io.cwd, out);
  return withBackend(io, async (b) => {
    const result = await call<{ file: { content: string }; snapshotId: string; draftSha256: string }>(b, 'review.exportBundle', { scriptId: positional[0] });
    try {
      writeFileAtomic(target, Buffer.from(result.file.content, 'base64'));
    } catch (err) {
      throw new AppError('review.cli_cannot_write', { file: target, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
    }
    io.stdout(translate('review', 'cli.exported', { file: target, snapshot: result.snapshotId, sha: result.draftSha256 }) + '\n');
    return 0;
  });
}

export async function reviewImportFeedbackCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional } = parseArgs(argv, []);
  if (positional.length !== 2) throw new UsageError(translate('review', 'errors.cli_usage'));
  const source = path.resolve(io.cwd, positional[1]);
  let content: string;
  try {
    // A huge file is refused by its size, before it is read into memory.
    const size = fs.statSync(source).size;
    if (size > REVIEW_LIMITS.feedbackBytes) throw new AppError('review.file_too_large', { size, limit: REVIEW_LIMITS.feedbackBytes });
    content = fs.readFileSync(source, 'utf8');
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('review.cli_cannot_read', { file: source, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  return withBackend(io, async (b) => {
    const r = await call<ImportResult>(b, 'review.importFeedback', { scriptId: positional[0], content, fileName: path.basename(source) });
    const p = r.placements;
    io.stdout(
      translate('review', 'cli.imported', {
        reviewer: r.reviewerName,
        added: counted('newComments', r.added),
        updated: r.updated,
        replies: counted('newReplies', r.repliesAdded),
        unchanged: r.unchanged,
        onText: p.exact + p.moved,
        approximate: p.fuzzy + p.element,
        onScene: p.scene,
        detached: p.detached,
        general: p.general,
      }) + '\n',
    );
    return 0;
  });
}

/** The `review` command group, registered in electron/cli.ts GROUPS. */
export const reviewCommands = {
  export: reviewExportCommand,
  'import-feedback': reviewImportFeedbackCommand,
};
