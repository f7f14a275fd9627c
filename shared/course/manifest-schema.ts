/**
 * The shape of course.json ("naskah.course/1"), as zod schemas. Objects are strict: an unknown
 * field is almost always a typo by the instructor ("lesson" for "lessons"), and a newer format
 * gets a new `schema` value rather than silent extra fields. Rules that span the whole pack
 * (unique ids, referenced files listed, limits on totals) live in manifest-rules.ts.
 *
 * Custom messages are problem names (course.<name>); manifest.ts turns every issue into one.
 */
import { z } from 'zod';
import { checkSchema } from './checks/schema.ts';
import { fileLimitFor, MANIFEST_BOUNDS, MANIFEST_FILE, PACK_LIMITS } from './limits.ts';
import { packPathProblem } from './pack-path.ts';
import { SEMVER } from './semver.ts';
import { publicKeySchema } from '../trust/keys.ts';
import { buildQuizSchema } from './quiz/schema.ts';

export const COURSE_SCHEMA = 'naskah.course/1';
/** Languages a pack's lessons may be written in (`languages`); each one listed needs a file per lesson. */
export const COURSE_LANGUAGES = ['en', 'id', 'ko'] as const;
export type CourseLanguage = (typeof COURSE_LANGUAGES)[number];
export const COMPLETION_RULES = ['viewed', 'submitted', 'checks_passed', 'mentor_approved', 'quiz_passed'] as const;
export type CompletionRule = (typeof COMPLETION_RULES)[number];

/** A pack's permanent id, reverse-DNS-ish: "id.kemenparekraf.dasar-skenario". */
export const PACK_ID = /^[a-z0-9][a-z0-9._-]{2,63}$/;
/** Module, lesson, exercise and rubric ids: stable keys of progress, so short and plain. */
export const ITEM_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

const itemId = z.string().regex(ITEM_ID, { error: 'invalid_id' });
const text = (max: number) => z.string().trim().min(1).max(max);
/**
 * Text shown to people: English and Indonesian are required, so either of those UI languages can
 * show it; Korean is optional, and a Korean UI shows the English where it is missing (pickText in
 * shared/i18n/pick-text.ts).
 */
const bilingual = (max: number) => z.strictObject({ en: text(max), id: text(max), ko: text(max).optional() });

/** A quiz (shared/course/quiz/): the exercise's content when its completion is `quiz_passed`. */
export const quizSchema = buildQuizSchema(bilingual, itemId);

export const packPathSchema = z.string().superRefine((value, ctx) => {
  const problem = packPathProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { file: value } });
});

/** ISO 8601 calendar date, optionally with a time: "2025-09-30" or "2025-09-30T17:00:00+07:00". */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
export const isoDateSchema = z.string().refine(
  (s) => {
    const m = ISO_DATE.exec(s);
    if (!m) return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) && !Number.isNaN(Date.parse(s));
  },
  { error: 'invalid_date' },
);

const perLanguage = () => z.strictObject({ en: packPathSchema.optional(), id: packPathSchema.optional(), ko: packPathSchema.optional() });

/** A lesson's video or audio (kind by extension), with WebVTT subtitles per language. */
export const lessonMediaSchema = z.strictObject({
  file: packPathSchema,
  subtitles: perLanguage().optional(),
});

/** A PDF handed out with the lesson. */
export const handoutSchema = z.strictObject({
  file: packPathSchema,
  title: bilingual(MANIFEST_BOUNDS.title),
});

export const lessonSchema = z.strictObject({
  id: itemId,
  title: bilingual(MANIFEST_BOUNDS.title),
  /** The lesson's Markdown, one file per language the pack declares. */
  file: perLanguage(),
  /** A video or audio the lesson plays above its text. */
  media: lessonMediaSchema.optional(),
  handouts: z.array(handoutSchema).max(MANIFEST_BOUNDS.handoutsPerLesson).optional(),
  /** A professional script (.fountain or .fdx) the trainee reads, opened read-only in page view. */
  script: packPathSchema.optional(),
});

export const rubricCriterionSchema = z.strictObject({
  id: itemId,
  label: bilingual(MANIFEST_BOUNDS.rubricLabel),
  /** Scores run from 0 to max. */
  max: z.number().int().min(1).max(MANIFEST_BOUNDS.rubricMax),
});

