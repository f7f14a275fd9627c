/**
 * The trainee's half of the round-trip: export a bundle of the working draft (recording a named
 * snapshot so the trainee can always see what the mentor saw), import the mentor's feedback into
 * the draft as it is now, and work through the comments (reply, resolve, filter).
 */
import type { FilePayload } from '../../shared/api/library.ts';
import type { FeedbackSummary, ImportResult, ReviewReply, TraineeComment } from '../../shared/api/review.ts';
import { AppError } from '../../shared/errors.ts';
import { PLACEMENT_STATUSES, type Anchor, type Placement, type PlacementStatus } from '../../shared/review/anchor.ts';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type BundleMeta, type TraineeResponse } from '../../shared/review/bundle-meta.ts';
import { buildDocText } from '../../shared/review/doc-text.ts';
import { parseFeedback, type FeedbackFile } from '../../shared/review/feedback.ts';
import { similarity } from '../../shared/review/fuzzy.ts';
import { planMerge, type KnownComment } from '../../shared/review/merge.ts';
import { FUZZY_BUDGET_MS, reanchorAll, reanchorIn } from '../../shared/review/reanchor.ts';
import { isApproved } from '../../shared/review/rubric.ts';
import { countScenes, countWords } from '../../shared/screenplay/counts.ts';
import { withIds } from '../../shared/screenplay/ids.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { screenplaySchema } from '../../shared/screenplay/schema.ts';
import { renderPdf } from '../pdf/render.ts';
import type { ServiceContext } from './context.ts';
import { loadDraft } from './library.ts';
import { currentSettings } from './settings.ts';
import { putDraft } from '../store/drafts.ts';
import { newId, nowIso } from '../store/ids.ts';
import { findExport, insertExport } from '../store/review-exports.ts';
import { getFeedbackImport, listFeedbackImports, upsertFeedbackImport } from '../store/feedback-imports.ts';
import {
  getFeedbackComment,
  insertFeedbackComment,
  insertFeedbackReply,
  listCommentsOfFeedback,
  listFeedbackComments,
  listFeedbackReplies,
  replyIdsOfFeedback,
  setFeedbackCommentAnchor,
  setFeedbackCommentStatus,
  updateFeedbackCommentContent,
  type FeedbackCommentRow,
  type FeedbackReplyRow,
} from '../store/feedback-comments.ts';
import { getScript, type ScriptRow } from '../store/scripts.ts';
import { insertSnapshot, listSnapshots, getSnapshot } from '../store/snapshots.ts';
import { buildBundle, draftSha256 } from '../review/bundle.ts';
import { exerciseContextFor, recordReviewProgress, recordReviewSubmission, signerInPack } from './review-course-link.ts';
import { isDemoKey } from '../../shared/trust/demo-keys.ts';
import { BUNDLE_MIME, reviewFileName, stamp } from '../review/files.ts';
import { readIdentity } from './review-identity.ts';
import { translate } from '../i18n.ts';
import { storedAnchor, storedApproval, storedRubric, storedScores } from './review-stored.ts';
import { installationKey, installationSigner } from '../trust/role-keys.ts';
import { checkJsonSignature, signJson } from '../trust/signed-json.ts';
import { fingerprint } from '../trust/ed25519.ts';


export function requireScript(ctx: ServiceContext, scriptId: string): ScriptRow {
  const row = getScript(ctx.db, scriptId);
  if (!row) throw new AppError('library.not_found', { id: scriptId });
  return row;
}

/**
 * What the trainee did with earlier feedback: every comment resolved or answered, with its replies.
 * Comments left untouched stay out (the mentor has them already).
 */
