/**
 * Progress reports: the trainee exports one (a signed .naskahreport, or CSV for a spreadsheet);
 * the instructor imports many and sees a class table. What an import accepts, and what the class
 * table shows, is judged on the instructor's side against the instructor's own copy of the pack:
 *  - a report must be schema-valid, dated sensibly (shared/course/report-checks.ts), for a course
 *    installed here (and the class being viewed), from the same publisher key, and — version 2 —
 *    signed by the installation key it names; each refusal names the file and the reason;
 *  - the class table derives every figure from the report's activities (shared/course/class-row.ts),
 *    verifies mentor approvals against the pack's mentor list, pins each trainee's row to the
 *    first installation key seen under that name and flags reports from any other key.
 * A report is stored once per content hash, so importing the same file twice changes nothing.
 */
import type { ClassRow } from '../../shared/api/course.ts';
import type { FilePayload } from '../../shared/api/library.ts';
import { deriveClassRow } from '../../shared/course/class-row.ts';
import { labelledReview } from '../../shared/course/labelled-review.ts';
import type { CourseManifest } from '../../shared/course/manifest-schema.ts';
import { deriveProgress } from '../../shared/course/progress.ts';
import { activityFrom, activityReview, REPORT_EXTENSION, REPORT_MAX_BYTES, REPORT_MIME, REPORT_SCHEMA, REPORT_SCHEMA_V1, reportFileName, reportToCsv, type AnyReport, type ProgressReport, type UnsignedReport } from '../../shared/course/report.ts';
import { parseReport, reportProblem } from '../../shared/course/report-checks.ts';
import { reportQuiz } from '../../shared/course/quiz/report-quiz.ts';
import { AppError } from '../../shared/errors.ts';
import { countWords } from '../../shared/screenplay/counts.ts';
import { paginate } from '../../shared/screenplay/layout/paginate.ts';
import { printProfile } from '../../shared/screenplay/layout/print-profile.ts';
import { approvalSchema } from '../../shared/trust/approval.ts';
import { reviewScoreSchema, type ReviewScore } from '../../shared/trust/review-score.ts';
import { CLOCK_SKEW_MS, instantMs } from '../../shared/trust/dates.ts';
import { nameKey, normaliseName } from '../../shared/trust/names.ts';
import { getClassReportBody, getPack, listClassReportMeta, putClassReport, type ClassReportMeta } from '../store/course.ts';
import { nowIso } from '../store/ids.ts';
import { draftSha256 } from '../review/bundle.ts';
import { sha256Hex } from '../sha256.ts';
import { checkApproval } from '../trust/approvals.ts';
import { checkReviewScore } from '../trust/review-scores.ts';
import { fingerprint } from '../trust/ed25519.ts';
import { installationSigner } from '../trust/role-keys.ts';
import { reportText, type ReportFile } from '../course/certificate-read.ts';
import { checkJsonSignature, signJson } from '../trust/signed-json.ts';
import type { ServiceContext } from './context.ts';
import { storedManifest } from './course-install.ts';
import { eventsOf, exerciseChecks, findExercise, requirePack } from './course-progress.ts';
import { currentSettings } from './settings.ts';

export function buildReport(ctx: ServiceContext, packId: string, trainee: string): ProgressReport {
  const name = normaliseName(trainee);
  if (name === '') throw new AppError('trust.trainee_name_empty');
  const manifest = requirePack(ctx, packId);
  // One clock reading for the whole report: its streak, its days and its stamp agree.
  const now = new Date();
  const events = eventsOf(ctx, packId);
  const progress = deriveProgress(manifest, events, now);
  const settings = currentSettings(ctx);
  const approvals = new Map<string, unknown>();
  for (const e of events) if (e.kind === 'mentor_approved' && !approvals.has(e.itemId)) approvals.set(e.itemId, e.data.approval);
  const cards = latestScoreCards(events);
  const activities = progress.items.map((item) => {
    if (item.kind !== 'exercise') return activityFrom(item);
    const approval = approvalSchema.safeParse(approvals.get(item.id));
    const exercise = findExercise(manifest, item.id);
    const card = cards.get(item.id);
    const extra = { approval: approval.success ? approval.data : null, ...(exercise.quiz ? { quiz: reportQuiz(exercise.quiz, events, item.id) } : {}), ...(card ? { review: card } : {}) };
    const checked = exerciseChecks(ctx, packId, exercise);
    if (!checked) return activityFrom(item, extra);
    return activityFrom(item, {
      ...extra,
      checksPassed: checked.results.filter((r) => r.passed).length,
      checksTotal: checked.results.length,
      checks: checked.results.map((r) => ({ id: r.id, passed: r.passed })),
      // The same hash a review bundle names the draft by: report and bundle can be matched.
      draftSha256: draftSha256(checked.screenplay),
      words: countWords(checked.screenplay),
      pages: paginate(checked.screenplay, printProfile(settings.paper, checked.screenplay.layout, { defaultAutomaticContd: settings.automaticContd })).pages.length,
    });
  });
  const written = new Map(progress.perDay.map((d) => [d.day, d]));
  const days = [...new Set(events.map((e) => e.at.slice(0, 10)))]
    .sort()
    .map((day) => ({ day, words: Math.round(written.get(day)?.words ?? 0), pages: Math.round(written.get(day)?.pages ?? 0) }));
  const report: UnsignedReport = {
    schema: REPORT_SCHEMA,
    trainee: name,
    pack: { id: manifest.id, version: manifest.version, revision: manifest.revision, title: manifest.title.en, publisherKey: manifest.publisherKey ?? null },
    generatedAt: now.toISOString(),
    summary: { done: progress.done, total: progress.total, streakDays: progress.streakDays, wordsWritten: days.reduce((n, d) => n + d.words, 0) },
    days,
    activities,
  };
  return signJson('progress-report', report, installationSigner(ctx.dataDir));
}

