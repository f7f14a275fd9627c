/**
 * A quiz inside a course pack: the `quiz` of an exercise whose completion is `quiz_passed`
 * (docs/course-pack.md, "Quizzes"). Question kinds follow what Kolibri and Moodle offer offline:
 * single and multiple choice, true/false, short text, numeric and ordering.
 *
 * The schema is built from the manifest's own bilingual text type (passed in by
 * manifest-schema.ts), so prompts, options and feedback take exactly the languages the rest of the
 * pack does. Rules a field-by-field schema cannot state (a correct option exists, ids unique,
 * tolerance ≥ 0, pass mark 0–100) are in rules.ts, so each is reported with its own message.
 */
import { z } from 'zod';
import { QUIZ_BOUNDS } from './bounds.ts';

export const QUESTION_KINDS = ['single', 'multiple', 'true_false', 'short_text', 'numeric', 'ordering'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The manifest's bilingual text: `bilingual(max)` gives a schema of { en, id, … } up to max characters. */
export type BilingualOf<T> = (max: number) => z.ZodType<T>;

/** The manifest's own pieces: its bilingual text and its item-id schema (ids of questions, options, items). */
export function buildQuizSchema<T>(bilingual: BilingualOf<T>, itemId: z.ZodString) {
  const prompt = bilingual(QUIZ_BOUNDS.prompt);
  const feedback = bilingual(QUIZ_BOUNDS.feedback);
  /** Shown after an answer: `correct` when it was right, `incorrect` when not. */
  const questionFeedback = z.strictObject({ correct: feedback.optional(), incorrect: feedback.optional() });
  const common = {
    id: itemId,
    prompt,
    /** Weight in the score; every question counts 1 unless told. */
    points: z.number().int().min(1).max(QUIZ_BOUNDS.points).default(1),
    feedback: questionFeedback.optional(),
  };
  const option = z.strictObject({
    id: itemId,
    text: bilingual(QUIZ_BOUNDS.option),
    correct: z.boolean().default(false),
    /** Shown when the trainee chose this option. */
    feedback: feedback.optional(),
  });
  const options = z.array(option).max(QUIZ_BOUNDS.options);
  const question = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('single'), ...common, options }),
    z.strictObject({ kind: z.literal('multiple'), ...common, options }),
    z.strictObject({ kind: z.literal('true_false'), ...common, answer: z.boolean() }),
    z.strictObject({
      kind: z.literal('short_text'),
      ...common,
      /** Any of these, compared without case, diacritics or extra spaces (normalise.ts). */
      accepted: z.array(z.string().max(QUIZ_BOUNDS.accepted)).min(1).max(QUIZ_BOUNDS.acceptedAnswers),
    }),
    z.strictObject({
      kind: z.literal('numeric'),
      ...common,
      answer: z.number(),
      /** An answer within ± tolerance counts. */
      tolerance: z.number().default(0),
    }),
    z.strictObject({
      kind: z.literal('ordering'),
      ...common,
      /** In the correct order; shown shuffled. */
      items: z.array(z.strictObject({ id: itemId, text: bilingual(QUIZ_BOUNDS.option) })).max(QUIZ_BOUNDS.options),
    }),
  ]);
  return z.strictObject({
    /** Percent of the points needed to pass, 0–100. */
    passMark: z.number(),
    /** At most this many attempts, or "unlimited". */
    attempts: z.union([z.number().int().min(1).max(QUIZ_BOUNDS.attempts), z.literal('unlimited')]).default('unlimited'),
    shuffle: z.strictObject({ questions: z.boolean().default(false), options: z.boolean().default(false) }).default({ questions: false, options: false }),
    questions: z.array(question).min(1).max(QUIZ_BOUNDS.questions),
  });
}

type Schema<T> = ReturnType<typeof buildQuizSchema<T>>;
export type QuizOf<T> = z.infer<Schema<T>>;
export type QuestionOf<T> = QuizOf<T>['questions'][number];

/**
 * One answer as the trainee gives it: an option id (single), option ids (multiple), true/false,
 * text (short text), a number (numeric), item ids in the chosen order (ordering). An answer of the
 * wrong shape for its question scores as wrong, never as an error: the file is the trainee's.
 */
export const answerSchema = z.union([z.string().max(QUIZ_BOUNDS.accepted), z.array(z.string().max(64)).max(QUIZ_BOUNDS.options), z.boolean(), z.number()]);
export type Answer = z.infer<typeof answerSchema>;
export const answersSchema = z.record(z.string().max(64), answerSchema);
export type Answers = z.infer<typeof answersSchema>;
