/**
 * The class folder as a use case: where it is (a setting, checked to be a folder), the trainee's
 * publish (the same signed report and review bundle the app exports, written atomically there),
 * and the instructor's poll (electron/class-folder/poll.ts feeding course-reports importReports,
 * which judges and stores each report — or the report inside a completion certificate PDF —
 * idempotently). The poll's memory lives with the context:
 * lost on restart, which costs one re-read of the folder and no double import.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { classFolderApi, ClassFolderPoll } from '../../shared/api/class-folder.ts';
import { REPORT_EXTENSION, REPORT_MAX_BYTES } from '../../shared/course/report.ts';
import { AppError, isAppError } from '../../shared/errors.ts';
import { isBundleName, isPdfName } from '../class-folder/pick.ts';
import { PDF_MAX_BYTES } from '../pdf-import/read-pdf.ts';
import { newPollMemory, pollFolder, type FolderFile, type ImportOutcome, type PollMemory } from '../class-folder/poll.ts';
import { BUNDLE_SPEC } from '../review/bundle.ts';
import { publishAtomic } from '../class-folder/publish.ts';
import { readSettings, writeSettings } from '../store/settings.ts';
import type { ServiceContext } from './context.ts';
import { buildReport, importReports } from './course-reports.ts';
import type { HandlersFor } from './handlers.ts';
import { readIdentity } from './review-identity.ts';
import { openBundle } from './review-mentor.ts';
import { exportBundle } from './review-trainee.ts';

const SETTING = 'classFolder';
/** A report untouched this long is taken on first sight; one still changing waits for the next poll. */
export const SETTLE_MS = 2_000;

type Kind = 'reports' | 'bundles';
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

export async function publishBundle(ctx: ServiceContext, scriptId: string): Promise<{ fileName: string; path: string }> {
  const dir = requireFolder(ctx);
  const { file } = await exportBundle(ctx, scriptId);
  return publish(dir, file.fileName, Buffer.from(file.content, 'base64'));
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
 * again resumes its session (review-mentor openBundle), so this is idempotent too.
 */
export async function pollBundles(ctx: ServiceContext, nowMs = Date.now()): Promise<ClassFolderPoll> {
  const dir = requireFolder(ctx);
  const open = async (files: { fileName: string; content: string }[]): Promise<ImportOutcome> => {
    const out: ImportOutcome = { accepted: [], refused: [] };
    for (const f of files) {
      try {
        const { resumed } = await openBundle(ctx, f.content);
        out.accepted.push({ fileName: f.fileName, status: resumed ? 'duplicate' : 'added' });
      } catch (err) {
        if (!isAppError(err)) throw err;
        const { code, params } = err.toData();
        out.refused.push({ fileName: f.fileName, problem: { code, params: { ...params, file: f.fileName } } });
      }
    }
    return out;
  };
  const options = { nowMs, settleMs: SETTLE_MS, maxBytes: BUNDLE_SPEC.maxArchiveBytes, accept: isBundleName, encoding: 'base64' as const, tooLarge: 'classfolder.too_large' };
  return { path: dir, ...(await pollFolder(memoryFor(ctx, 'bundles', dir), dir, open, options)) };
}

export function classFolderHandlers(ctx: ServiceContext): HandlersFor<typeof classFolderApi> {
  return {
    'classFolder.get': () => ({ path: classFolderPath(ctx) }),
    'classFolder.set': (input) => ({ path: setClassFolder(ctx, input.path) }),
    'classFolder.publish': (input) => publishReport(ctx, input.packId, input.trainee),
    'classFolder.publishBundle': (input) => publishBundle(ctx, input.scriptId),
    'classFolder.poll': () => pollClassFolder(ctx),
    'classFolder.pollBundles': () => pollBundles(ctx),
  };
}
