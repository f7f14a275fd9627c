/**
 * The class folder as a use case: where it is (a setting, checked to be a folder), the trainee's
 * publish (the same signed report and review bundle the app exports, written atomically there),
 * and the instructor's poll (electron/class-folder/poll.ts feeding course-reports importReports,
 * which judges and stores each report — or the report inside a completion certificate PDF —
 * idempotently); the mentor's poll of bundles and the way feedback goes back (published there,
 * polled and imported by the trainee's app). The poll's memory lives with the context:
 * lost on restart, which costs one re-read of the folder and no double import.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BundlePoll, classFolderApi, ClassFolderPoll, FeedbackPoll } from '../../shared/api/class-folder.ts';
import { REPORT_EXTENSION, REPORT_MAX_BYTES } from '../../shared/course/report.ts';
import { AppError, isAppError } from '../../shared/errors.ts';
import { parseFeedback } from '../../shared/review/feedback.ts';
import { REVIEW_LIMITS } from '../../shared/review/limits.ts';
import { isBundleName, isFeedbackName, isPdfName } from '../class-folder/pick.ts';
import { PDF_MAX_BYTES } from '../pdf-import/read-pdf.ts';
import { newPollMemory, pollFolder, type FolderFile, type ImportOutcome, type PollMemory } from '../class-folder/poll.ts';
import { BUNDLE_SPEC, readBundle } from '../review/bundle.ts';
import { FEEDBACK_EXTENSION } from '../review/files.ts';
import { getFeedbackImport } from '../store/feedback-imports.ts';
import { getScript } from '../store/scripts.ts';
import { safeFileName } from './export.ts';
import { publishAtomic } from '../class-folder/publish.ts';
import { readSettings, writeSettings } from '../store/settings.ts';
import type { ServiceContext } from './context.ts';
import { buildReport, importReports } from './course-reports.ts';
import type { HandlersFor } from './handlers.ts';
import { readIdentity } from './review-identity.ts';
import { exportFeedback, openFolderBundle, sessionDetail } from './review-mentor.ts';
import { exportBundle, importFeedback } from './review-trainee.ts';

const SETTING = 'classFolder';
const WATCH_BUNDLES = 'classFolderWatchBundles';
/** A report untouched this long is taken on first sight; one still changing waits for the next poll. */
export const SETTLE_MS = 2_000;

type Kind = 'reports' | 'bundles' | 'feedback';
const memories = new WeakMap<ServiceContext, Map<Kind, { dir: string; memory: PollMemory }>>();

/** This context's memory of the folder for one kind of poll; a new folder starts afresh. */
function memoryFor(ctx: ServiceContext, kind: Kind, dir: string): PollMemory {
  let byKind = memories.get(ctx);
  if (!byKind) memories.set(ctx, (byKind = new Map()));
  let state = byKind.get(kind);
  if (!state || state.dir !== dir) byKind.set(kind, (state = { dir, memory: newPollMemory() }));
  return state.memory;
}

export function classFolderPath(ctx: ServiceContext): string | null {
  const value = readSettings(ctx.db)[SETTING];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The folder must exist and be a folder now; a path to a stick that is not plugged in is refused. */
function checkFolder(dir: string): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch {
    throw new AppError('classfolder.not_found', { path: dir });
  }
  if (!st.isDirectory()) throw new AppError('classfolder.not_folder', { path: dir });
}

export function setClassFolder(ctx: ServiceContext, input: string | null): string | null {
  const trimmed = input?.trim() ?? '';
  if (trimmed === '') {
    writeSettings(ctx.db, { [SETTING]: '' });
    return null;
  }
  if (!path.isAbsolute(trimmed)) throw new AppError('classfolder.not_absolute', { path: trimmed });
  const dir = path.resolve(trimmed);
  checkFolder(dir);
  writeSettings(ctx.db, { [SETTING]: dir });
  return dir;
}

function requireFolder(ctx: ServiceContext): string {
  const dir = classFolderPath(ctx);
  if (dir === null) throw new AppError('classfolder.not_set');
  checkFolder(dir);
  return dir;
}

/** One file per trainee and course: a newer report replaces the older one in place. */
export function classReportName(trainee: string, packId: string): string {
  const slug = (s: string, max: number) => s.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, max);
  return `report-${slug(trainee, 40) || 'trainee'}-${slug(packId, 60) || 'course'}.${REPORT_EXTENSION}`;
}

