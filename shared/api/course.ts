/**
 * Contract of course packs and progress (docs/course-pack.md).
 * Trainee: inspect a pack file (problems, or what it would install or change) → install; read
 * lessons and pack images; start an exercise (a draft from its starter, linked); record progress;
 * export a progress report. Instructor: import trainees' reports and see the class table.
 */
import { z } from 'zod';
import { COMPLETION_RULES, manifestSchema } from '../course/manifest-schema.ts';
import { CHECK_KINDS, type CheckKind } from '../course/checks/schema.ts';
import { UI_EVENT_KINDS } from '../course/progress.ts';
import { REPORT_MAX_BYTES, reportQuizSchema, reportSubmissionSchema } from '../course/report.ts';
import { attemptRecordSchema } from '../course/quiz/attempts.ts';
import { answersSchema } from '../course/quiz/schema.ts';
import { APPROVAL_STATUSES } from '../trust/approval.ts';
import { REVIEW_VERDICTS } from '../trust/review-score.ts';
import { SUBMISSION_STAGES } from '../course/submission.ts';
import { FILE_BODY_BYTES, method } from './define.ts';
import { filePayloadSchema, idSchema } from './library.ts';
import { uploadIdSchema } from './media.ts';

/** A pack id (at most 64 characters), or a preview's: the id plus "~preview". */
const packIdSchema = z.string().min(3).max(72);
const itemIdSchema = z.string().min(1).max(64);
/** A pack zip travels as base64: 200 MiB of pack is about 280 M characters. */
const packBytesSchema = z.string().max(280_000_000);
/**
 * A pack to inspect or install: its bytes as base64 (`content`, small packs), or `upload`, the id
 * media.uploadPack gave a pack streamed to the data directory (any size up to the pack limit).
 */
const packSourceSchema = z
  .object({ fileName: z.string().max(255), content: packBytesSchema.optional(), upload: uploadIdSchema.optional() })
  .refine((s) => (s.content === undefined) !== (s.upload === undefined), { message: 'content or upload, exactly one' });
const messageSchema = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });
const bilingualSchema = z.object({ en: z.string(), id: z.string(), ko: z.string().optional() });

/** Who signed a pack: its publisher key's fingerprint, and whether that is the sample's public demo key. */
export const signedBySchema = z.object({ fingerprint: z.string(), demo: z.boolean() }).nullable();

export const packSummarySchema = z.object({
  id: z.string(),
  version: z.string(),
  revision: z.number().int(),
  title: bilingualSchema,
  description: bilingualSchema,
  publisher: z.string(),
  /** The publisher key this installation is pinned to (null: the pack is not signed). */
  signedBy: signedBySchema,
  /** An instructor's preview of a pack folder, not a real install. */
  preview: z.boolean(),
  installedAt: z.string(),
  updatedAt: z.string(),
  done: z.number().int(),
  total: z.number().int(),
});
export type PackSummary = z.infer<typeof packSummarySchema>;

export const itemChangeSchema = z.object({
  kind: z.enum(['module', 'lesson', 'exercise']),
  id: z.string(),
  title: bilingualSchema,
  change: z.enum(['added', 'removed', 'changed', 'renamed']),
  from: z.string().optional(),
});

export const inspectResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('refused'), problems: z.array(messageSchema) }),
  z.object({
    status: z.enum(['new', 'update', 'same', 'older']),
    pack: packSummarySchema.pick({ id: true, version: true, revision: true, title: true, description: true, publisher: true, signedBy: true }).extend({
      /** The update moves the pinned publisher key (signed by the old key and the new one). */
      keyChange: z.object({ from: z.string(), to: z.string() }).nullable(),
    }),
    installed: z.object({ version: z.string(), revision: z.number().int() }).nullable(),
    changes: z.array(itemChangeSchema),
  }),
]);
export type InspectResult = z.infer<typeof inspectResultSchema>;

function itemProgressQuizSchema() {
  return z.object({ attempts: z.number().int(), maxAttempts: z.number().int().nullable(), bestPercent: z.number().nullable(), lastPercent: z.number().nullable(), passed: z.boolean() });
}

