/**
 * The library's "Recent scripts": the same list as File ▸ Open recent. Scripts in the Trash are not
 * in it; it is read again whenever the library changes (a delete, its undo, a restore).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api.ts';
import { useLibraryState } from '../library/library-state.ts';
import { commands } from './registry.ts';
import { useAppState } from './use-commands.ts';
import './commands.css';

export function RecentScripts() {
  const { t } = useTranslation('commands');
  const { recent } = useAppState();
  const { deleted, version, view } = useLibraryState();
  useEffect(() => {
    invoke('recent.list', {}).then(
      (place) => commands.setState({ recent: place.recent }),
      () => {}, // the library shows the back end's error itself
    );
  }, [deleted, version, view]);
  if (recent.length === 0 || view !== 'scripts') return null;
  return (
    <section className="recent-scripts" aria-labelledby="recent-title" data-testid="recent-scripts">
      <h2 id="recent-title">{t('recent.title')}</h2>
      <ul>
        {recent.map((r) => (
          <li key={r.id}>
            <button type="button" data-testid="recent-script" aria-label={t('recent.open', { title: r.title || t('file.untitled') })} onClick={() => commands.run('file.openRecent', r.id)}>
              {r.title || t('file.untitled')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
