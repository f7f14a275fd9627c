/**
 * Progress derived from the append-only event log: nothing but events is stored, so a pack update
 * (ids kept, or renamed through `migrations`) or a reinstall can never lose progress, and every
 * figure here can be recomputed at any time.
 */
import type { CourseManifest } from './manifest-schema.ts';
import { attemptsOf, quizProgress, type QuizProgress } from './quiz/attempts.ts';
import { submissionOf, type SubmissionStage, type SubmissionState } from './submission.ts';

export const EVENT_KINDS = [
  'lesson_viewed',
  'lesson_completed',
  'exercise_started',
  'exercise_submitted',
  'checks_passed',
  'mentor_reviewed',
  'mentor_approved',
  /** data: { feedbackId, scoreCard }: a mentor's signed rubric scores and verdict (shared/trust/review-score.ts), one event per card. */
  'mentor_scored',
  /** data: { words, pages } added in one writing session on an exercise's draft. */
  'writing',
  /** data: a scored quiz attempt (shared/course/quiz/attempts.ts), one event per attempt. */
  'quiz_attempted',
  /** The first passing attempt of a quiz (completion `quiz_passed`). */
  'quiz_passed',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * What the UI may record itself. Submitting (with its checks) and mentor verdicts are recorded
 * by the services that establish them — checks run on the saved draft, verdicts come from a
 * mentor's feedback file — never on the UI's word.
 */
export const UI_EVENT_KINDS = ['lesson_viewed', 'lesson_completed', 'exercise_started', 'writing'] as const;

export interface ProgressEvent {
  kind: string;
  itemId: string;
  data: Record<string, unknown>;
  at: string;
}

export type ItemStatus = 'todo' | 'started' | 'done';

export interface ItemProgress {
  kind: 'lesson' | 'exercise';
  id: string;
  moduleId: string;
  status: ItemStatus;
  startedAt: string | null;
  doneAt: string | null;
  due: string | null;
  /** For a quiz: attempts, scores and whether it passed. */
  quiz?: QuizProgress;
  /** For any other exercise: its submissions, reviews and where it stands. */
  submission?: SubmissionState;
}

export interface ModuleProgress {
  id: string;
  done: number;
  total: number;
}

export interface PackProgress {
  items: ItemProgress[];
  modules: ModuleProgress[];
  done: number;
  total: number;
  /** Consecutive days with activity, ending today or yesterday. */
  streakDays: number;
  /** Words and pages written per day (YYYY-MM-DD), oldest first. */
  perDay: { day: string; words: number; pages: number }[];
  /**
   * Exercises not done yet that have a due date, soonest first, with where each stands: one that
   * waits for its mentor was delivered and is not overdue; one whose checks failed is not done.
   */
  due: { id: string; due: string; overdue: boolean; stage: SubmissionStage }[];
}

const DONE_EVENT: Record<string, EventKind> = {
  viewed: 'exercise_started',
  submitted: 'exercise_submitted',
  checks_passed: 'checks_passed',
  mentor_approved: 'mentor_approved',
  quiz_passed: 'quiz_passed',
};

function firstAt(events: ProgressEvent[], kind: string, id: string): string | null {
  for (const e of events) if (e.kind === kind && e.itemId === id) return e.at;
  return null;
}

const day = (iso: string) => iso.slice(0, 10);

export function streak(events: { at: string }[], today: string): number {
  const days = new Set(events.map((e) => day(e.at)));
  const cursor = new Date(`${today}T00:00:00Z`);
  if (!days.has(today)) cursor.setUTCDate(cursor.getUTCDate() - 1);
  let n = 0;
  while (days.has(cursor.toISOString().slice(0, 10))) {
    n++;
    cursor.setUTCDate(cursor.getUTCDate() - 1);
  }
  return n;
}

function perDay(events: ProgressEvent[]): PackProgress['perDay'] {
  const byDay = new Map<string, { words: number; pages: number }>();
  for (const e of events) {
    if (e.kind !== 'writing') continue;
    const d = byDay.get(day(e.at)) ?? { words: 0, pages: 0 };
    d.words += Number(e.data.words) || 0;
    d.pages += Number(e.data.pages) || 0;
    byDay.set(day(e.at), d);
  }
  return [...byDay].sort(([a], [b]) => a.localeCompare(b)).map(([d, v]) => ({ day: d, ...v }));
}

export function deriveProgress(manifest: CourseManifest, events: ProgressEvent[], now: Date): PackProgress {
  const items: ItemProgress[] = [];
  for (const mod of manifest.modules) {
    for (const l of mod.lessons) {
      const viewed = firstAt(events, 'lesson_viewed', l.id);
      const doneAt = firstAt(events, 'lesson_completed', l.id);
      items.push({ kind: 'lesson', id: l.id, moduleId: mod.id, status: doneAt ? 'done' : viewed ? 'started' : 'todo', startedAt: viewed ?? doneAt, doneAt, due: null });
    }
    for (const e of mod.exercises) {
      const doneAt = firstAt(events, DONE_EVENT[e.completion], e.id);
      // A quiz counts as started with its first attempt when it was never opened before.
      const started = firstAt(events, 'exercise_started', e.id) ?? (e.quiz ? firstAt(events, 'quiz_attempted', e.id) : null);
      const item: ItemProgress = { kind: 'exercise', id: e.id, moduleId: mod.id, status: doneAt ? 'done' : started ? 'started' : 'todo', startedAt: started, doneAt, due: e.due ?? null };
      if (e.quiz) item.quiz = quizProgress(e.quiz, attemptsOf(events, e.id));
      else item.submission = submissionOf(e, events, now);
      items.push(item);
    }
  }
  const modules = manifest.modules.map((m) => {
    const own = items.filter((i) => i.moduleId === m.id);
    return { id: m.id, done: own.filter((i) => i.status === 'done').length, total: own.length };
  });
  const nowIso = now.toISOString();
  const due = items
    .filter((i) => i.kind === 'exercise' && i.due && i.status !== 'done')
    .map((i) => ({
      id: i.id,
      due: i.due!,
      overdue: i.submission ? i.submission.overdue : i.due! < nowIso.slice(0, i.due!.length),
      stage: i.submission?.stage ?? (i.status === 'started' ? ('started' as const) : ('todo' as const)),
    }))
    .sort((a, b) => a.due.localeCompare(b.due));
  return {
    items,
    modules,
    done: items.filter((i) => i.status === 'done').length,
    total: items.length,
    streakDays: streak(events, day(nowIso)),
    perDay: perDay(events),
    due,
  };
}