/** Per exercise, the score card of the latest review (by the mentor's signed stamp; a tie goes to the later event). */
function latestScoreCards(events: readonly { kind: string; itemId: string; data: Record<string, unknown> }[]): Map<string, ReviewScore> {
  const cards = new Map<string, ReviewScore>();
  for (const e of events) {
    if (e.kind !== 'mentor_scored') continue;
    const card = reviewScoreSchema.safeParse(e.data.scoreCard);
    if (!card.success) continue;
    const held = cards.get(e.itemId);
    if (!held || (instantMs(card.data.reviewedAt) ?? 0) >= (instantMs(held.reviewedAt) ?? 0)) cards.set(e.itemId, card.data);
  }
  return cards;
}

export function exportReport(ctx: ServiceContext, packId: string, trainee: string, format: 'json' | 'csv'): FilePayload {
  const report = buildReport(ctx, packId, trainee);
  if (format === 'csv') return { fileName: reportFileName(report.trainee, report.generatedAt, 'csv'), mimeType: 'text/csv', encoding: 'utf8', content: reportToCsv(report) };
  return { fileName: reportFileName(report.trainee, report.generatedAt, REPORT_EXTENSION), mimeType: REPORT_MIME, encoding: 'utf8', content: JSON.stringify(report, null, 2) + '\n' };
}

type Problem = { code: string; params: Record<string, string | number> };
type Refusal = { fileName: string; problem: Problem };

interface Accepted {
  fileName: string;
  report: AnyReport;
  hash: string;
  content: string;
  signer: string | null;
}

/** Installed manifests by pack id, read once per import rather than once per report. */
type Installed = (packId: string) => CourseManifest | null;

/** Checks one report file completely: the accepted report, or why it is refused. */
function judgeReport(installedPack: Installed, f: { fileName: string; content: string }, now: number, classPack: string | undefined): Accepted | Problem {
  const file = f.fileName;
  if (Buffer.byteLength(f.content) > REPORT_MAX_BYTES) return { code: 'pack.report_too_large', params: { file, max: REPORT_MAX_BYTES } };
  let json: unknown;
  try {
    json = JSON.parse(f.content.replace(/^\uFEFF/, ''));
  } catch {
    return { code: 'pack.report_not_json', params: { file } };
  }
  const parsed = parseReport(json);
  if (!parsed.ok) return { code: parsed.problem.code, params: { ...parsed.problem.params, file } };
  const report = parsed.report;
  // The signature first: nothing a report says is worth judging if it was changed after signing.
  let signer: string | null = null;
  if (report.schema === REPORT_SCHEMA) {
    const signature = checkJsonSignature('progress-report', json);
    if (signature.status !== 'valid') return { code: 'trust.report_bad_signature', params: { file } };
    signer = signature.key;
  }
  const bad = reportProblem(report, now);
  if (bad) return { code: bad.code, params: { ...bad.params, file } };
  const manifest = installedPack(report.pack.id);
  if (!manifest) return { code: 'trust.report_course_not_installed', params: { file, course: report.pack.title, id: report.pack.id } };
  if (classPack !== undefined && report.pack.id !== classPack) {
    return { code: 'trust.report_other_course', params: { file, course: report.pack.title, expected: installedPack(classPack)?.title.en ?? classPack } };
  }
  if (report.schema === REPORT_SCHEMA && report.pack.publisherKey !== (manifest.publisherKey ?? null)) {
    return {
      code: 'trust.report_other_publisher',
      params: { file, course: manifest.title.en, fingerprint: report.pack.publisherKey ? fingerprint(report.pack.publisherKey) : '—', pinned: manifest.publisherKey ? fingerprint(manifest.publisherKey) : '—' },
    };
  }
  return { fileName: file, report, hash: sha256Hex(f.content), content: f.content, signer };
}

