/**
 * A mentor's score card as a reader of a report or certificate sees it: the card's figures, the
 * check of its signature (made by the caller, which holds the keys), and each criterion's label
 * from the pack installed on this side — the card carries ids only, never labels.
 */
import type { LanguageText } from '../i18n/pick-text.ts';
import type { ReviewScore, ReviewVerdict } from '../trust/review-score.ts';
import type { ApprovalCheck } from './class-row.ts';
import type { CourseExercise } from './manifest-schema.ts';

export interface LabelledReview extends ApprovalCheck {
  exerciseId: string;
  title: LanguageText;
  verdict: ReviewVerdict | null;
  total: number;
  maxTotal: number;
  reviewedAt: string;
  /** In the card's order; `label` null for a criterion the pack here no longer has. */
  criteria: { id: string; label: LanguageText | null; score: number | null; max: number }[];
}

export function labelledReview(exercise: CourseExercise, card: ReviewScore, check: ApprovalCheck): LabelledReview {
  const labels = new Map((exercise.rubric ?? []).map((c) => [c.id, c.label] as const));
  return {
    exerciseId: exercise.id,
    title: exercise.title,
    status: check.status,
    mentor: check.mentor,
    verdict: card.verdict,
    total: card.total,
    maxTotal: card.maxTotal,
    reviewedAt: card.reviewedAt,
    criteria: card.criteria.map((c) => ({ id: c.id, label: labels.get(c.id) ?? null, score: c.score, max: c.max })),
  };
}
