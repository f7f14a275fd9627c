/**
 * A mentor's signed approval of one exercise draft ("naskah.approval/1"). The mentor's app writes
 * it into the feedback file when the review approves an exercise; the trainee's app keeps it with
 * the "mentor approved" progress event and copies it into progress reports, where the instructor
 * checks it against the mentors the pack lists. It is signed on its own (purpose "approval"), so
 * it stays checkable away from the feedback file it came in, and it names the trainee's
 * installation key, so one trainee's approval cannot be pasted into another trainee's report.
 */
import { z } from 'zod';
import { publicKeySchema } from './keys.ts';
import { signatureSchema } from './signed-json.ts';

export const APPROVAL_SCHEMA = 'naskah.approval/1' as const;

export const approvalSchema = z.strictObject({
  schema: z.literal(APPROVAL_SCHEMA),
  packId: z.string().min(1).max(200),
  exerciseId: z.string().min(1).max(200),
  feedbackId: z.string().min(1).max(64),
  draftSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The installation key of the trainee who sent the draft (from the review bundle), or null if the bundle named none. */
  traineeKey: publicKeySchema.nullable(),
  approvedAt: z.string().max(40),
  /** By the mentor's key: `signature.key` is the mentor. */
  signature: signatureSchema,
});
export type Approval = z.infer<typeof approvalSchema>;

/** Why an approval does or does not count, as the class table and the trainee's import say it. */
export const APPROVAL_STATUSES = ['verified', 'missing', 'bad_signature', 'mentor_not_listed', 'other_trainee', 'other_exercise', 'report_unsigned'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
