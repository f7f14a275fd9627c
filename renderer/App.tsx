/** The app shell: library → script desk, and settings. Theme and language follow settings. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../shared/api/settings.ts';
import { invoke } from './api.ts';
import { setLanguage } from './i18n/index.ts';
import { LibraryScreen } from './library/LibraryScreen.tsx';
import { ScriptScreen } from './library/ScriptScreen.tsx';
import { SettingsScreen } from './settings/SettingsScreen.tsx';
import { ErrorBanner } from './ui/ErrorBanner.tsx';

type Screen = { name: 'library' } | { name: 'script'; id: string } | { name: 'settings' };

const FALLBACK: Settings = { language: 'en', paper: 'letter', afterDialogue: 'action', theme: 'light' };

export function App({ initialSettings }: { initialSettings: Settings | null }) {
  const { t } = useTranslation('app');
  const [settings, setSettings] = useState<Settings>(initialSettings ?? FALLBACK);
  const [screen, setScreen] = useState<Screen>({ name: 'library' });
  const [error, setError] = useState<unknown>(initialSettings ? null : new Error('offline'));

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
  }, [settings.theme]);

  const changeSettings = async (patch: Partial<Settings>) => {
    try {
      const next = await invoke('settings.set', patch);
      setSettings(next);
      if (patch.language) await setLanguage(next.language);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="app">
      <header className="app-header">
        <button type="button" className="brand" onClick={() => setScreen({ name: 'library' })} aria-label={t('goLibrary')}>
          Naskah
        </button>
        <nav className="app-nav" aria-label={t('mainNav')}>
          <button type="button" aria-current={screen.name === 'library'} onClick={() => setScreen({ name: 'library' })}>
            {t('library')}
          </button>
          <button type="button" aria-current={screen.name === 'settings'} onClick={() => setScreen({ name: 'settings' })} data-testid="open-settings">
            {t('settings')}
          </button>
        </nav>
      </header>
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
      <main className="app-main">
        {screen.name === 'library' && <LibraryScreen onOpen={(id) => setScreen({ name: 'script', id })} />}
        {screen.name === 'script' && <ScriptScreen key={screen.id} id={screen.id} settings={settings} onClose={() => setScreen({ name: 'library' })} />}
        {screen.name === 'settings' && <SettingsScreen settings={settings} onChange={changeSettings} />}
      </main>
    </div>
  );
}
