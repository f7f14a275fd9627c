/**
 * Merging an imported feedback file into what the trainee already has from the same review.
 * Comments are keyed by the feedback id + comment id, replies by their ids, so importing the same
 * file twice changes nothing and a newer export adds only what is new. Nothing the trainee holds
 * is ever removed by an import (the trainee's replies and resolutions are theirs).
 */
import type { FeedbackComment, FeedbackFile, FeedbackReply } from './feedback.ts';

export interface KnownComment {
  id: string;
  updatedAt: string;
  replyIds: ReadonlySet<string>;
}

export interface MergePlan {
  added: FeedbackComment[];
  /** Comments the mentor edited since the last import (newer updatedAt). */
  updated: FeedbackComment[];
  replies: { commentId: string; reply: FeedbackReply }[];
  unchanged: number;
}

export function planMerge(known: ReadonlyMap<string, KnownComment>, file: FeedbackFile): MergePlan {
  const plan: MergePlan = { added: [], updated: [], replies: [], unchanged: 0 };
  for (const comment of file.comments) {
    const have = known.get(comment.id);
    if (!have) {
      plan.added.push(comment);
      continue;
    }
    const newReplies = comment.replies.filter((r) => !have.replyIds.has(r.id));
    const edited = comment.updatedAt > have.updatedAt;
    if (edited) plan.updated.push(comment);
    for (const reply of newReplies) plan.replies.push({ commentId: comment.id, reply });
    if (!edited && newReplies.length === 0) plan.unchanged++;
  }
  return plan;
}
