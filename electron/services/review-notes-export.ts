/**
 * "PDF with notes": a draft printed with its comments as numbered margin notes, for mentors who
 * read on paper and trainees who want a printed to-do list. Notes are numbered in reading order
 * (the line they sit on), notes about the whole draft and detached ones come last.
 */
import type { FilePayload } from '../../shared/api/library.ts';
import type { Anchor, Placement } from '../../shared/review/anchor.ts';
import { buildDocText } from '../../shared/review/doc-text.ts';
import { FUZZY_BUDGET_MS, reanchorIn } from '../../shared/review/reanchor.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import type { ServiceContext } from './context.ts';
import { loadDraft } from './library.ts';
import { currentSettings } from './settings.ts';
import { nowIso } from '../store/ids.ts';
import { reviewFileName } from '../review/files.ts';
import { readIdentity } from './review-identity.ts';
import { sessionForPrint } from './review-mentor.ts';
import { renderPdfWithNotes, type PrintNote } from '../pdf/with-notes.ts';
import { listComments, requireScript } from './review-trainee.ts';

interface NoteSource {
  anchor: Anchor;
  placement?: Placement;
  author: string;
  severity: 'suggestion' | 'must_fix';
  body: string;
  replies: { author: string; body: string }[];
}

/** Numbers notes in reading order and ties each to the element it is printed beside. */
export function numberNotes(screenplay: Screenplay, sources: readonly NoteSource[]): PrintNote[] {
  const doc = buildDocText(screenplay);
  const deadline = Date.now() + FUZZY_BUDGET_MS;
  const positioned = sources.map((s) => {
    const placement = s.placement ?? reanchorIn(doc, s.anchor, deadline).placement;
    const entry = placement.elementId ? doc.byId.get(placement.elementId) : undefined;
    return { s, placement, index: entry ? entry.index : Number.MAX_SAFE_INTEGER, start: placement.start ?? 0 };
  });
  positioned.sort((a, b) => a.index - b.index || a.start - b.start);
  return positioned.map(({ s, placement }, i) => ({
    number: i + 1,
    elementId: placement.elementId,
    start: placement.start,
    end: placement.end,
    status: placement.status,
    quote: s.anchor.kind === 'text' ? s.anchor.quote : '',
    author: s.author,
    severity: s.severity,
    body: s.body,
    replies: s.replies,
  }));
}

export async function exportPdfWithNotes(
  ctx: ServiceContext,
  input: { scriptId?: string; sessionId?: string; paper?: 'letter' | 'a4'; status?: 'open' | 'all' },
): Promise<FilePayload> {
  const paper = input.paper ?? currentSettings(ctx).paper;
  const language = currentSettings(ctx).language;
  let title: string;
  let traineeName: string;
  let screenplay: Screenplay;
  let notes: PrintNote[];
  if (input.sessionId) {
    const session = sessionForPrint(ctx, input.sessionId);
    title = session.title;
    traineeName = session.traineeName;
    screenplay = session.screenplay;
    notes = numberNotes(
      screenplay,
      session.comments.map((c) => ({ anchor: c.anchor, author: c.author, severity: c.severity, body: c.body, replies: c.replies })),
    );
  } else {
    const scriptId = input.scriptId!;
    title = requireScript(ctx, scriptId).title;
    traineeName = readIdentity(ctx.db).traineeName;
    screenplay = loadDraft(ctx, scriptId).screenplay;
    const comments = listComments(ctx, scriptId, input.status === 'all' ? 'all' : 'open');
    notes = numberNotes(
      screenplay,
      comments.map((c) => ({
        anchor: c.anchor,
        placement: c.placement,
        author: c.author || c.reviewerName,
        severity: c.severity,
        body: c.body,
        replies: c.replies,
      })),
    );
  }
  const bytes = await renderPdfWithNotes(screenplay, notes, { paper, language });
  return {
    fileName: reviewFileName(title, 'notes', nowIso(), traineeName),
    mimeType: 'application/pdf',
    encoding: 'base64',
    content: Buffer.from(bytes).toString('base64'),
  };
}
