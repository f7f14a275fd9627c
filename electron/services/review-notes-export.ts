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
import { renderPdfWithNotes, type PrintNote, type PrintVerdict } from '../pdf/with-notes.ts';
import { listComments, listFeedback, requireScript } from './review-trainee.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { pickText } from '../../shared/i18n/pick-text.ts';
import { isApproved, type Rubric, type RubricScore } from '../../shared/review/rubric.ts';

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

/** The verdict block of the print: every criterion with its score (or none yet), in the print language. */
export function printVerdict(
  source: { reviewerName: string; approved: boolean | null; overall: string; rubric: Rubric | null; scores: readonly RubricScore[] },
  language: Language,
): PrintVerdict | null {
  const scored = source.scores.some((s) => s.score !== null || s.remark);
  if (source.approved === null && !source.overall && !scored) return null;
  return {
    reviewerName: source.reviewerName,
    approved: source.approved,
    overall: source.overall,
    criteria: (source.rubric?.criteria ?? []).map((c) => {
      const s = source.scores.find((x) => x.criterionId === c.id);
      return { title: typeof c.title === 'string' ? c.title : pickText(c.title, language), score: s?.score ?? null, maxScore: c.maxScore, remark: s?.remark ?? '' };
    }),
  };
}

export async function exportPdfWithNotes(
  ctx: ServiceContext,
  input: { scriptId?: string; sessionId?: string; paper?: 'letter' | 'a4'; status?: 'open' | 'all' },
): Promise<FilePayload> {
  const paper = input.paper ?? currentSettings(ctx).paper;
  const language = currentSettings(ctx).language;
  let title: string;
  let traineeName: string;
  let verdict: PrintVerdict | null;
  let screenplay: Screenplay;
  let notes: PrintNote[];
  if (input.sessionId) {
    const session = sessionForPrint(ctx, input.sessionId);
    title = session.title;
    traineeName = session.traineeName;
    verdict = printVerdict({ ...session.review, approved: session.review.effectiveApproval, rubric: session.rubric }, language);
    screenplay = session.screenplay;
    notes = numberNotes(
      screenplay,
      session.comments.map((c) => ({ anchor: c.anchor, author: c.author, severity: c.severity, body: c.body, replies: c.replies })),
    );
  } else {
    const scriptId = input.scriptId!;
    title = requireScript(ctx, scriptId).title;
    traineeName = readIdentity(ctx.db).traineeName;
    // The latest feedback's verdict: the one the trainee is working from now.
    const latest = [...listFeedback(ctx, scriptId)].sort((a, b) => a.importedAt.localeCompare(b.importedAt)).pop();
    verdict = latest ? printVerdict({ ...latest, approved: isApproved(latest.approved, latest.rubric, latest.scores) }, language) : null;
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
  const bytes = await renderPdfWithNotes(screenplay, notes, { paper, language, verdict });
  return {
    fileName: reviewFileName(title, 'notes', nowIso(), traineeName),
    mimeType: 'application/pdf',
    encoding: 'base64',
    content: Buffer.from(bytes).toString('base64'),
  };
}
