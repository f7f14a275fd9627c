/** The library's "Recent scripts": the same list as File ▸ Open recent (scripts in the Trash are not in it). */
import { useTranslation } from 'react-i18next';
import { commands } from './registry.ts';
import { useAppState } from './use-commands.ts';
import './commands.css';

export function RecentScripts() {
  const { t } = useTranslation('commands');
  const { recent } = useAppState();
  if (recent.length === 0) return null;
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
