/**
 * Whether a mentor's signed score card (shared/trust/review-score.ts) counts, checked as an
 * approval is (approvals.ts): a valid signature (purpose "review-score") by a mentor the pack
 * lists, for this pack and exercise (renamed ids followed), bound to this trainee's installation
 * key, its total the sum of its scores. Anything else is shown as not verified, with the reason —
 * the scores it claims are still shown, marked so.
 */
import { currentId, type ApprovalCheck } from '../../shared/course/class-row.ts';
import type { CourseManifest } from '../../shared/course/manifest-schema.ts';
import { reviewScoreSchema } from '../../shared/trust/review-score.ts';
import { checkJsonSignature } from './signed-json.ts';

export function checkReviewScore(card: unknown, at: { manifest: CourseManifest; exerciseId: string; traineeKey: string | null }): ApprovalCheck {
  if (!at.traineeKey) return { status: 'report_unsigned', mentor: null };
  if (card === null || card === undefined) return { status: 'missing', mentor: null };
  const parsed = reviewScoreSchema.safeParse(card);
  const signature = checkJsonSignature('review-score', card);
  if (!parsed.success || signature.status !== 'valid') return { status: 'bad_signature', mentor: null };
  const sum = parsed.data.criteria.reduce((n, c) => n + (c.score ?? 0), 0);
  if (sum !== parsed.data.total || parsed.data.criteria.some((c) => c.score !== null && c.score > c.max)) return { status: 'bad_signature', mentor: null };
  const mentor = (at.manifest.mentors ?? []).find((m) => m.key === signature.key);
  if (!mentor) return { status: 'mentor_not_listed', mentor: null };
  const exercises = new Set(at.manifest.modules.flatMap((m) => m.exercises.map((e) => e.id)));
  if (parsed.data.packId !== at.manifest.id || currentId(at.manifest, parsed.data.exerciseId, exercises) !== at.exerciseId) return { status: 'other_exercise', mentor: mentor.name };
  if (parsed.data.traineeKey !== at.traineeKey) return { status: 'other_trainee', mentor: mentor.name };
  return { status: 'verified', mentor: mentor.name };
}