const submissionSchema = z.object({
  stage: z.enum(SUBMISSION_STAGES),
  attempts: z.array(
    z.object({
      attempt: z.number().int(),
      at: z.string(),
      draftSha256: z.string().nullable(),
      snapshotId: z.string().nullable(),
      checksPassed: z.number().int().nullable(),
      checksTotal: z.number().int().nullable(),
      late: z.boolean(),
    }),
  ),
  reviews: z.number().int(),
  late: z.boolean(),
  overdue: z.boolean(),
});

const itemProgressSchema = z.object({
  kind: z.enum(['lesson', 'exercise']),
  id: z.string(),
  moduleId: z.string(),
  status: z.enum(['todo', 'started', 'done']),
  startedAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  due: z.string().nullable(),
  quiz: itemProgressQuizSchema().optional(),
  /** For an exercise that is not a quiz: where its submission workflow stands (shared/course/submission.ts). */
  submission: submissionSchema.optional(),
});

/** A quiz as the trainee sees it: the next attempt's order, the attempts made, what is left. */
export const quizStateSchema = z.object({
  attempt: z.number().int().nullable(),
  layout: z.object({ questions: z.array(z.string()), options: z.record(z.string(), z.array(z.string())) }),
  attempts: z.array(attemptRecordSchema),
  progress: itemProgressQuizSchema(),
  attemptsLeft: z.number().int().nullable(),
});

export const packProgressSchema = z.object({
  items: z.array(itemProgressSchema),
  modules: z.array(z.object({ id: z.string(), done: z.number().int(), total: z.number().int() })),
  done: z.number().int(),
  total: z.number().int(),
  streakDays: z.number().int(),
  perDay: z.array(z.object({ day: z.string(), words: z.number(), pages: z.number() })),
  due: z.array(z.object({ id: z.string(), due: z.string(), overdue: z.boolean(), stage: z.enum(SUBMISSION_STAGES) })),
});
export type PackProgressOut = z.infer<typeof packProgressSchema>;

export const classRowSchema = z.object({
  /** The trainee's name as reports give it, normalised (NFKC, invisible characters removed). */
  trainee: z.string(),
  version: z.string(),
  /** The pack revision the report was made with (it may differ from the instructor's). */
  revision: z.number().int(),
  generatedAt: z.string(),
  /** Derived from the report's activities on the instructor's revision, never the report's own totals. */
  done: z.number().int(),
  total: z.number().int(),
  /** From the report's days; null for an older (version 1) report, which lists none. */
  wordsWritten: z.number().int().nullable(),
  /** Exercise id → status, for the table's columns; "absent": the trainee's revision did not have it. */
  exercises: z.record(z.string(), z.enum(['todo', 'started', 'done', 'absent'])),
  /** For mentor_approved exercises reported done: whether the mentor's signed approval verifies here. */
  approvals: z.record(z.string(), z.object({ status: z.enum(APPROVAL_STATUSES), mentor: z.string().nullable() })),
  /** For quiz exercises: score, attempts and which questions each attempt got right, as reported. */
  quizzes: z.record(z.string(), reportQuizSchema),
  /** Per exercise, its submission workflow as reported: stage, attempts (with drafts' hashes and checks), reviews, late. */
  submissions: z.record(z.string(), reportSubmissionSchema),
  /**
   * Exercise id → the latest mentor review's rubric scores and verdict as reported, with whether the
   * mentor's signature on them verifies here (status as for approvals; unverified figures are claims).
   */
  reviews: z.record(
    z.string(),
    z.object({
      status: z.enum(APPROVAL_STATUSES),
      mentor: z.string().nullable(),
      verdict: z.enum(REVIEW_VERDICTS).nullable(),
      total: z.number(),
      maxTotal: z.number(),
      passingScore: z.number().nullable(),
      reviewedAt: z.string(),
      criteria: z.array(z.object({ id: z.string(), score: z.number().nullable(), max: z.number() })),
    }),
  ),
  /** Module id → done / total on the instructor's revision, for the completion chart. */
  modules: z.record(z.string(), z.object({ done: z.number().int(), total: z.number().int() })),
  /** The latest day or stamp the report shows any activity on (null: none yet). */
  lastActivity: z.string().nullable(),
  /** Activities of the trainee's revision that the instructor's revision no longer has. */
  removed: z.array(z.object({ kind: z.enum(['lesson', 'exercise']), id: z.string(), status: z.enum(['todo', 'started', 'done']) })),
  /** The installation key that signed the report shown (null: not signed). */
  signedBy: z.object({ fingerprint: z.string() }).nullable(),
  /** Reports under the same name from other installation keys (or unsigned): not shown, flagged. */
  otherClaims: z.array(z.object({ fingerprint: z.string().nullable(), reports: z.number().int(), latestAt: z.string() })),
});
export type ClassRow = z.infer<typeof classRowSchema>;
export type ClassTableExercise = z.infer<typeof courseApi['course.classTable']['output']>['exercises'][number];

