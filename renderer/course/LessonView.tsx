/**
 * A lesson: its video or audio with subtitles (LessonMedia), the pack's Markdown file shown through
 * PackMarkdown (no raw HTML, https links only, images from the pack only), its PDF handouts, its
 * reading script (opened read-only in page view), and the "mark as done" button.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseLesson } from '../../shared/course/manifest-schema.ts';
import { mediaUrl } from '../../shared/course/media/range.ts';
import { invoke } from '../api.ts';
import { pick } from './bytes.ts';
import { LessonMedia } from './LessonMedia.tsx';
import { PackMarkdown } from './PackMarkdown.tsx';
import { ReadingScript } from './ReadingScript.tsx';

export function LessonView({ packId, lesson, file, title, done, onDone }: { packId: string; lesson: CourseLesson; file: string; title: string; done: boolean; onDone(): void }) {
  const { t, i18n } = useTranslation('training');
  const m = useTranslation('media').t;
  const [text, setText] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  useEffect(() => {
    invoke('course.file', { packId, path: file }).then((f) => setText(f.content), () => setText(''));
  }, [packId, file]);
  if (reading) return <ReadingScript packId={packId} lessonId={lesson.id} onClose={() => setReading(false)} />;
  return (
    <article className="lesson" data-testid="lesson" aria-label={title}>
      {lesson.media && <LessonMedia packId={packId} media={lesson.media} title={title} />}
      {text === null ? <p className="muted">{t('loading')}</p> : <PackMarkdown packId={packId} base={file}>{text}</PackMarkdown>}
      {lesson.handouts && lesson.handouts.length > 0 && (
        <section className="lesson-handouts" aria-label={m('handouts')}>
          <h3>{m('handouts')}</h3>
          <ul>
            {lesson.handouts.map((h) => (
              <li key={h.file}>
                {/* Saved, then opened in the system's PDF reader: the app's windows show no PDFs of their own. */}
                <a href={mediaUrl(packId, h.file)} download={h.file.split('/').pop()} data-testid="lesson-handout">
                  {m('openHandout', { title: pick(h.title, i18n.language) })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {lesson.script && (
        <p>
          <button type="button" onClick={() => setReading(true)} data-testid="open-reading-script">
            {m('openScript')}
          </button>
        </p>
      )}
      <button type="button" className={done ? '' : 'primary'} onClick={onDone} disabled={done} data-testid="lesson-done">
        {done ? t('lessonDone') : t('markDone')}
      </button>
    </article>
  );
}