function publish(dir: string, fileName: string, data: string | Uint8Array): { fileName: string; path: string } {
  try {
    return { fileName, path: publishAtomic(dir, fileName, data) };
  } catch (err) {
    throw new AppError('classfolder.unwritable', { path: dir, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
}

export function publishReport(ctx: ServiceContext, packId: string, trainee?: string): { fileName: string; path: string } {
  const dir = requireFolder(ctx);
  const report = buildReport(ctx, packId, trainee ?? readIdentity(ctx.db).traineeName);
  return publish(dir, classReportName(report.trainee, report.pack.id), JSON.stringify(report, null, 2) + '\n');
}

export async function publishBundle(ctx: ServiceContext, scriptId: string): Promise<{ fileName: string; path: string; snapshotId: string }> {
  const dir = requireFolder(ctx);
  const { file, snapshotId } = await exportBundle(ctx, scriptId);
  // The name carries the trainee's name first; a leading dot would hide it from the mentor's poll.
  const name = await bundleNameIn(dir, file.fileName.replace(/^[.\s]+/, ''), scriptId);
  return { ...publish(dir, name, Buffer.from(file.content, 'base64')), snapshotId };
}

/**
 * The bundle's name in the class folder. Names go by trainee, title and minute, so a bundle of the
 * same script sent again within the minute takes its place (the newer draft is the one to review);
 * but a trainee's two scripts of the same title sent in the same minute must not: the second goes
 * under "… (2)" (a file that cannot be read as a bundle is not ours to replace either).
 */
async function bundleNameIn(dir: string, name: string, scriptId: string): Promise<string> {
  const ext = path.extname(name);
  const base = name.slice(0, name.length - ext.length);
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? name : `${base} (${n})${ext}`;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.join(dir, candidate));
    } catch {
      return candidate; // not there (or unreadable: publishing reports that)
    }
    const there = await readBundle(bytes);
    if (there.ok && there.value.meta.scriptId === scriptId) return candidate;
  }
  return name;
}

/** Why a PDF is no certificate at all (rather than a certificate that is refused): no report inside, or no PDF. */
const NOT_A_CERTIFICATE = new Set(['certificate.not_pdf', 'certificate.no_report', 'certificate.unreadable']);

/**
 * The instructor's poll: reports, and completion certificates (PDFs with the signed report
 * inside, judged as that report). A mentor's notes PDF, or any other PDF without a report, is
 * ignored — not listed as refused; a certificate whose report is already here counts as already
 * there, as the same report file would.
 */
export async function pollClassFolder(ctx: ServiceContext, nowMs = Date.now()): Promise<ClassFolderPoll> {
  const dir = requireFolder(ctx);
  const take = async (files: FolderFile[]): Promise<ImportOutcome> => {
    const { accepted, refused } = await importReports(ctx, files);
    const pdf = new Set(files.filter((f) => f.encoding === 'base64').map((f) => f.fileName));
    const ignored = refused.filter((r) => pdf.has(r.fileName) && NOT_A_CERTIFICATE.has(r.problem.code)).map((r) => r.fileName);
    return { accepted, refused: refused.filter((r) => !ignored.includes(r.fileName)), ignored };
  };
  const binary = { accept: isPdfName, maxBytes: PDF_MAX_BYTES };
  const result = await pollFolder(memoryFor(ctx, 'reports', dir), dir, take, { nowMs, settleMs: SETTLE_MS, maxBytes: REPORT_MAX_BYTES, binary });
  return { path: dir, ...result };
}

/**
 * The mentor's poll: each new review bundle opened as a review session. Opening the same bundle
 * again resumes its session (review-mentor openBundle), so this is idempotent too; a bundle whose
 * session the mentor deleted is skipped (the deletion is kept in the library, so it holds after a
 * restart too). The sessions come back by id, so the mentor's queue can take the new ones in.
 */
export async function pollBundles(ctx: ServiceContext, nowMs = Date.now()): Promise<BundlePoll> {
  const dir = requireFolder(ctx);
  const sessions: BundlePoll['sessions'] = [];
  const open = async (files: { fileName: string; content: string }[]): Promise<ImportOutcome> => {
    const out: ImportOutcome = { accepted: [], refused: [] };
    for (const f of files) {
      try {
        const opened = await openFolderBundle(ctx, f.content);
        if (opened === null) {
          out.accepted.push({ fileName: f.fileName, status: 'skipped' });
          continue;
        }
        const { session, resumed } = opened;
        out.accepted.push({ fileName: f.fileName, status: resumed ? 'duplicate' : 'added' });
        sessions.push({ fileName: f.fileName, sessionId: session.id, resumed });
      } catch (err) {
        if (!isAppError(err)) throw err;
        const { code, params } = err.toData();
        out.refused.push({ fileName: f.fileName, problem: { code, params: { ...params, file: f.fileName } } });
      }
    }
    return out;
  };
  const options = { nowMs, settleMs: SETTLE_MS, maxBytes: BUNDLE_SPEC.maxArchiveBytes, accept: isBundleName, encoding: 'base64' as const, tooLarge: 'classfolder.too_large' };
  return { path: dir, ...(await pollFolder(memoryFor(ctx, 'bundles', dir), dir, open, options)), sessions };
}

