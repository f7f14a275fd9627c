/**
 * Writing sessions recorded as they happen: the renderer sends a session's running totals every
 * few seconds while the trainee writes an exercise's draft (renderer/course/writing-session.ts);
 * each record sets the totals of its session (store/writing-sessions.ts). Progress reads sessions
 * as `writing` events (eventsOf), so the dashboard's words per day, the report and the class
 * table count them exactly as they counted the one event recorded at a session's end before.
 */
import { putWritingSession } from '../store/writing-sessions.ts';
import { nowIso } from '../store/ids.ts';
import type { ServiceContext } from './context.ts';
import { findExercise, requirePack } from './course-progress.ts';

export interface WritingRecord {
  packId: string;
  exerciseId: string;
  sessionId: string;
  words: number;
  pages: number;
  seconds: number;
}

export function recordWriting(ctx: ServiceContext, r: WritingRecord): { recorded: boolean } {
  findExercise(requirePack(ctx, r.packId), r.exerciseId);
  const recorded = putWritingSession(ctx.db, { id: r.sessionId, packId: r.packId, itemId: r.exerciseId, words: r.words, pages: r.pages, seconds: r.seconds, at: nowIso() });
  return { recorded };
}
