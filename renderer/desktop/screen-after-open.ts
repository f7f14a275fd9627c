/**
 * Where the app goes after a file was opened, and what it tells the user. Opening the script
 * that is already on screen (or the review session already open) keeps it as it is: no reload,
 * the writer's place and undo history stay.
 */
import type { OpenOutcome } from './open-file.ts';

export type OpenScreen = { name: 'script'; id: string } | { name: 'courses' } | { name: 'review'; sessionId: string; resumed: boolean };

type AnyScreen = { name: string; id?: string; sessionId?: string };

/** The screen to show next, or null to stay where the app is. */
export function screenAfterOpen(current: AnyScreen, outcome: OpenOutcome): OpenScreen | null {
  switch (outcome.kind) {
    case 'script':
    case 'feedback':
      return current.name === 'script' && current.id === outcome.scriptId ? null : { name: 'script', id: outcome.scriptId };
    case 'review':
      return current.name === 'review' && current.sessionId === outcome.sessionId ? null : { name: 'review', sessionId: outcome.sessionId, resumed: outcome.resumed };
    case 'pack':
    case 'report':
      return current.name === 'courses' ? null : { name: 'courses' };
  }
}

export interface OpenNotice {
  key: string;
  params: Record<string, string>;
}

/** A line in the `desktop` namespace for outcomes the next screen does not make plain by itself. */
export function noticeAfterOpen(outcome: OpenOutcome): OpenNotice | null {
  switch (outcome.kind) {
    case 'script':
      return outcome.reused ? { key: 'notice.reused', params: { title: outcome.title } } : null;
    case 'feedback':
      return { key: 'notice.feedback', params: { reviewer: outcome.result.reviewerName, title: outcome.title } };
    case 'report':
      return { key: outcome.status === 'added' ? 'notice.reportAdded' : 'notice.reportDuplicate', params: { trainee: outcome.trainee } };
    default:
      return null;
  }
}