function responsesFor(ctx: ServiceContext, scriptId: string): TraineeResponse[] {
  return listComments(ctx, scriptId, 'all')
    .filter((c) => c.status === 'resolved' || c.replies.some((r) => r.origin === 'trainee'))
    .map((c) => ({
      feedbackId: c.feedbackId,
      commentId: c.id,
      reviewerName: c.author || c.reviewerName,
      severity: c.severity,
      body: c.body,
      quote: c.originalAnchor.kind === 'text' ? c.originalAnchor.quote : c.originalAnchor.kind === 'scene' ? (c.originalAnchor.sceneHeadingText ?? '') : '',
      status: c.status,
      resolvedAt: c.resolvedAt,
      replies: c.replies.map((r) => ({ author: r.author, body: r.body, createdAt: r.createdAt, origin: r.origin })),
    }));
}

export async function exportBundle(
  ctx: ServiceContext,
  scriptId: string,
  paper?: 'letter' | 'a4',
): Promise<{ file: FilePayload; snapshotId: string; draftSha256: string }> {
  const script = requireScript(ctx, scriptId);
  const draft = loadDraft(ctx, scriptId);
  // Anchors need element ids; a draft saved without some gets them now (and keeps them, below).
  const screenplay = withIds(draft.screenplay);
  const settings = currentSettings(ctx);
  const at = nowIso();
  const snapshotId = newId();
  const sha = draftSha256(screenplay);
  const exercise = exerciseContextFor(ctx, scriptId);
  const unsigned: BundleMeta = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    appVersion: ctx.appVersion,
    createdAt: at,
    traineeName: readIdentity(ctx.db).traineeName,
    scriptTitle: script.title,
    scriptId,
    snapshotId,
    draftSha256: sha,
    exercise: exercise?.link ?? null,
    checks: exercise?.checks ?? null,
    rubric: exercise?.rubric ?? null,
    traineeKey: installationKey(ctx.dataDir).publicKey,
    responses: responsesFor(ctx, scriptId),
  };
  const meta = signJson('review-bundle', unsigned, installationSigner(ctx.dataDir));
  // Everything that can fail (PDF, zip) happens before the library is touched.
  const pdf = await renderPdf(screenplay, { paper: paper ?? settings.paper, titlePage: screenplay.titlePage.length > 0 });
  const zip = await buildBundle({ meta, screenplay, pdf });
  ctx.db.transaction(() => {
    if (screenplay !== draft.screenplay) {
      putDraft(ctx.db, {
        scriptId,
        body: JSON.stringify(screenplay),
        revision: draft.revision + 1,
        savedAt: at,
        sceneCount: countScenes(screenplay),
        wordCount: countWords(screenplay),
      });
    }
    // Snapshot names are shown in the library, so they are named in the user's language.
    const name = translate('review', 'snapshotName', { date: stamp(at) }, settings.language);
    insertSnapshot(ctx.db, { id: snapshotId, scriptId, name, body: JSON.stringify(screenplay), at });
    insertExport(ctx.db, { script_id: scriptId, snapshot_id: snapshotId, draft_sha256: sha, created_at: at });
    recordReviewSubmission(ctx, scriptId, { draftSha256: sha, snapshotId, checks: exercise?.checks ?? null, at });
  })();
  return {
    file: { fileName: reviewFileName(script.title, 'review', at, unsigned.traineeName), mimeType: BUNDLE_MIME, encoding: 'base64', content: zip.toString('base64') },
    snapshotId,
    draftSha256: sha,
  };
}

/**
 * The frozen draft a feedback file reviews, if this script ever exported it: first through the
 * export record, else by hashing the script's snapshots (a bundle exported before the record).
 */
function reviewedDraft(ctx: ServiceContext, scriptId: string, sha: string): Screenplay | undefined {
  const parse = (body: string) => {
    const parsed = screenplaySchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : undefined;
  };
  const exported = findExport(ctx.db, scriptId, sha);
  const snap = exported ? getSnapshot(ctx.db, exported.snapshot_id) : undefined;
  if (snap) return parse(snap.body);
  for (const s of listSnapshots(ctx.db, scriptId)) {
    const body = getSnapshot(ctx.db, s.id)?.body;
    const script = body ? parse(body) : undefined;
    if (script && draftSha256(script) === sha) return script;
  }
  return undefined;
}