/** Installed manifests by pack id, each read once per call. */
function installedPacks(ctx: ServiceContext): Installed {
  const manifests = new Map<string, CourseManifest | null>();
  return (id) => {
    if (!manifests.has(id)) {
      const row = getPack(ctx.db, id);
      manifests.set(id, row ? storedManifest(row.manifest) : null);
    }
    return manifests.get(id)!;
  };
}

/** Each file judged: a report's text, or a certificate PDF's report (certificate-read.ts). */
async function judgeFiles(installedPack: Installed, files: readonly ReportFile[], classPack: string | undefined): Promise<(Accepted | Refusal)[]> {
  const now = Date.now();
  const out: (Accepted | Refusal)[] = [];
  for (const f of files) {
    const text = await reportText(f);
    const judged = text.ok ? judgeReport(installedPack, { fileName: f.fileName, content: text.content }, now, classPack) : text.problem;
    out.push('code' in judged ? { fileName: f.fileName, problem: judged } : judged);
  }
  return out;
}

export async function importReports(ctx: ServiceContext, files: readonly ReportFile[], classPack?: string) {
  let added = 0;
  let duplicates = 0;
  const refused: Refusal[] = [];
  const accepted: { fileName: string; status: 'added' | 'duplicate'; trainee: string; packId: string }[] = [];
  const valid: Accepted[] = [];
  if (classPack !== undefined) requirePack(ctx, classPack);
  for (const judged of await judgeFiles(installedPacks(ctx), files, classPack)) {
    if ('problem' in judged) refused.push(judged);
    else valid.push(judged);
  }
  const at = nowIso();
  ctx.db.transaction(() => {
    for (const { report, hash, content, signer, fileName } of valid) {
      const trainee = normaliseName(report.trainee);
      // Stored as received: the signature is checked again on these very bytes by the class table.
      const isNew = putClassReport(ctx.db, { sha256: hash, pack_id: report.pack.id, trainee, body: content, generated_at: report.generatedAt, signer_key: signer, at });
      if (isNew) added++;
      else duplicates++;
      accepted.push({ fileName, status: isNew ? 'added' : 'duplicate', trainee, packId: report.pack.id });
    }
  })();
  return { added, duplicates, refused, accepted };
}

/**
 * What a report or certificate proves, without storing it: the checks an import makes (signature,
 * dates, course, publisher), then each mentor approval and each mentor's score card against the
 * pack's mentors as installed here.
 */
export async function verifyReports(ctx: ServiceContext, files: readonly ReportFile[]) {
  const installedPack = installedPacks(ctx);
  return (await judgeFiles(installedPack, files, undefined)).map((judged) => {
    if ('problem' in judged) return { fileName: judged.fileName, ok: false as const, problem: judged.problem };
    const { report, signer } = judged;
    const manifest = installedPack(report.pack.id)!;
    const titles = new Map(manifest.modules.flatMap((m) => m.exercises.map((e) => [e.id, e] as const)));
    const approvals = report.activities.flatMap((a) => {
      const exercise = titles.get(a.id);
      if (a.kind !== 'exercise' || exercise?.completion !== 'mentor_approved' || a.status !== 'done') return [];
      const checked = checkApproval('approval' in a ? a.approval : null, { manifest, exerciseId: a.id, traineeKey: signer });
      return [{ exerciseId: a.id, title: exercise.title, status: checked.status, mentor: checked.mentor }];
    });
    // Every exercise's latest score card, checked as the class view checks it (any completion rule: a mentor may score a draft-only exercise).
    const reviews = report.activities.flatMap((a) => {
      const exercise = titles.get(a.id);
      const card = a.kind === 'exercise' ? activityReview(a) : undefined;
      if (!exercise || !card) return [];
      return [labelledReview(exercise, card, checkReviewScore(card, { manifest, exerciseId: a.id, traineeKey: signer }))];
    });
    return {
      fileName: judged.fileName,
      ok: true as const,
      trainee: normaliseName(report.trainee),
      packId: report.pack.id,
      course: manifest.title,
      revision: report.pack.revision,
      done: report.summary.done,
      total: report.summary.total,
      generatedAt: report.generatedAt,
      signedBy: signer ? fingerprint(signer) : null,
      approvals,
      reviews,
    };
  });
}

interface Claim {
  key: string | null;
  rows: ClassReportMeta[];
}

