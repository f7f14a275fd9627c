/** Review round-trip use cases (electron/review/*) mapped onto the review contract. */
import type { ServiceContext } from './context.ts';
import type { reviewApi } from '../../shared/api/review.ts';
import type { HandlersFor } from './handlers.ts';
import { readIdentity, writeIdentity } from '../review/identity.ts';
import * as mentor from '../review/mentor.ts';
import { exportPdfWithNotes } from '../review/notes-export.ts';
import * as trainee from '../review/trainee.ts';

export function reviewHandlers(ctx: ServiceContext): HandlersFor<typeof reviewApi> {
  return {
    'review.getIdentity': () => readIdentity(ctx.db),
    'review.setIdentity': (input) => writeIdentity(ctx.db, input),

    'review.exportBundle': ({ scriptId, paper }) => trainee.exportBundle(ctx, scriptId, paper),
    'review.importFeedback': ({ scriptId, content }) => trainee.importFeedback(ctx, scriptId, content),
    'review.listFeedback': ({ scriptId }) => trainee.listFeedback(ctx, scriptId),
    'review.listComments': ({ scriptId, status }) => trainee.listComments(ctx, scriptId, status),
    'review.reply': ({ scriptId, feedbackId, commentId, body }) => trainee.reply(ctx, { scriptId, feedbackId, commentId }, body),
    'review.resolve': ({ scriptId, feedbackId, commentId, resolved }) =>
      trainee.resolve(ctx, { scriptId, feedbackId, commentId }, resolved ?? true),

    'review.openBundle': ({ content }) => mentor.openBundle(ctx, content),
    'review.listSessions': () => mentor.sessions(ctx),
    'review.getSession': ({ sessionId }) => mentor.sessionDetail(ctx, sessionId),
    'review.deleteSession': ({ sessionId }) => {
      mentor.removeSession(ctx, sessionId);
      return { ok: true };
    },
    'review.addComment': (input) => mentor.addComment(ctx, input),
    'review.updateComment': (input) => mentor.updateComment(ctx, input),
    'review.deleteComment': ({ sessionId, commentId }) => {
      mentor.removeComment(ctx, sessionId, commentId);
      return { ok: true };
    },
    'review.addReply': (input) => mentor.addReply(ctx, input),
    'review.setRubric': (input) => mentor.setRubric(ctx, input),
    'review.exportFeedback': ({ sessionId }) => mentor.exportFeedback(ctx, sessionId),

    'review.exportPdfWithNotes': (input) => exportPdfWithNotes(ctx, input),
  };
}
