/**
 * The order an attempt shows: deterministic from the quiz and the attempt number, so a reload (or
 * the same attempt on the instructor's copy) shows the same order, and each new attempt another.
 * Ordering questions are always shown shuffled — their correct order is the answer — and never in
 * the correct order when they have two items or more.
 */
import { seededRandom } from '../../seeded-random.ts';
import type { QuizOf } from './schema.ts';

/** FNV-1a of a string: a 32-bit seed. */
export function seedOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The attempt's generator (shared/seeded-random.ts). */
export const generator = seededRandom;

/** A Fisher–Yates shuffle of a copy of `items` with the generator `next`. */
export function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface AttemptLayout {
  /** Question ids in the order shown. */
  questions: string[];
  /** Question id → option (or ordering item) ids in the order shown. */
  options: Record<string, string[]>;
}

/** The layout of attempt `attempt` (1, 2, …) of the quiz identified by `key` (pack and exercise id). */
export function attemptLayout<T>(quiz: QuizOf<T>, key: string, attempt: number): AttemptLayout {
  const next = generator(seedOf(`${key}#${attempt}`));
  const ids = quiz.questions.map((q) => q.id);
  const questions = quiz.shuffle.questions ? shuffled(ids, next) : ids;
  const options: Record<string, string[]> = {};
  for (const q of quiz.questions) {
    if (q.kind === 'single' || q.kind === 'multiple') {
      const own = q.options.map((o) => o.id);
      options[q.id] = quiz.shuffle.options ? shuffled(own, next) : own;
    } else if (q.kind === 'ordering') {
      const correct = q.items.map((i) => i.id);
      let order = shuffled(correct, next);
      // A shuffle may land on the answer itself; showing it rotated by one is still a fair puzzle.
      if (order.length > 1 && order.every((id, i) => id === correct[i])) order = [...order.slice(1), order[0]];
      options[q.id] = order;
    }
  }
  return { questions, options };
}