/** An instructor's pack folder, uploaded file by file (paths relative to the folder, bytes as base64). */
/** A report file an instructor imports or verifies: a .naskahreport's text, or a certificate PDF as base64. */
const reportFileSchema = z.object({ fileName: z.string().max(255), content: z.string().max(REPORT_MAX_BYTES * 2), encoding: z.enum(['utf8', 'base64']).optional() });
const packTextSchema = z.object({ en: z.string(), id: z.string(), ko: z.string().optional() });

/** A mentor's rubric scores as `course.verifyReports` shows them: the card's figures, whether its signature verifies, the criteria's labels. */
const verifiedReviewSchema = z.object({
  exerciseId: z.string(),
  title: packTextSchema,
  status: z.enum(APPROVAL_STATUSES),
  mentor: z.string().nullable(),
  verdict: z.enum(REVIEW_VERDICTS).nullable(),
  total: z.number(),
  maxTotal: z.number(),
  reviewedAt: z.string(),
  /** In the card's order; `label` null for a criterion the installed pack no longer has. */
  criteria: z.array(z.object({ id: z.string(), label: packTextSchema.nullable(), score: z.number().nullable(), max: z.number() })),
});

/** Methods that carry a whole pack (or its folder) as base64 need a host to read a large body. */
const files = { maxBodyBytes: FILE_BODY_BYTES };

const folderSchema = z.object({ files: z.array(z.object({ path: z.string().min(1).max(400), content: packBytesSchema })).min(1).max(1000) });

