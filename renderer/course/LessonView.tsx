/**
 * A lesson: the pack's Markdown rendered without raw HTML (react-markdown never injects it), links
 * shown as text unless https, and images loaded from the pack only — through the contract, never
 * from the network — as blob URLs.
 */
import { useEffect, useState } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api.ts';

function PackImage({ packId, base, src, alt }: { packId: string; base: string; src: string; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    // Relative to the lesson file, as Markdown authors write them; the back end serves only listed files.
    const path = new URL(src, `pack:/${base}`).pathname.replace(/^\//, '');
    let revoke: string | null = null;
    invoke('course.file', { packId, path }).then(
      (f) => {
        if (f.encoding !== 'base64') return;
        revoke = URL.createObjectURL(new Blob([Uint8Array.from(atob(f.content), (c) => c.charCodeAt(0))], { type: f.mimeType }));
        setUrl(revoke);
      },
      () => setUrl(null),
    );
    return () => {
      if (revoke) URL.revokeObjectURL(revoke);
    };
  }, [packId, base, src]);
  return url ? <img src={url} alt={alt} /> : <span className="muted">[{alt}]</span>;
}

export function LessonView({ packId, file, title, done, onDone }: { packId: string; file: string; title: string; done: boolean; onDone(): void }) {
  const { t } = useTranslation('training');
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    invoke('course.file', { packId, path: file }).then((f) => setText(f.content), () => setText(''));
  }, [packId, file]);
  const components: Components = {
    img: ({ src, alt }) => <PackImage packId={packId} base={file} src={String(src ?? '')} alt={alt ?? ''} />,
    a: ({ href, children }) => (href && /^https:\/\//.test(href) ? <a href={href} target="_blank" rel="noreferrer noopener">{children}</a> : <span>{children}</span>),
  };
  return (
    <article className="lesson" data-testid="lesson" aria-label={title}>
      {text === null ? <p className="muted">{t('loading')}</p> : <Markdown components={components}>{text}</Markdown>}
      <button type="button" className={done ? '' : 'primary'} onClick={onDone} disabled={done} data-testid="lesson-done">
        {done ? t('lessonDone') : t('markDone')}
      </button>
    </article>
  );
}
