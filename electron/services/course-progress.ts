/**
 * A trainee's course work: pack contents for the reader, exercises started from their starter
 * template and linked to a draft, progress events, and the progress derived from them.
 */
import { allPassed, runChecks, type CheckResult } from '../../shared/course/checks/run.ts';
import type { CourseExercise, CourseManifest } from '../../shared/course/manifest-schema.ts';
import { deriveProgress, type PackProgress, type ProgressEvent } from '../../shared/course/progress.ts';
import type { FilePayload } from '../../shared/api/library.ts';
import { AppError } from '../../shared/errors.ts';
import { parseFountain } from '../../shared/screenplay/fountain/parse.ts';
import { emptyScreenplay, type Screenplay } from '../../shared/screenplay/model.ts';
import { IMAGE_TYPES } from '../course/file-content.ts';
import { appendEvent, getLink, getPack, getPackFile, hasEvent, linkForScript, listEvents, listLinks, putLink } from '../store/course.ts';
import { getScript } from '../store/scripts.ts';
import { listWritingSessions } from '../store/writing-sessions.ts';
import type { ServiceContext } from './context.ts';
import { storedManifest } from './course-install.ts';
import { createScript, loadDraft } from './library.ts';
import { currentSettings } from './settings.ts';
import { pickText } from '../../shared/i18n/pick-text.ts';
import { submissionOf } from '../../shared/course/submission.ts';
import { draftSha256 } from '../review/bundle.ts';
import { stamp } from '../review/files.ts';
import { translate } from '../i18n.ts';
import { newId, nowIso } from '../store/ids.ts';
import { insertSnapshot } from '../store/snapshots.ts';
import { recordSubmission } from './course-submission.ts';

export function requirePack(ctx: ServiceContext, packId: string): CourseManifest {
  const row = getPack(ctx.db, packId);
  if (!row) throw new AppError('pack.not_installed', { id: packId });
  return storedManifest(row.manifest);
}

export function findExercise(manifest: CourseManifest, exerciseId: string): CourseExercise {
  for (const m of manifest.modules) for (const e of m.exercises) if (e.id === exerciseId) return e;
  throw new AppError('pack.unknown_item', { id: exerciseId });
}

function itemExists(manifest: CourseManifest, id: string): boolean {
  return manifest.modules.some((m) => m.id === id || m.lessons.some((l) => l.id === id) || m.exercises.some((e) => e.id === id));
}

/**
 * The pack's progress log, with each writing session (migration 004) as one `writing` event at
 * its last update, merged in by time (the log's own order is kept).
 */
export function eventsOf(ctx: ServiceContext, packId: string): ProgressEvent[] {
  const logged = listEvents(ctx.db, packId).map((e) => ({ kind: e.kind, itemId: e.item_id, data: JSON.parse(e.data) as Record<string, unknown>, at: e.at }));
  const sessions = listWritingSessions(ctx.db, packId);
  if (sessions.length === 0) return logged;
  const merged: ProgressEvent[] = [];
  let i = 0;
  for (const s of sessions) {
    while (i < logged.length && logged[i].at <= s.updated_at) merged.push(logged[i++]);
    merged.push({ kind: 'writing', itemId: s.item_id, data: { words: s.words, pages: s.pages, seconds: s.seconds }, at: s.updated_at });
  }
  return merged.concat(logged.slice(i));
}

export function progressOf(ctx: ServiceContext, packId: string, manifest = requirePack(ctx, packId)): PackProgress {
  return deriveProgress(manifest, eventsOf(ctx, packId), new Date());
}

/** Milestones are recorded once (the first time counts); writing sessions every time. */
const REPEATABLE = new Set(['writing']);

export function recordEvent(ctx: ServiceContext, packId: string, kind: string, itemId: string, data?: Record<string, unknown>): boolean {
  const manifest = requirePack(ctx, packId);
  if (!itemExists(manifest, itemId)) throw new AppError('pack.unknown_item', { id: itemId });
  if (!REPEATABLE.has(kind) && hasEvent(ctx.db, packId, kind, itemId)) return false;
  appendEvent(ctx.db, { packId, kind, itemId, data, at: nowIso() });
  return true;
}

export function packFile(ctx: ServiceContext, packId: string, path: string): FilePayload {
  const manifest = requirePack(ctx, packId);
  // Only files the manifest lists are ever served, whatever path the renderer asks for.
  if (!manifest.files.some((f) => f.path === path)) throw new AppError('pack.unknown_file', { file: path });
  const data = getPackFile(ctx.db, packId, path);
  if (!data) throw new AppError('pack.unknown_file', { file: path });
  const ext = path.slice(path.lastIndexOf('.')).toLowerCase();
  const image = IMAGE_TYPES[ext];
  if (image) return { fileName: path.split('/').pop()!, mimeType: image, encoding: 'base64', content: data.toString('base64') };
  return { fileName: path.split('/').pop()!, mimeType: ext === '.md' ? 'text/markdown' : 'text/plain', encoding: 'utf8', content: data.toString('utf8') };
}

