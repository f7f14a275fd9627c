/**
 * Whether a mentor's signed approval counts, checked wherever it is used — by the trainee's app
 * when the feedback file comes in, and by the instructor's class table on every report — against
 * the pack as that side has it installed: a valid signature (purpose "approval"), by a mentor the
 * pack lists, for this pack and exercise (renamed ids followed), bound to this trainee's
 * installation key. Anything else is shown as not verified, with the reason.
 */
import { currentId, type ApprovalCheck } from '../../shared/course/class-row.ts';
import type { CourseManifest } from '../../shared/course/manifest-schema.ts';
import { approvalSchema, type Approval } from '../../shared/trust/approval.ts';
import { checkJsonSignature } from './signed-json.ts';

export function checkApproval(
  approval: Approval | unknown | null,
  at: { manifest: CourseManifest; exerciseId: string; traineeKey: string | null },
): ApprovalCheck {
  if (!at.traineeKey) return { status: 'report_unsigned', mentor: null };
  if (approval === null || approval === undefined) return { status: 'missing', mentor: null };
  const parsed = approvalSchema.safeParse(approval);
  const signature = checkJsonSignature('approval', approval);
  if (!parsed.success || signature.status !== 'valid') return { status: 'bad_signature', mentor: null };
  const mentor = (at.manifest.mentors ?? []).find((m) => m.key === signature.key);
  if (!mentor) return { status: 'mentor_not_listed', mentor: null };
  const exercises = new Set(at.manifest.modules.flatMap((m) => m.exercises.map((e) => e.id)));
  if (parsed.data.packId !== at.manifest.id || currentId(at.manifest, parsed.data.exerciseId, exercises) !== at.exerciseId) return { status: 'other_exercise', mentor: mentor.name };
  if (parsed.data.traineeKey !== at.traineeKey) return { status: 'other_trainee', mentor: mentor.name };
  return { status: 'verified', mentor: mentor.name };
}
