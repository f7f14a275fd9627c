/**
 * A lesson: the pack's Markdown file, shown through PackMarkdown (no raw HTML, https links only,
 * images from the pack only), with its "mark as done" button.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api.ts';
import { PackMarkdown } from './PackMarkdown.tsx';

export function LessonView({ packId, file, title, done, onDone }: { packId: string; file: string; title: string; done: boolean; onDone(): void }) {
  const { t } = useTranslation('training');
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    invoke('course.file', { packId, path: file }).then((f) => setText(f.content), () => setText(''));
  }, [packId, file]);
  return (
    <article className="lesson" data-testid="lesson" aria-label={title}>
      {text === null ? <p className="muted">{t('loading')}</p> : <PackMarkdown packId={packId} base={file}>{text}</PackMarkdown>}
      <button type="button" className={done ? '' : 'primary'} onClick={onDone} disabled={done} data-testid="lesson-done">
        {done ? t('lessonDone') : t('markDone')}
      </button>
    </article>
  );
}
