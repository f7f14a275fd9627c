/** The course area's handlers: each contract method mapped onto its use case. */
import { buildPackBytes } from '../course/build-pack.ts';
import type { LoadedPack, ReadOptions } from '../course/manifest-bytes.ts';
import { readZipPack } from '../course/read-zip-pack.ts';
import { existingUpload, removeUpload } from '../course/uploads.ts';
import type { PackRead } from '../course/pack-problems.ts';
import { readFolderPack } from '../course/read-folder-pack.ts';
import { readPackBytes } from '../course/read-pack.ts';
import { uploadProblems, withUploadedFolder, type UploadedFile } from '../course/uploaded-folder.ts';
import { deletePack, getPack, listPacks } from '../store/course.ts';
import type { ServiceContext } from './context.ts';
import type { courseApi } from '../../shared/api/course.ts';
import type { HandlersFor } from './handlers.ts';
import { inspectPack, installPack, installPreview, PREVIEW_SUFFIX, signedBy, storedManifest, sweepMedia } from './course-install.ts';
import { signatureForBuild } from '../course/sign-build.ts';
import { listKeys, signerNamed } from '../trust/key-store.ts';
import { exerciseForScript, linksOf, packFile, progressOf, recordEvent, requirePack, startExercise, submitExercise } from './course-progress.ts';
import { classTable, exportReport, importReports, verifyReports } from './course-reports.ts';
import { certificatePdf } from './course-certificate.ts';
import { recordWriting } from './writing-sessions.ts';
import { quizState, submitQuiz } from './course-quiz.ts';
import { AppError } from '../../shared/errors.ts';

function summaryOf(ctx: ServiceContext, id: string) {
  const row = getPack(ctx.db, id);
  if (!row) throw new AppError('pack.not_installed', { id });
  const manifest = storedManifest(row.manifest);
  const progress = progressOf(ctx, id, manifest);
  return {
    id,
    version: row.version,
    revision: row.revision,
    title: manifest.title,
    description: manifest.description,
    publisher: manifest.publisher,
    signedBy: signedBy(manifest.publisherKey),
    preview: id.endsWith(PREVIEW_SUFFIX),
    installedAt: row.installed_at,
    updatedAt: row.updated_at,
    done: progress.done,
    total: progress.total,
  };
}

export function courseHandlers(ctx: ServiceContext): HandlersFor<typeof courseApi> {
  /** Checks an uploaded folder's paths, then reads it with the folder reader and hands it to `use`. */
  const fromFolder = async <T>(files: UploadedFile[], use: (read: PackRead<LoadedPack>, dir: string) => Promise<T> | T, signature: 'check' | 'skip' = 'check'): Promise<T> => {
    const bad = uploadProblems(files);
    return withUploadedFolder(ctx.dataDir, bad.length > 0 ? [] : files, async (dir) => use(bad.length > 0 ? { ok: false, problems: bad } : await readFolderPack(dir, { signature, storeMediaIn: ctx.dataDir }), dir));
  };
  /** The app signs a build itself when its key store holds the publisher key course.json names. */
  const storedPublisher = (files: UploadedFile[]) => {
    const manifest = files.find((f) => f.path.split('/').pop() === 'course.json');
    let declared: unknown;
    try {
      declared = manifest && (JSON.parse(Buffer.from(manifest.content, 'base64').toString('utf8')) as { publisherKey?: unknown }).publisherKey;
    } catch {
      return null;
    }
    const key = listKeys(ctx.dataDir).find((k) => k.publicKey === declared && k.hasPrivateKey);
    return key ? signerNamed(ctx.dataDir, key.name) : null;
  };

  /** A pack sent as base64 (small packs) or streamed earlier to uploads/ (media.uploadPack). */
  const readSource = (source: { content?: string; upload?: string }, opts: ReadOptions = {}) =>
    source.upload ? readZipPack({ file: existingUpload(ctx.dataDir, source.upload) }, opts) : readPackBytes(Buffer.from(source.content ?? '', 'base64'), opts);

  return {
    'course.checkFolder': ({ files }) => fromFolder(files, (read) => inspectPack(ctx, read)),
    'course.buildFolder': ({ files }) => {
      const signer = storedPublisher(files);
      return fromFolder(
        files,
        async (read) => {
          if (!read.ok) throw new AppError(read.problems[0].code, { ...read.problems[0].params, more: read.problems.length - 1 });
          const m = read.value.manifest;
          const signature = signatureForBuild(read.value, signer ? [signer] : []);
          return { fileName: `${m.id}-${m.version}.naskahpack`, mimeType: 'application/zip', encoding: 'base64' as const, content: (await buildPackBytes(read.value, signature)).toString('base64') };
        },
        signer ? 'skip' : 'check',
      );
    },
    'course.previewFolder': ({ files }) => fromFolder(files, (read) => summaryOf(ctx, installPreview(ctx, read).id)),
    'course.list': () => listPacks(ctx.db).map((p) => summaryOf(ctx, p.id)),
    'course.inspect': async (source) => inspectPack(ctx, await readSource(source)),
    'course.install': async (source) => {
      const installed = installPack(ctx, await readSource(source, { storeMediaIn: ctx.dataDir }));
      if (source.upload) removeUpload(ctx.dataDir, source.upload);
      return summaryOf(ctx, installed.id);
    },
    'course.remove': ({ packId }) => {
      requirePack(ctx, packId);
      deletePack(ctx.db, packId);
      sweepMedia(ctx);
      return { ok: true as const };
    },
    'course.get': ({ packId }) => {
      const manifest = requirePack(ctx, packId);
      return { manifest, progress: progressOf(ctx, packId, manifest), links: linksOf(ctx, packId) };
    },
    'course.file': ({ packId, path }) => packFile(ctx, packId, path),
    'course.record': ({ packId, kind, itemId, data }) => ({ recorded: recordEvent(ctx, packId, kind, itemId, data) }),
    'course.recordWriting': (input) => recordWriting(ctx, input),
    'course.submitExercise': ({ packId, exerciseId }) => submitExercise(ctx, packId, exerciseId),
    'course.quizState': ({ packId, exerciseId }) => quizState(ctx, packId, exerciseId),
    'course.submitQuiz': ({ packId, exerciseId, attempt, answers }) => submitQuiz(ctx, packId, exerciseId, attempt, answers),
    'course.startExercise': ({ packId, exerciseId }) => startExercise(ctx, packId, exerciseId),
    'course.exerciseForScript': ({ scriptId }) => exerciseForScript(ctx, scriptId),
    'course.exportReport': ({ packId, trainee, format }) => exportReport(ctx, packId, trainee, format),
    'course.importReports': ({ files, packId }) => importReports(ctx, files, packId),
    'course.verifyReports': ({ files }) => verifyReports(ctx, files),
    'course.certificate': ({ packId, trainee }) => certificatePdf(ctx, packId, trainee),
    'course.classTable': ({ packId }) => classTable(ctx, packId),
  };
}
