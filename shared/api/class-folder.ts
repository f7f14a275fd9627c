/**
 * Contract of the class folder: a folder (USB stick, network share, a folder a sync tool keeps in
 * step) where trainees' apps publish their reports and review bundles and mentors' apps their
 * feedback; the instructor's, the mentor's and the trainee's apps each pick up theirs by polling. Only a path crosses the contract: the files stay where they are.
 */
import { z } from 'zod';
import { method } from './define.ts';

const messageSchema = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });

/** Long enough for any real path (Windows' extended paths stop at 32,767 characters). */
export const CLASS_FOLDER_PATH_MAX = 4096;

export const classFolderStateSchema = z.object({ path: z.string().nullable() });

export const classFolderPollSchema = z.object({
  path: z.string(),
  added: z.number().int(),
  duplicates: z.number().int(),
  /** Report files still being written or synced: taken at a later poll. */
  waiting: z.number().int(),
  /** Every report file in the folder that is refused as it stands, with the reason naming it. */
  refused: z.array(z.object({ fileName: z.string(), problem: messageSchema })),
});
export type ClassFolderPoll = z.infer<typeof classFolderPollSchema>;

/** The mentor's poll: the review sessions its bundles opened (`resumed`: one already open before). */
export const bundlePollSchema = classFolderPollSchema.extend({
  sessions: z.array(z.object({ fileName: z.string(), sessionId: z.string(), resumed: z.boolean() })),
});
export type BundlePoll = z.infer<typeof bundlePollSchema>;

/** The trainee's poll: feedback files for this installation's own scripts, imported into them. */
export const feedbackPollSchema = classFolderPollSchema.extend({
  imported: z.array(z.object({ fileName: z.string(), scriptId: z.string(), scriptTitle: z.string(), reviewerName: z.string(), approved: z.boolean().nullable() })),
});
export type FeedbackPoll = z.infer<typeof feedbackPollSchema>;

export const classFolderApi = {
  'classFolder.get': method(z.object({}), classFolderStateSchema),
  /** An absolute path of an existing folder, or null to stop using one. */
  'classFolder.set': method(z.object({ path: z.string().max(CLASS_FOLDER_PATH_MAX).nullable() }), classFolderStateSchema),
  /** The trainee: write the current signed report for a course into the class folder (one file per trainee and course, replaced whole); the trainee's name as typed, else the one set for reviews. */
  'classFolder.publish': method(z.object({ packId: z.string().min(1).max(200), trainee: z.string().trim().min(1).max(200).optional() }), z.object({ fileName: z.string(), path: z.string() })),
  /** The trainee: write a review bundle of a script's working draft into the class folder. */
  'classFolder.publishBundle': method(z.object({ scriptId: z.string().min(1).max(200) }), z.object({ fileName: z.string(), path: z.string(), snapshotId: z.string() })),
  /** The instructor: import the reports that are new or changed since the last poll. */
  'classFolder.poll': method(z.object({}), classFolderPollSchema),
  /** The mentor: open the review bundles that are new or changed since the last poll as review sessions. */
  'classFolder.pollBundles': method(z.object({}), bundlePollSchema),
  /** Whether this installation's mentor screen picks up bundles from the class folder (a mentor's choice: a trainee's app must not open the class's bundles). Without `watch`, only reads it. */
  'classFolder.watchBundles': method(z.object({ watch: z.boolean().optional() }), z.object({ watch: z.boolean() })),
  /** The mentor: write a review session's signed feedback into the class folder, for the trainee's app to pick up. */
  'classFolder.publishFeedback': method(z.object({ sessionId: z.string().min(1).max(200) }), z.object({ fileName: z.string(), path: z.string() })),
  /** The trainee: import the feedback files for this installation's scripts that are new or changed since the last poll. */
  'classFolder.pollFeedback': method(z.object({}), feedbackPollSchema),
};