/**
 * A trainee's reports grouped by the key that signed them, in the order the keys were first
 * seen. The row belongs to the first key that signed one (unsigned reports only when none did).
 */
function claimsOf(rows: ClassReportMeta[]): { owner: Claim; others: Claim[] } {
  const byKey = new Map<string | null, Claim>();
  for (const r of rows) {
    const claim = byKey.get(r.signer_key) ?? { key: r.signer_key, rows: [] };
    claim.rows.push(r);
    byKey.set(r.signer_key, claim);
  }
  const claims = [...byKey.values()];
  const owner = claims.find((c) => c.key !== null) ?? claims[0];
  return { owner, others: claims.filter((c) => c !== owner) };
}

/** Stamps compared as instants: "…T23:00-10:00" is later than "…T05:00Z" of the next day. */
const stamp = (r: ClassReportMeta) => instantMs(r.generated_at) ?? 0;

function latestOf(rows: ClassReportMeta[]): ClassReportMeta {
  // Two different reports stamped with the same time: the one imported first stands.
  return rows.reduce((best, r) => (stamp(r) > stamp(best) ? r : best));
}

/**
 * Claims worth flagging on a row: any other key; unsigned reports only when they are newer than
 * the row's first signed one (older unsigned reports are what the trainee sent before reports were
 * signed, not a second claimant).
 */
function flagged(owner: Claim, others: Claim[]): Claim[] {
  if (owner.key === null) return others;
  const signedFrom = Math.min(...owner.rows.map(stamp));
  return others.filter((c) => c.key !== null || c.rows.some((r) => stamp(r) > signedFrom));
}

function rowFor(ctx: ServiceContext, manifest: CourseManifest, meta: ClassReportMeta, others: Claim[]): ClassRow | null {
  const body = getClassReportBody(ctx.db, meta.sha256);
  if (body === undefined) return null;
  // The body was validated (schema, dates, totals) and its signature checked when it was imported,
  // and stored exactly as received; the key that signed it was recorded then. Only the approvals
  // inside are checked now, against the pack as it is installed today. A row damaged by hand in
  // the database is left out rather than failing the whole table.
  try {
    const report = JSON.parse(body) as AnyReport;
    if (report.schema !== REPORT_SCHEMA && report.schema !== REPORT_SCHEMA_V1) return null;
    const signer = meta.signer_key;
    const derived = deriveClassRow(
      manifest,
      report,
      (approval, exerciseId) => checkApproval(approval, { manifest, exerciseId, traineeKey: signer }),
      (card, exerciseId) => checkReviewScore(card, { manifest, exerciseId, traineeKey: signer }),
    );
    return {
      trainee: meta.trainee,
      ...derived,
      signedBy: signer ? { fingerprint: fingerprint(signer) } : null,
      otherClaims: others.map((c) => ({ fingerprint: c.key ? fingerprint(c.key) : null, reports: c.rows.length, latestAt: latestOf(c.rows).generated_at })),
    };
  } catch {
    return null;
  }
}

/** One row per trainee (names compared normalised): their latest report under their own key. */
export function classTable(ctx: ServiceContext, packId: string) {
  const manifest = requirePack(ctx, packId);
  const cutoff = Date.now() + CLOCK_SKEW_MS;
  const byTrainee = new Map<string, ClassReportMeta[]>();
  for (const row of listClassReportMeta(ctx.db, packId)) {
    // A report stamped in the future (imported before dates were checked) never tops a row.
    const at = instantMs(row.generated_at);
    if (at === null || at > cutoff) continue;
    const key = nameKey(row.trainee);
    byTrainee.set(key, [...(byTrainee.get(key) ?? []), row]);
  }
  const exercises = manifest.modules.flatMap((m) =>
    m.exercises.map((e) => ({ id: e.id, moduleId: m.id, title: e.title, completion: e.completion, ...(e.due ? { due: e.due } : {}), ...(e.quiz ? { questions: e.quiz.questions.map((q) => ({ id: q.id, prompt: q.prompt })) } : {}),
      ...(e.rubric ? { rubric: e.rubric.map((c) => ({ id: c.id, label: c.label, max: c.max })) } : {}),
    })),
  );
  const rows: ClassRow[] = [];
  for (const group of byTrainee.values()) {
    const { owner, others } = claimsOf(group);
    const row = rowFor(ctx, manifest, latestOf(owner.rows), flagged(owner, others));
    if (row) rows.push(row);
  }
  rows.sort((a, b) => a.trainee.localeCompare(b.trainee, 'id'));
  return { revision: manifest.revision, modules: manifest.modules.map((m) => ({ id: m.id, title: m.title })), exercises, rows };
}
