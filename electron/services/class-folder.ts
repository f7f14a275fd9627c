/**
 * The class folder as a use case: where it is (a setting, checked to be a folder), the trainee's
 * publish (the same signed report and review bundle the app exports, written atomically there),
 * and the instructor's poll (electron/class-folder/poll.ts feeding course-reports importReports,
 * which judges and stores each report idempotently). The poll's memory lives with the context:
 * lost on restart, which costs one re-read of the folder and no double import.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { classFolderApi, ClassFolderPoll } from '../../shared/api/class-folder.ts';
import { REPORT_EXTENSION, REPORT_MAX_BYTES } from '../../shared/course/report.ts';
import { AppError } from '../../shared/errors.ts';
import { newPollMemory, pollFolder, type PollMemory } from '../class-folder/poll.ts';
import { publishAtomic } from '../class-folder/publish.ts';
import { readSettings, writeSettings } from '../store/settings.ts';
import type { ServiceContext } from './context.ts';
import { buildReport, importReports } from './course-reports.ts';
import type { HandlersFor } from './handlers.ts';
import { readIdentity } from './review-identity.ts';
import { exportBundle } from './review-trainee.ts';

const SETTING = 'classFolder';
/** A report untouched this long is taken on first sight; one still changing waits for the next poll. */
export const SETTLE_MS = 2_000;

const memories = new WeakMap<ServiceContext, { dir: string; memory: PollMemory }>();

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

export async function pollClassFolder(ctx: ServiceContext, nowMs = Date.now()): Promise<ClassFolderPoll> {
  const dir = requireFolder(ctx);
  let state = memories.get(ctx);
  if (!state || state.dir !== dir) {
    state = { dir, memory: newPollMemory() };
    memories.set(ctx, state);
  }
  const result = await pollFolder(state.memory, dir, (files) => importReports(ctx, files), { nowMs, settleMs: SETTLE_MS, maxBytes: REPORT_MAX_BYTES });
  return { path: dir, ...result };
}

export function classFolderHandlers(ctx: ServiceContext): HandlersFor<typeof classFolderApi> {
  return {
    'classFolder.get': () => ({ path: classFolderPath(ctx) }),
    'classFolder.set': (input) => ({ path: setClassFolder(ctx, input.path) }),
    'classFolder.publish': (input) => publishReport(ctx, input.packId, input.trainee),
    'classFolder.publishBundle': (input) => publishBundle(ctx, input.scriptId),
    'classFolder.poll': () => pollClassFolder(ctx),
  };
}
