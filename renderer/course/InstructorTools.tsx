/**
 * For instructors writing a pack: pick the pack's source folder, check it (every problem, with the
 * place in course.json), preview it as a trainee sees it (installed apart, as "<id>~preview"), and
 * build the .naskahpack to hand out. The same rules as `naskah pack validate|build`.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectResult } from '../../shared/api/course.ts';
import { problemLocation } from '../../shared/course/messages.ts';
import { invoke } from '../api.ts';
import { counted, translateError } from '../i18n/index.ts';
import { download } from '../ui/download.ts';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';
import { fileToBase64 } from '../ui/file-base64.ts';
import { pick } from './bytes.ts';
import { FilePickButton } from '../ui/FilePickButton.tsx';

type Folder = { name: string; files: { path: string; content: string }[] };

export function InstructorTools({ onPreview }: { onPreview(packId: string): void }) {
  const { t, i18n } = useTranslation('training');
  const [folder, setFolder] = useState<Folder | null>(null);
  const [check, setCheck] = useState<InspectResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async (fn: () => Promise<void>) => {
    setError(null);
    setBusy(true);
    try {
      await fn();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const choose = (list: File[]) =>
    run(async () => {
      // webkitRelativePath keeps the folder structure ("my-course/lessons/a.en.md").
      const files = await Promise.all(list.map(async (f) => ({ path: f.webkitRelativePath || f.name, content: await fileToBase64(f) })));
      const next = { name: files[0]?.path.split('/')[0] ?? '', files };
      setFolder(next);
      setCheck(await invoke('course.checkFolder', { files: next.files }));
    });

  return (
    <section className="instructor-tools" aria-labelledby="instructor-title">
      <h2 id="instructor-title">{t('instructor.title')}</h2>
      <p className="muted">{t('instructor.intro')}</p>
      <div className="row">
        <FilePickButton directory disabled={busy} testId="pack-folder" onFiles={(files) => void choose(files)}>
          {t('instructor.chooseFolder')}
        </FilePickButton>
        {folder && check && (
          <>
            <button type="button" onClick={() => void run(async () => setCheck(await invoke('course.checkFolder', { files: folder.files })))} disabled={busy}>
              {t('instructor.recheck')}
            </button>
            <button type="button" disabled={busy || check.status === 'refused'} data-testid="pack-preview" onClick={() => void run(async () => onPreview((await invoke('course.previewFolder', { files: folder.files })).id))}>
              {t('instructor.preview')}
            </button>
            <button type="button" disabled={busy || check.status === 'refused'} data-testid="pack-build" onClick={() => void run(async () => download(await invoke('course.buildFolder', { files: folder.files })))}>
              {t('instructor.build')}
            </button>
          </>
        )}
      </div>
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
      {folder && check && (
        <div role="status" data-testid="folder-check">
          {check.status === 'refused' ? (
            <>
              <p>{t('instructor.problems', { count: check.problems.length, folder: folder.name })}</p>
              <ul className="problems">
                {check.problems.map((p, i) => (
                  <li key={i}>
                    {problemLocation(p.params) ? <code>{problemLocation(p.params)}</code> : null} {translateError(p)}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('instructor.valid', { title: pick(check.pack.title, i18n.language), version: check.pack.version, revision: check.pack.revision, files: counted('files', folder.files.length - 1) })}</p>
          )}
        </div>
      )}
    </section>
  );
}
