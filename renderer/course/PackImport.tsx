/**
 * Importing a course pack: the file is inspected first (every problem listed, or what would be
 * installed or changed), and nothing is installed until the user accepts.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectResult } from '../../shared/api/course.ts';
import { problemLocation } from '../../shared/course/messages.ts';
import { invoke, uploadBinary } from '../api.ts';
import { translateError } from '../i18n/index.ts';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';
import { FilePickButton } from '../ui/FilePickButton.tsx';
import { pick } from './bytes.ts';

/** A pack already inspected elsewhere (opened from the system or dropped), waiting for the user's decision. */
export interface IncomingPack {
  fileName: string;
  content: string;
  result: InspectResult;
}

type Pending = { fileName: string; result: InspectResult } & ({ upload: string } | { content: string });

export function PackImport({ onInstalled, incoming }: { onInstalled(id: string): void; incoming?: IncomingPack | null }) {
  const { t, i18n } = useTranslation('training');
  const trust = useTranslation('trust').t;
  /** The pack waiting for the user's decision: uploaded from a file chooser (streamed), or handed over already read (opened from the system). */
  const [pending, setPending] = useState<Pending | null>(incoming ?? null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (file: File) => {
    setError(null);
    setBusy(true);
    try {
      // The file's bytes stream to the back end as they are read from disk: a pack with video
      // never becomes one base64 string (media.uploadPack, shared/api/media.ts).
      const { upload } = await uploadBinary('media.uploadPack', { fileName: file.name }, file);
      setPending({ fileName: file.name, upload, result: await invoke('course.inspect', { fileName: file.name, upload }) });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const install = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const pack = await invoke('course.install', 'upload' in pending ? { fileName: pending.fileName, upload: pending.upload } : { fileName: pending.fileName, content: pending.content });
      setPending(null);
      onInstalled(pack.id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const r = pending?.result;
  return (
    <div className="pack-import">
      <FilePickButton accept=".naskahpack,.zip" testId="pack-file" disabled={busy} onFiles={(files) => void choose(files[0])}>
        {t('importPack')}
      </FilePickButton>
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
      {r && (
        <div className="dialog" role="dialog" aria-labelledby="pack-import-title" data-testid="pack-inspect">
          <h2 id="pack-import-title">{pending.fileName}</h2>
          {r.status === 'refused' ? (
            <>
              <p>{t('refused', { count: r.problems.length })}</p>
              <ul className="problems" data-testid="pack-problems">
                {r.problems.map((p, i) => (
                  <li key={i}>
                    {typeof p.params.line === 'number' ? <code>{problemLocation(p.params)}</code> : null} {translateError(p)}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <p>
                <strong>{pick(r.pack.title, i18n.language)}</strong> — {r.pack.publisher}, {t('versionRevision', { version: r.pack.version, revision: r.pack.revision })}
              </p>
              <p className="muted">{pick(r.pack.description, i18n.language)}</p>
              <p data-testid="pack-signature" data-signed={r.pack.signedBy ? 'true' : 'false'}>
                {r.pack.signedBy ? trust(r.pack.signedBy.demo ? 'pack.signedDemo' : 'pack.signed', { fingerprint: r.pack.signedBy.fingerprint }) : trust('pack.unsigned')}
                {r.pack.keyChange ? ` ${trust('pack.keyChange', r.pack.keyChange)}` : ''}
              </p>
              <p data-testid="pack-status">{t(`status.${r.status}`, { version: r.installed?.version ?? '', revision: r.installed?.revision ?? 0 })}</p>
              {r.changes.length > 0 && (
                <ul className="changes" data-testid="pack-changes">
                  {r.changes.map((c) => (
                    <li key={`${c.kind}:${c.id}`}>
                      <span className={`change change-${c.change}`}>{t(`change.${c.change}`)}</span> {t(`kind.${c.kind}`)}: {pick(c.title, i18n.language)}
                      {c.from ? ` (${c.from} → ${c.id})` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          <div className="row">
            {r.status === 'new' || r.status === 'update' ? (
              <button type="button" className="primary" onClick={install} disabled={busy} data-testid="pack-install">
                {t(r.status === 'new' ? 'install' : 'update')}
              </button>
            ) : null}
            <button type="button" onClick={() => setPending(null)}>
              {t('close')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