export const courseApi = {
  'course.checkFolder': method(folderSchema, inspectResultSchema, files),
  'course.buildFolder': method(folderSchema, filePayloadSchema, files),
  'course.previewFolder': method(folderSchema, packSummarySchema, files),
  'course.list': method(z.object({}), z.array(packSummarySchema)),
  'course.inspect': method(packSourceSchema, inspectResultSchema, files),
  'course.install': method(packSourceSchema, packSummarySchema, files),
  'course.remove': method(z.object({ packId: packIdSchema }), z.object({ ok: z.literal(true) })),
  'course.get': method(z.object({ packId: packIdSchema }), z.object({ manifest: manifestSchema, progress: packProgressSchema, links: z.record(z.string(), idSchema) })),
  'course.file': method(z.object({ packId: packIdSchema, path: z.string().min(1).max(255) }), filePayloadSchema),
  'course.record': method(
    z.object({ packId: packIdSchema, kind: z.enum(UI_EVENT_KINDS), itemId: itemIdSchema, data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional() }),
    z.object({ recorded: z.boolean() }),
  ),
  /**
   * A writing session's running totals on an exercise's draft, sent every few seconds while the
   * trainee writes; each record replaces the session's previous totals.
   */
  'course.recordWriting': method(
    z.object({
      packId: packIdSchema,
      exerciseId: itemIdSchema,
      sessionId: idSchema,
      words: z.number().int().min(0).max(1_000_000),
      pages: z.number().int().min(0).max(10_000),
      seconds: z.number().int().min(0).max(366 * 86_400),
    }),
    z.object({ recorded: z.boolean() }),
  ),
  /** Submits an exercise: its checks run on the saved draft; "checks passed" is recorded only if they all pass. */
  'course.submitExercise': method(
    z.object({ packId: packIdSchema, exerciseId: itemIdSchema }),
    z.object({
      passed: z.boolean(),
      /** The attempt this draft is (submitting the same draft again adds none), where the exercise now stands, and whether it was delivered late. */
      attempt: z.number().int().min(1),
      stage: z.enum(SUBMISSION_STAGES),
      late: z.boolean(),
      checks: z.array(z.object({ id: z.string(), kind: z.enum(CHECK_KINDS as [CheckKind, ...CheckKind[]]), passed: z.boolean(), message: messageSchema })),
    }),
  ),
  'course.quizState': method(z.object({ packId: packIdSchema, exerciseId: itemIdSchema }), quizStateSchema),
  /** Scored and recorded by the service; `attempt` must be the state's next attempt. */
  'course.submitQuiz': method(
    z.object({ packId: packIdSchema, exerciseId: itemIdSchema, attempt: z.number().int().min(1).max(1000), answers: answersSchema }),
    z.object({ record: attemptRecordSchema, state: quizStateSchema }),
  ),
  'course.startExercise': method(z.object({ packId: packIdSchema, exerciseId: itemIdSchema }), z.object({ scriptId: idSchema, created: z.boolean() })),
  'course.exerciseForScript': method(z.object({ scriptId: idSchema }), z.object({ packId: z.string(), exerciseId: z.string() }).nullable()),
  'course.exportReport': method(z.object({ packId: packIdSchema, trainee: z.string().trim().min(1).max(200), format: z.enum(['json', 'csv']) }), filePayloadSchema),
  'course.importReports': method(
    z.object({
      files: z.array(reportFileSchema).max(5000),
      /** The class being viewed: a report for another course is refused, naming both. */
      packId: packIdSchema.optional(),
    }),
    z.object({
      added: z.number().int(),
      duplicates: z.number().int(),
      refused: z.array(z.object({ fileName: z.string(), problem: messageSchema })),
      /** Each accepted file: added, or already there; whose, and for which course. */
      accepted: z.array(z.object({ fileName: z.string(), status: z.enum(['added', 'duplicate']), trainee: z.string(), packId: z.string() })),
    }),
  ),
  /** The trainee's completion certificate (PDF, base64): refused with certificate.incomplete until every item is done. */
  'course.certificate': method(z.object({ packId: packIdSchema, trainee: z.string().trim().min(1).max(200) }), filePayloadSchema),
  /** Reports or certificates checked as an import would, and each approval in them; nothing stored. */
  'course.verifyReports': method(
    z.object({ files: z.array(reportFileSchema).max(5000) }),
    z.array(
      z.discriminatedUnion('ok', [
        z.object({ fileName: z.string(), ok: z.literal(false), problem: messageSchema }),
        z.object({
          fileName: z.string(),
          ok: z.literal(true),
          trainee: z.string(),
          packId: z.string(),
          course: packTextSchema,
          revision: z.number().int(),
          done: z.number().int(),
          total: z.number().int(),
          generatedAt: z.string(),
          signedBy: z.string().nullable(),
          approvals: z.array(z.object({ exerciseId: z.string(), title: packTextSchema, status: z.enum(APPROVAL_STATUSES), mentor: z.string().nullable() })),
          /** Each exercise's latest mentor score card in the file, checked as the class view checks it; labels from the pack installed here. */
          reviews: z.array(verifiedReviewSchema),
        }),
      ]),
    ),
  ),
  'course.classTable': method(
    z.object({ packId: packIdSchema }),
    z.object({
      /** The installed revision the rows are mapped onto. */
      revision: z.number().int(),
      /** The pack's modules in order, for the per-module completion chart. */
      modules: z.array(z.object({ id: z.string(), title: bilingualSchema })),
      exercises: z.array(
        z.object({
          id: z.string(),
          moduleId: z.string(),
          /** The exercise's due date (ISO date), when the pack sets one. */
          due: z.string().optional(),
          title: bilingualSchema,
          completion: z.enum(COMPLETION_RULES),
          /** A quiz's questions in the pack's order, for the instructor's per-question detail. */
          questions: z.array(z.object({ id: z.string(), prompt: bilingualSchema })).optional(),
          /** The exercise's rubric (criteria in order, with their labels), when a mentor scores it. */
          rubric: z.array(z.object({ id: z.string(), label: bilingualSchema, max: z.number().int() })).optional(),
        }),
      ),
      rows: z.array(classRowSchema),
    }),
  ),
};
