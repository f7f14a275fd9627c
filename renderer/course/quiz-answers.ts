/**
 * The answers form's state, one value per question as the contract takes it (shared/course/quiz/
 * schema.ts `Answers`): typed numbers travel as text and are read by the service's scorer, so
 * "2,5" and "2.5" mean the same whichever language the trainee types in.
 */
import type { QuizQuestion } from '../../shared/course/manifest-schema.ts';
import type { Answer, Answers } from '../../shared/course/quiz/schema.ts';
import type { AttemptLayout } from '../../shared/course/quiz/shuffle.ts';

/** The form's first state: ordering questions start in the order shown (that is an answer too). */
export function initialAnswers(questions: readonly QuizQuestion[], layout: AttemptLayout): Answers {
  const out: Answers = {};
  for (const q of questions) if (q.kind === 'ordering') out[q.id] = [...(layout.options[q.id] ?? q.items.map((i) => i.id))];
  return out;
}

export function toggled(current: Answer | undefined, id: string): string[] {
  const list = Array.isArray(current) ? current : [];
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

/** The list with item `index` moved by `delta` (−1 up, +1 down), unchanged at either end. */
export function moved(list: readonly string[], index: number, delta: -1 | 1): string[] {
  const to = index + delta;
  if (to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[index], out[to]] = [out[to], out[index]];
  return out;
}