/**
 * A feedback file judged completely before anything is written: well-formed, signed by the key
 * it names (the signature checked on the raw JSON, before the schema drops anything), for this
 * script and a draft it sent, and — when an earlier file of the same review was imported — signed
 * by the same key as that one: holding someone's feedback file is not enough to rewrite it.
 */
function parseIncoming(ctx: ServiceContext, script: ScriptRow, content: string): { file: FeedbackFile; signer: string } {
  const parsed = parseFeedback(content, Buffer.byteLength(content, 'utf8'));
  if (!parsed.ok) throw new AppError(parsed.error.code, parsed.error.params);
  const file = parsed.value;
  const signature = checkJsonSignature('feedback', JSON.parse(content.replace(/^\uFEFF/, '')));
  if (signature.status === 'unsigned') throw new AppError('trust.feedback_unsigned', { reviewer: file.reviewer.name, fileTitle: file.scriptTitle });
  if (signature.status === 'invalid') throw new AppError('trust.feedback_bad_signature', { reviewer: file.reviewer.name, fileTitle: file.scriptTitle });
  if (file.scriptId !== script.id) throw new AppError('review.wrong_script', { fileTitle: file.scriptTitle, title: script.title });
  if (!reviewedDraft(ctx, script.id, file.draftSha256)) throw new AppError('review.unknown_draft', { fileTitle: file.scriptTitle, title: script.title });
  const earlier = getFeedbackImport(ctx.db, script.id, file.feedbackId);
  if (earlier?.signer_key && earlier.signer_key !== signature.key) {
    throw new AppError('trust.feedback_other_key', { reviewer: earlier.reviewer_name, fingerprint: fingerprint(signature.key), pinned: fingerprint(earlier.signer_key) });
  }
  return { file, signer: signature.key };
}

function emptyCounts(): Record<PlacementStatus, number> {
  return Object.fromEntries(PLACEMENT_STATUSES.map((s) => [s, 0])) as Record<PlacementStatus, number>;
}

export function importFeedback(ctx: ServiceContext, scriptId: string, content: string): ImportResult {
  const script = requireScript(ctx, scriptId);
  // Every check happens before the first write: a refused file changes nothing.
  const { file, signer } = parseIncoming(ctx, script, content);
  const current = loadDraft(ctx, scriptId).screenplay;
  const at = nowIso();

  const known = new Map<string, KnownComment>();
  const replyIds = new Map<string, Set<string>>();
  for (const r of replyIdsOfFeedback(ctx.db, scriptId, file.feedbackId)) {
    const set = replyIds.get(r.comment_id) ?? new Set<string>();
    set.add(r.id);
    replyIds.set(r.comment_id, set);
  }
  for (const c of listCommentsOfFeedback(ctx.db, scriptId, file.feedbackId)) {
    known.set(c.id, { id: c.id, updatedAt: c.updated_at, replyIds: replyIds.get(c.id) ?? new Set() });
  }
  const plan = planMerge(known, file);
  const placed = reanchorAll(current, plan.added.map((c) => c.anchor));
  const placements = emptyCounts();
  for (const p of placed) placements[p.placement.status]++;
  const approved = isApproved(file.approved, file.rubric, file.scores);
  let progress: ImportResult['progress'] = [];
  let approval: ImportResult['approval'] = null;
  const mentor = signerInPack(ctx, scriptId, signer);

  ctx.db.transaction(() => {
    upsertFeedbackImport(ctx.db, {
      script_id: scriptId,
      feedback_id: file.feedbackId,
      snapshot_id: file.snapshotId,
      draft_sha256: file.draftSha256,
      reviewer_name: file.reviewer.name,
      approved: file.approved === null ? null : file.approved ? 1 : 0,
      overall: file.overall,
      rubric: file.rubric ? JSON.stringify(file.rubric) : null,
      scores: JSON.stringify(file.scores),
      exported_at: file.exportedAt,
      imported_at: at,
      signer_key: signer,
    });
    plan.added.forEach((c, i) => {
      insertFeedbackComment(ctx.db, {
        script_id: scriptId,
        feedback_id: file.feedbackId,
        id: c.id,
        anchor: JSON.stringify(placed[i].anchor),
        original_anchor: JSON.stringify(c.anchor),
        body: c.body,
        severity: c.severity,
        author: c.author,
        created_at: c.createdAt,
        updated_at: c.updatedAt,
        status: 'open',
        resolved_at: null,
      });
      for (const r of c.replies) insertFeedbackReply(ctx.db, mentorReply(scriptId, file.feedbackId, c.id, r));
    });
    for (const c of plan.updated) {
      updateFeedbackCommentContent(ctx.db, { scriptId, feedbackId: file.feedbackId, id: c.id }, { body: c.body, severity: c.severity, updatedAt: c.updatedAt });
    }
    for (const { commentId, reply } of plan.replies) insertFeedbackReply(ctx.db, mentorReply(scriptId, file.feedbackId, commentId, reply));
    const recorded = recordReviewProgress(ctx, scriptId, { feedback: file, signer, approved, at });
    progress = recorded.events;
    approval = recorded.approval;
  })();

  return {
    feedbackId: file.feedbackId,
    reviewerName: file.reviewer.name,
    added: plan.added.length,
    updated: plan.updated.length,
    repliesAdded: plan.replies.length,
    unchanged: plan.unchanged,
    placements,
    approved,
    progress,
    approval,
    signer: { fingerprint: fingerprint(signer), mentor, demo: isDemoKey(signer) },
  };
}

