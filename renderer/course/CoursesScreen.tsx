/** Installed course packs with their progress; importing and updating packs; the class view. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackSummary } from '../../shared/api/course.ts';
import { invoke } from '../api.ts';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';
import { pick } from './bytes.ts';
import { ClassTable } from './ClassTable.tsx';
import { InstructorTools } from './InstructorTools.tsx';
import { PackImport, type IncomingPack } from './PackImport.tsx';
import './course.css';

/** `incomingPack` and `openClass`: a pack or report opened from the system or dropped (renderer/desktop/), taken once. */
export function CoursesScreen({
  onOpenPack,
  incomingPack,
  openClass,
  onIncomingSeen,
}: {
  onOpenPack(id: string): void;
  incomingPack?: IncomingPack | null;
  openClass?: string | null;
  onIncomingSeen?(): void;
}) {
  const { t, i18n } = useTranslation('training');
  const trust = useTranslation('trust').t;
  const [packs, setPacks] = useState<PackSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [classPack, setClassPack] = useState<string | null>(openClass ?? null);
  const refresh = useCallback(() => invoke('course.list', {}).then(setPacks, setError), []);
  useEffect(() => void refresh(), [refresh]);
  // Held in this screen's state from here on; coming back later must not show them again.
  useEffect(() => onIncomingSeen?.(), [onIncomingSeen]);

  return (
    <section className="library courses" aria-labelledby="courses-title">
      <div className="library-head">
        <h1 id="courses-title">{t('courses')}</h1>
        <PackImport incoming={incomingPack} onInstalled={() => void refresh()} />
      </div>
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
      {packs?.length === 0 && <p className="muted">{t('noPacks')}</p>}
      <ul className="pack-list">
        {packs?.map((p) => (
          <li key={p.id} className="pack-item" data-testid="pack-item">
            <button type="button" className="pack-open" onClick={() => onOpenPack(p.id)}>
              <strong>
                {pick(p.title, i18n.language)} {p.preview ? <span className="badge">{t('instructor.previewBadge')}</span> : null}
              </strong>
              <span className="muted">
                {p.publisher} · {t('versionRevision', { version: p.version, revision: p.revision })} ·{' '}
                <span data-testid="pack-signed-by">{p.signedBy ? trust(p.signedBy.demo ? 'pack.pinnedDemo' : 'pack.pinned', { fingerprint: p.signedBy.fingerprint }) : trust('pack.notPinned')}</span>
              </span>
              <progress max={p.total || 1} value={p.done} aria-label={t('doneOf', { done: p.done, total: p.total })} />
              <span>{t('doneOf', { done: p.done, total: p.total })}</span>
            </button>
            <button type="button" onClick={() => setClassPack(classPack === p.id ? null : p.id)} aria-expanded={classPack === p.id}>
              {t('classView')}
            </button>
            {p.preview ? (
              <button type="button" onClick={() => void invoke('course.remove', { packId: p.id }).then(refresh, setError)}>
                {t('instructor.removePreview')}
              </button>
            ) : null}
            {classPack === p.id && <ClassTable packId={p.id} />}
          </li>
        ))}
      </ul>
      <InstructorTools onPreview={(id) => onOpenPack(id)} />
    </section>
  );
}
