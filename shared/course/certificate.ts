/**
 * What a completion certificate says (issue 13, deliver 9), derived from the trainee's signed
 * progress report and the pack it is for — no I/O, so the PDF writer (electron/course/
 * certificate-pdf.ts) only draws it. A certificate is issued only for a course whose every lesson
 * and exercise is done; it names each mentor approval with whether it verifies against the pack's
 * mentors, each mentor's rubric scores (labelled from the pack) with whether their card verifies,
 * and the installation key that signed the report, so whoever holds the PDF can check it
 * (the signed report travels inside the PDF; `naskah report verify` reads it back).
 */
import type { Language } from '../i18n/languages.ts';
import type { LanguageText } from '../i18n/pick-text.ts';
import type { ApprovalStatus } from '../trust/approval.ts';
import type { ApprovalCheck } from './class-row.ts';
import { labelledReview, type LabelledReview } from './labelled-review.ts';
import type { CourseManifest } from './manifest-schema.ts';
import { activityReview, type ProgressReport } from './report.ts';
import type { ReviewScore } from '../trust/review-score.ts';

/** The file name the signed report has inside the certificate PDF. */
export const CERTIFICATE_REPORT_NAME = 'progress-report.naskahreport';

export interface CertificateApproval {
  exercise: LanguageText;
  mentor: string | null;
  mentorFingerprint: string | null;
  approvedAt: string;
  status: ApprovalStatus;
}

export interface CertificateContent {
  /** The two languages it is written in, the UI's first. */
  languages: [Language, Language];
  trainee: string;
  course: LanguageText;
  packId: string;
  version: string;
  revision: number;
  /** When the last item was completed (ISO date-time). */
  completedAt: string;
  modules: { title: LanguageText; lessons: number; exercises: number }[];
  approvals: CertificateApproval[];
  /** Each exercise's latest mentor score card, in course order. */
  scores: LabelledReview[];
  /** Fingerprints of the installation key that signed the report and of the pack's publisher. */
  signedBy: string;
  publisher: string | null;
  issuedAt: string;
}

/** The UI language, then English — or Indonesian when the UI is English: every pack has both. */
export function certificateLanguages(ui: Language): [Language, Language] {
  return [ui, ui === 'en' ? 'id' : 'en'];
}

/** Every item done? The certificate's precondition, as numbers for the refusal's message. */
export function completion(report: ProgressReport): { done: number; total: number; complete: boolean } {
  const { done, total } = report.summary;
  return { done, total, complete: total > 0 && done === total && report.activities.every((a) => a.status === 'done') };
}

export function certificateContent(input: {
  report: ProgressReport;
  manifest: CourseManifest;
  ui: Language;
  checkApproval: (approval: unknown, exerciseId: string) => { status: ApprovalStatus; mentor: string | null; mentorFingerprint: string | null };
  /** How a mentor's score card is judged (the caller holds the keys). */
  checkReview: (card: ReviewScore, exerciseId: string) => ApprovalCheck;
  fingerprint: (key: string) => string;
}): CertificateContent {
  const { report, manifest } = input;
  const exercises = new Map(manifest.modules.flatMap((m) => m.exercises.map((e) => [e.id, e] as const)));
  const approvals: CertificateApproval[] = [];
  const scores: LabelledReview[] = [];
  for (const a of report.activities) {
    const exercise = exercises.get(a.id);
    if (a.kind !== 'exercise' || !exercise) continue;
    const card = activityReview(a);
    if (card) scores.push(labelledReview(exercise, card, input.checkReview(card, a.id)));
    if (exercise.completion !== 'mentor_approved' || !a.approval) continue;
    const checked = input.checkApproval(a.approval, a.id);
    approvals.push({ exercise: exercise.title, mentor: checked.mentor, mentorFingerprint: checked.mentorFingerprint, approvedAt: a.approval.approvedAt, status: checked.status });
  }
  const completedAt = report.activities.map((a) => a.completedAt ?? '').reduce((latest, at) => (at > latest ? at : latest), '');
  return {
    languages: certificateLanguages(input.ui),
    trainee: report.trainee,
    course: manifest.title,
    packId: manifest.id,
    version: manifest.version,
    revision: manifest.revision,
    completedAt: completedAt || report.generatedAt,
    modules: manifest.modules.map((m) => ({ title: m.title, lessons: m.lessons.length, exercises: m.exercises.length })),
    approvals,
    scores,
    signedBy: input.fingerprint(report.signature.key),
    publisher: report.pack.publisherKey ? input.fingerprint(report.pack.publisherKey) : null,
    issuedAt: report.generatedAt,
  };
}