function mentorReply(scriptId: string, feedbackId: string, commentId: string, r: { id: string; author: string; body: string; createdAt: string }): FeedbackReplyRow {
  return { script_id: scriptId, feedback_id: feedbackId, comment_id: commentId, id: r.id, author: r.author, body: r.body, created_at: r.createdAt, origin: 'mentor' };
}

function toReply(r: FeedbackReplyRow): ReviewReply {
  return { id: r.id, author: r.author, body: r.body, createdAt: r.created_at, origin: r.origin };
}

export function listFeedback(ctx: ServiceContext, scriptId: string): FeedbackSummary[] {
  requireScript(ctx, scriptId);
  const comments = listFeedbackComments(ctx.db, scriptId);
  return listFeedbackImports(ctx.db, scriptId).map((f) => {
    const mine = comments.filter((c) => c.feedback_id === f.feedback_id);
    return {
      feedbackId: f.feedback_id,
      reviewerName: f.reviewer_name,
      draftSha256: f.draft_sha256,
      snapshotId: f.snapshot_id,
      approved: storedApproval(f.approved),
      overall: f.overall,
      rubric: storedRubric(f.rubric),
      scores: storedScores(f.scores),
      exportedAt: f.exported_at,
      importedAt: f.imported_at,
      signer: f.signer_key ? fingerprint(f.signer_key) : null,
      commentCount: mine.length,
      openCount: mine.filter((c) => c.status === 'open').length,
    };
  });
}

/**
 * The script's imported comments placed in its current working draft. A comment whose quote was
 * found exactly keeps its refreshed anchor, so anchors follow the trainee's edits over time.
 */