/** Whether the mentor screen picks up bundles here: off until the mentor turns it on. */
export function watchBundles(ctx: ServiceContext, watch?: boolean): { watch: boolean } {
  if (watch !== undefined) writeSettings(ctx.db, { [WATCH_BUNDLES]: watch });
  return { watch: readSettings(ctx.db)[WATCH_BUNDLES] === true };
}

/**
 * The feedback file's name in the class folder: the trainee's name first (the folder reads by who
 * it goes to) and one name per review session, so exporting the session again replaces its file
 * and two sessions never overwrite each other.
 */
export function classFeedbackName(traineeName: string, scriptTitle: string, sessionId: string): string {
  const who = traineeName.trim();
  // A leading dot would hide the file from every poller (they skip dot-files as temporaries).
  return safeFileName(`${who ? `${who} - ` : ''}${scriptTitle} - feedback ${sessionId.slice(0, 8)}`, FEEDBACK_EXTENSION).replace(/^[.\s]+/, '');
}

export function publishFeedback(ctx: ServiceContext, sessionId: string): { fileName: string; path: string } {
  const dir = requireFolder(ctx);
  const { session } = sessionDetail(ctx, sessionId);
  const file = exportFeedback(ctx, sessionId);
  return publish(dir, classFeedbackName(session.traineeName, session.scriptTitle, session.id), file.content);
}

/**
 * The trainee's poll: a class folder holds every trainee's feedback, so a file is taken only when
 * it reviews a script in this library (script ids are random, so that is this installation's own
 * work); the rest are skipped without a word. A file already imported as it stands is a
 * duplicate, so a restart re-reads the folder without recording anything twice. The import itself
 * judges each file fully (signature, script, draft) before it writes, as the manual import does.
 */
export async function pollFeedback(ctx: ServiceContext, nowMs = Date.now()): Promise<FeedbackPoll> {
  const dir = requireFolder(ctx);
  const imported: FeedbackPoll['imported'] = [];
  const take = async (files: { fileName: string; content: string }[]): Promise<ImportOutcome> => {
    const out: ImportOutcome = { accepted: [], refused: [] };
    const refuse = (fileName: string, code: string, params: Record<string, string | number>) => out.refused.push({ fileName, problem: { code, params: { ...params, file: fileName } } });
    for (const f of files) {
      const parsed = parseFeedback(f.content, Buffer.byteLength(f.content, 'utf8'));
      if (!parsed.ok) {
        refuse(f.fileName, parsed.error.code, parsed.error.params);
        continue;
      }
      const file = parsed.value;
      if (!getScript(ctx.db, file.scriptId)) {
        out.accepted.push({ fileName: f.fileName, status: 'skipped' });
        continue;
      }
      if (getFeedbackImport(ctx.db, file.scriptId, file.feedbackId)?.exported_at === file.exportedAt) {
        out.accepted.push({ fileName: f.fileName, status: 'duplicate' });
        continue;
      }
      try {
        const result = importFeedback(ctx, file.scriptId, f.content);
        out.accepted.push({ fileName: f.fileName, status: 'added' });
        imported.push({ fileName: f.fileName, scriptId: file.scriptId, scriptTitle: getScript(ctx.db, file.scriptId)?.title ?? file.scriptTitle, reviewerName: result.reviewerName, approved: result.approved });
      } catch (err) {
        if (!isAppError(err)) throw err;
        const { code, params } = err.toData();
        refuse(f.fileName, code, params);
      }
    }
    return out;
  };
  const options = { nowMs, settleMs: SETTLE_MS, maxBytes: REVIEW_LIMITS.feedbackBytes, accept: isFeedbackName, tooLarge: 'classfolder.too_large' };
  return { path: dir, ...(await pollFolder(memoryFor(ctx, 'feedback', dir), dir, take, options)), imported };
}

export function classFolderHandlers(ctx: ServiceContext): HandlersFor<typeof classFolderApi> {
  return {
    'classFolder.get': () => ({ path: classFolderPath(ctx) }),
    'classFolder.set': (input) => ({ path: setClassFolder(ctx, input.path) }),
    'classFolder.publish': (input) => publishReport(ctx, input.packId, input.trainee),
    'classFolder.publishBundle': (input) => publishBundle(ctx, input.scriptId),
    'classFolder.poll': () => pollClassFolder(ctx),
    'classFolder.pollBundles': () => pollBundles(ctx),
    'classFolder.watchBundles': (input) => watchBundles(ctx, input.watch),
    'classFolder.publishFeedback': (input) => publishFeedback(ctx, input.sessionId),
    'classFolder.pollFeedback': () => pollFeedback(ctx),
  };
}
