/** Named snapshots of the open script: take one, list them, compare one with the draft, restore one (the current draft is kept). */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLocale } from '../i18n/index.ts';
import type { Draft, Snapshot } from '../../shared/api/library.ts';
import { invoke } from '../api.ts';
import { CompareView } from '../compare/CompareView.tsx';

export function SnapshotsPanel(props: { scriptId: string; beforeSnapshot(): Promise<void>; onRestored(d: Draft): void; onError(e: unknown): void }) {
  const { t, i18n } = useTranslation('library');
  const [list, setList] = useState<Snapshot[]>([]);
  const [name, setName] = useState('');
  const [comparing, setComparing] = useState<string | null>(null);
  const refresh = useCallback(() => invoke('snapshot.list', { scriptId: props.scriptId }).then(setList, props.onError), [props]);
  useEffect(() => void refresh(), [refresh]);

  return (
    <aside className="side-panel" aria-label={t('snapshots')}>
      <h2>{t('snapshots')}</h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await props.beforeSnapshot();
            await invoke('snapshot.create', { scriptId: props.scriptId, name: name.trim() || t('snapshotDefault') });
            setName('');
            await refresh();
          } catch (err) {
            props.onError(err);
          }
        }}
      >
        <label>
          {t('snapshotName')}
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('snapshotDefault')} />
        </label>
        <button type="submit">{t('takeSnapshot')}</button>
      </form>
      <ul className="snapshot-list">
        {list.map((s) => (
          <li key={s.id}>
            <div>{s.name}</div>
            <small>{new Date(s.createdAt).toLocaleString(uiLocale(i18n.language))}</small>
            <button type="button" onClick={() => setComparing(s.id)} title={t('compare:view.openHint', { name: s.name })} data-testid="compare-snapshot">
              {t('compare:view.open')}
            </button>
            <button
              type="button"
              onClick={async () => {
                if (!window.confirm(t('restoreConfirm', { name: s.name }))) return;
                try {
                  await props.beforeSnapshot();
                  props.onRestored(await invoke('snapshot.restore', { id: s.id }));
                  await refresh();
                } catch (err) {
                  props.onError(err);
                }
              }}
            >
              {t('restore')}
            </button>
          </li>
        ))}
      </ul>
      {comparing && (
        <CompareView scriptId={props.scriptId} snapshots={list} snapshotId={comparing} flush={props.beforeSnapshot} onError={props.onError} onClose={() => setComparing(null)} />
      )}
    </aside>
  );
}