export const exerciseSchema = z.strictObject({
  id: itemId,
  title: bilingual(MANIFEST_BOUNDS.title),
  /** Markdown. */
  prompt: bilingual(MANIFEST_BOUNDS.prompt),
  /** A .fountain file in the pack that a new attempt starts from. */
  starter: packPathSchema.optional(),
  due: isoDateSchema.optional(),
  completion: z.enum(COMPLETION_RULES),
  checks: z.array(checkSchema).max(MANIFEST_BOUNDS.checksPerExercise).default([]),
  rubric: z.array(rubricCriterionSchema).min(1).max(MANIFEST_BOUNDS.rubricCriteria).optional(),
  /**
   * The rubric total at or above which a mentor's scores approve the work when the mentor gives no
   * verdict of their own (the mentor's app signs the approval, as for an explicit one).
   */
  passMark: z.number().int().min(1).max(MANIFEST_BOUNDS.rubricMax * MANIFEST_BOUNDS.rubricCriteria).optional(),
  /** Makes the exercise a quiz, answered in the quiz view instead of a draft (completion `quiz_passed`). */
  quiz: quizSchema.optional(),
});

export const moduleSchema = z.strictObject({
  id: itemId,
  title: bilingual(MANIFEST_BOUNDS.title),
  lessons: z.array(lessonSchema).max(MANIFEST_BOUNDS.lessonsPerModule).default([]),
  exercises: z.array(exerciseSchema).max(MANIFEST_BOUNDS.exercisesPerModule).default([]),
});

/** A files[] path: course.json is the manifest itself, so listing it is its own problem. */
const listedPathSchema = z.string().superRefine((value, ctx) => {
  const problem = value === MANIFEST_FILE ? 'manifest_listed' : packPathProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { file: value } });
});

export const packFileSchema = z
  .strictObject({
    path: listedPathSchema,
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'invalid_sha256' }),
    size: z.number().int().min(0).max(PACK_LIMITS.maxMediaFileBytes, { error: 'file_too_large' }),
  })
  .superRefine((file, ctx) => {
    // Video, audio and PDFs may be large (they are streamed); every other file is read whole.
    const max = fileLimitFor(file.path);
    if (file.size > max) ctx.addIssue({ code: 'custom', message: 'file_too_large', path: ['size'], params: { file: file.path, size: file.size, max } });
  });

/** A mentor whose signed approvals count for this pack's mentor_approved exercises. */
export const mentorSchema = z.strictObject({
  name: text(MANIFEST_BOUNDS.name),
  key: publicKeySchema,
});

export const manifestSchema = z.strictObject({
  schema: z.literal(COURSE_SCHEMA),
  id: z.string().regex(PACK_ID, { error: 'invalid_pack_id' }),
  version: z.string().regex(SEMVER, { error: 'invalid_version' }),
  /** Increases with every published change, even one that keeps the version. */
  revision: z.number().int().min(1),
  title: bilingual(MANIFEST_BOUNDS.title),
  description: bilingual(MANIFEST_BOUNDS.description),
  languages: z.array(z.enum(COURSE_LANGUAGES)).min(1).max(COURSE_LANGUAGES.length),
  publisher: text(MANIFEST_BOUNDS.name),
  /**
   * The publisher's Ed25519 public key. When set, course.sig must hold a valid signature of this
   * course.json by it; an installation pins it at first install and refuses updates not signed by it.
   */
  publisherKey: publicKeySchema.optional(),
  /** The mentors' public keys: only their signed approvals complete a mentor_approved exercise. */
  mentors: z.array(mentorSchema).max(MANIFEST_BOUNDS.mentors).optional(),
  license: text(MANIFEST_BOUNDS.name),
  minAppVersion: z.string().regex(SEMVER, { error: 'invalid_version' }),
  modules: z.array(moduleSchema).min(1).max(MANIFEST_BOUNDS.modules),
  /** Renamed ids, old → new, so progress recorded under an old id follows the item. */
  migrations: z.record(z.string(), z.string()).optional(),
  files: z.array(packFileSchema).max(PACK_LIMITS.maxFiles),
});

export type CourseManifest = z.infer<typeof manifestSchema>;
export type CourseModule = z.infer<typeof moduleSchema>;
export type CourseLesson = z.infer<typeof lessonSchema>;
export type CourseExercise = z.infer<typeof exerciseSchema>;
export type RubricCriterion = z.infer<typeof rubricCriterionSchema>;
export type PackFile = z.infer<typeof packFileSchema>;
export type LessonMedia = z.infer<typeof lessonMediaSchema>;
export type Handout = z.infer<typeof handoutSchema>;
export type CourseQuiz = z.infer<typeof quizSchema>;
export type QuizQuestion = CourseQuiz['questions'][number];
export type CourseMentor = z.infer<typeof mentorSchema>;
export type BilingualText = { en: string; id: string };
