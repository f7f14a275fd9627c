/** The media area's handlers: the streamed pack upload's receipt and a lesson's reading script. */
import type { mediaApi } from '../../shared/api/media.ts';
import { AppError } from '../../shared/errors.ts';
import { parseFdx } from '../../shared/screenplay/fdx/parse.ts';
import { parseFountain } from '../../shared/screenplay/fountain/parse.ts';
import { existingUpload } from '../course/uploads.ts';
import { getPackFile } from '../store/course.ts';
import type { ServiceContext } from './context.ts';
import { requirePack } from './course-progress.ts';
import type { HandlersFor } from './handlers.ts';

export function mediaHandlers(ctx: ServiceContext): HandlersFor<typeof mediaApi> {
  return {
    // The host has already streamed the body to uploads/<upload>; this only confirms it is whole.
    'media.uploadPack': ({ upload, size }) => {
      existingUpload(ctx.dataDir, upload, size);
      return { upload, size };
    },
    'media.readingScript': ({ packId, lessonId }) => {
      const manifest = requirePack(ctx, packId);
      const lesson = manifest.modules.flatMap((m) => m.lessons).find((l) => l.id === lessonId);
      if (!lesson?.script) throw new AppError('pack.unknown_file', { file: lessonId });
      const data = getPackFile(ctx.db, packId, lesson.script);
      if (!data) throw new AppError('pack.unknown_file', { file: lesson.script });
      const text = data.toString('utf8');
      const parsed = lesson.script.toLowerCase().endsWith('.fdx') ? parseFdx(text) : parseFountain(text);
      if (!parsed.ok) throw new AppError('media.script_unreadable', { file: lesson.script });
      return { fileName: lesson.script.split('/').pop()!, screenplay: parsed.value };
    },
  };
}