function starterScreenplay(ctx: ServiceContext, packId: string, exercise: CourseExercise): Screenplay {
  if (!exercise.starter) return emptyScreenplay();
  const data = getPackFile(ctx.db, packId, exercise.starter);
  const parsed = data ? parseFountain(data.toString('utf8')) : null;
  return parsed?.ok ? parsed.value : emptyScreenplay();
}

/** Opens an exercise's draft: the linked one if it still exists, else a new one from the starter. */
export function startExercise(ctx: ServiceContext, packId: string, exerciseId: string): { scriptId: string; created: boolean } {
  const manifest = requirePack(ctx, packId);
  const exercise = findExercise(manifest, exerciseId);
  // A quiz is answered in the quiz view: a draft for it would never count for anything.
  if (exercise.quiz) throw new AppError('pack.quiz_has_no_draft', { id: exerciseId });
  const link = getLink(ctx.db, packId, exerciseId);
  const script = link && getScript(ctx.db, link.script_id);
  if (script && script.deleted_at === null) return { scriptId: script.id, created: false };
  const lang = currentSettings(ctx).language;
  const created = createScript(ctx, pickText(exercise.title, lang).slice(0, 200), starterScreenplay(ctx, packId, exercise));
  const at = nowIso();
  ctx.db.transaction(() => {
    putLink(ctx.db, { packId, exerciseId, scriptId: created.id, at });
    if (!hasEvent(ctx.db, packId, 'exercise_started', exerciseId)) appendEvent(ctx.db, { packId, kind: 'exercise_started', itemId: exerciseId, at });
  })();
  return { scriptId: created.id, created: true };
}

export function exerciseForScript(ctx: ServiceContext, scriptId: string): { packId: string; exerciseId: string } | null {
  const link = linkForScript(ctx.db, scriptId);
  return link && getPack(ctx.db, link.pack_id) ? { packId: link.pack_id, exerciseId: link.exercise_id } : null;
}

/** The exercise's checks run on its linked draft, or null when it has no draft yet. */
export function exerciseChecks(ctx: ServiceContext, packId: string, exercise: CourseExercise): { results: CheckResult[]; screenplay: Screenplay; scriptId: string } | null {
  const link = getLink(ctx.db, packId, exercise.id);
  const script = link && getScript(ctx.db, link.script_id);
  if (!script || script.deleted_at !== null) return null;
  const { screenplay } = loadDraft(ctx, script.id);
  return { results: runChecks(screenplay, exercise.checks, currentSettings(ctx).paper), screenplay, scriptId: script.id };
}

export function linksOf(ctx: ServiceContext, packId: string): Record<string, string> {
  return Object.fromEntries(listLinks(ctx.db, packId).map((l) => [l.exercise_id, l.script_id]));
}

/**
 * Submitting: the checks run here, on the saved draft — the record never rests on the UI's say-so.
 * Each distinct draft submitted is an attempt, kept as a snapshot (course-submission.ts); the answer
 * says honestly whether the checks passed and where the exercise stands.
 */
export function submitExercise(ctx: ServiceContext, packId: string, exerciseId: string) {
  const manifest = requirePack(ctx, packId);
  const exercise = findExercise(manifest, exerciseId);
  const checked = exerciseChecks(ctx, packId, exercise);
  if (!checked) throw new AppError('pack.exercise_not_started', { id: exerciseId });
  const passed = allPassed(checked.results);
  const at = nowIso();
  const sha = draftSha256(checked.screenplay);
  const settings = currentSettings(ctx);
  let attempt = 0;
  // A mentor-approved exercise is submitted by sending its draft for review (the bundle is the
  // attempt); here its checks only run, and it stays where it stands.
  const bySubmit = exercise.completion !== 'mentor_approved';
  ctx.db.transaction(() => {
    if (bySubmit) {
      const snapshotId = newId();
      const recorded = recordSubmission(ctx.db, { packId, exerciseId, draftSha256: sha, snapshotId, checksPassed: checked.results.filter((r) => r.passed).length, checksTotal: checked.results.length, at });
      attempt = recorded.attempt;
      if (recorded.added) {
        // Snapshot names are shown in the library, so they are named in the user's language.
        const name = translate('training', 'submissionSnapshot', { attempt, title: pickText(exercise.title, settings.language), date: stamp(at) }, settings.language);
        insertSnapshot(ctx.db, { id: snapshotId, scriptId: checked.scriptId, name, body: JSON.stringify(checked.screenplay), at });
      }
    }
    if (passed && !hasEvent(ctx.db, packId, 'checks_passed', exerciseId)) appendEvent(ctx.db, { packId, kind: 'checks_passed', itemId: exerciseId, at });
  })();
  const submission = submissionOf(exercise, eventsOf(ctx, packId), new Date());
  return {
    passed,
    attempt: bySubmit ? attempt : Math.max(1, submission.attempts.length),
    stage: submission.stage,
    late: submission.late,
    checks: checked.results.map((r) => ({ id: r.id, kind: r.kind, passed: r.passed, message: r.message })),
  };
}