export function listComments(ctx: ServiceContext, scriptId: string, status: 'open' | 'resolved' | 'all' = 'all'): TraineeComment[] {
  requireScript(ctx, scriptId);
  const doc = buildDocText(loadDraft(ctx, scriptId).screenplay);
  const reviewers = new Map(listFeedbackImports(ctx.db, scriptId).map((f) => [f.feedback_id, f.reviewer_name]));
  const replies = new Map<string, ReviewReply[]>();
  for (const r of listFeedbackReplies(ctx.db, scriptId)) {
    const key = `${r.feedback_id}\u0000${r.comment_id}`;
    replies.set(key, [...(replies.get(key) ?? []), toReply(r)]);
  }
  const rows = listFeedbackComments(ctx.db, scriptId, status === 'all' ? undefined : status);
  const out: TraineeComment[] = [];
  const deadline = Date.now() + FUZZY_BUDGET_MS;
  const refreshed: { row: FeedbackCommentRow; anchor: Anchor }[] = [];
  for (const row of rows) {
    const anchor = storedAnchor(row.anchor);
    const originalAnchor = storedAnchor(row.original_anchor);
    const placed = reanchorIn(doc, anchor, deadline);
    if ((placed.placement.status === 'exact' || placed.placement.status === 'moved') && JSON.stringify(placed.anchor) !== row.anchor) {
      refreshed.push({ row, anchor: placed.anchor });
    }
    out.push({
      feedbackId: row.feedback_id,
      id: row.id,
      reviewerName: reviewers.get(row.feedback_id) ?? '',
      author: row.author,
      body: row.body,
      severity: row.severity,
      status: row.status,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      resolvedAt: row.resolved_at,
      anchor: placed.anchor,
      originalAnchor,
      placement: relativeToOriginal(placed.placement, placed.anchor, originalAnchor),
      replies: replies.get(`${row.feedback_id}\u0000${row.id}`) ?? [],
    });
  }
  if (refreshed.length) {
    ctx.db.transaction(() => {
      for (const { row, anchor } of refreshed) {
        setFeedbackCommentAnchor(ctx.db, { scriptId, feedbackId: row.feedback_id, id: row.id }, JSON.stringify(anchor));
      }
    })();
  }
  return out;
}

/**
 * A stored anchor is refreshed as the draft changes, so "exact" against it only means "still
 * where it was last placed". What the trainee needs to know is how far the text is from what the
 * mentor commented on: compared with the original anchor, it is exact, moved or changed (fuzzy).
 */
function relativeToOriginal(placement: Placement, current: Anchor, original: Anchor): Placement {
  if ((placement.status !== 'exact' && placement.status !== 'moved') || current.kind !== 'text' || original.kind !== 'text') return placement;
  if (current.quote !== original.quote) return { ...placement, status: 'fuzzy', similarity: similarity(current.quote, original.quote) };
  const same = current.elementId === original.elementId && current.start === original.start && current.end === original.end;
  return { ...placement, status: same ? 'exact' : 'moved' };
}

interface CommentKey {
  scriptId: string;
  feedbackId: string;
  commentId: string;
}

function requireComment(ctx: ServiceContext, key: CommentKey): FeedbackCommentRow {
  requireScript(ctx, key.scriptId);
  const row = getFeedbackComment(ctx.db, key.scriptId, key.feedbackId, key.commentId);
  if (!row) throw new AppError('review.comment_not_found', { id: key.commentId });
  return row;
}

export function reply(ctx: ServiceContext, key: CommentKey, body: string): ReviewReply {
  requireComment(ctx, key);
  const row: FeedbackReplyRow = {
    script_id: key.scriptId,
    feedback_id: key.feedbackId,
    comment_id: key.commentId,
    id: newId(),
    author: readIdentity(ctx.db).traineeName,
    body,
    created_at: nowIso(),
    origin: 'trainee',
  };
  insertFeedbackReply(ctx.db, row);
  return toReply(row);
}

export function resolve(ctx: ServiceContext, key: CommentKey, resolved: boolean): TraineeComment {
  requireComment(ctx, key);
  setFeedbackCommentStatus(ctx.db, { scriptId: key.scriptId, feedbackId: key.feedbackId, id: key.commentId }, resolved ? 'resolved' : 'open', resolved ? nowIso() : null);
  const found = listComments(ctx, key.scriptId).find((c) => c.feedbackId === key.feedbackId && c.id === key.commentId);
  if (!found) throw new AppError('review.comment_not_found', { id: key.commentId });
  return found;
}

