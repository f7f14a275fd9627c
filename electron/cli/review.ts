/**
 * naskah review export ID -o FILE.naskahreview · naskah review import-feedback ID FILE.naskahfeedback
 * The same contract methods the app calls, through dispatch (input validated as from the UI).
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { REVIEW_LIMITS } from '../../shared/review/limits.ts';
import { call } from '../call.ts';
import { counted, translate } from '../i18n.ts';
import { writeFileAtomic, type CliIo } from './io.ts';
import { withBackend } from './library.ts';
import type { ArgsOf } from './commands.ts';

export async function reviewExportCommand({ positionals: [scriptId], values: flags }: ArgsOf<'review export'>, io: CliIo): Promise<number> {
  const target = path.resolve(io.cwd, flags.out);
  return withBackend(io, async (b) => {
    const result = await call(b.handlers, 'review.exportBundle', { scriptId });
    try {
      writeFileAtomic(target, Buffer.from(result.file.content, 'base64'));
    } catch (err) {
      throw new AppError('review.cli_cannot_write', { file: target, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
    }
    io.stdout(translate('review', 'cli.exported', { file: target, snapshot: result.snapshotId, sha: result.draftSha256 }) + '\n');
    return 0;
  });
}

export async function reviewImportFeedbackCommand({ positionals: [scriptId, file] }: ArgsOf<'review import-feedback'>, io: CliIo): Promise<number> {
  const source = path.resolve(io.cwd, file);
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
    const r = await call(b.handlers, 'review.importFeedback', { scriptId, content, fileName: path.basename(source) });
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
