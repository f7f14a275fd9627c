/** Reading back the JSON columns of the review tables (written by us, validated again on read). */
import { anchorSchema, type Anchor } from '../../shared/review/anchor.ts';
import { rubricSchema, rubricScoreSchema, type Rubric, type RubricScore } from '../../shared/review/rubric.ts';
import { z } from 'zod';

/** A stored anchor that no longer validates (a damaged row) becomes a general note: shown, not lost. */
export function storedAnchor(text: string): Anchor {
  try {
    const parsed = anchorSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through
  }
  return { kind: 'general' };
}

export function storedRubric(text: string | null): Rubric | null {
  if (text === null) return null;
  try {
    const parsed = rubricSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function storedScores(text: string): RubricScore[] {
  try {
    const parsed = z.array(rubricScoreSchema).safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function storedApproval(value: 0 | 1 | null): boolean | null {
  return value === null ? null : value === 1;
}
