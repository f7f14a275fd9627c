/** The app shell: library → script desk, and settings. Theme and language follow settings. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../shared/api/settings.ts';
import { invoke } from './api.ts';
import { AppCommands } from './commands/AppCommands.tsx';
import { RecentScripts } from './commands/RecentScripts.tsx';
import { setLanguage } from './i18n/index.ts';
import { CoursesScreen } from './course/CoursesScreen.tsx';
import { DesktopOpenLayer } from './desktop/DesktopOpenLayer.tsx';
import { screenAfterOpen } from './desktop/screen-after-open.ts';
import { useDesktopOpen } from './desktop/use-desktop-open.ts';
import { PackScreen } from './course/PackScreen.tsx';
import { LibraryScreen } from './library/LibraryScreen.tsx';
import { UndoDeleteNotice } from './library/UndoDeleteNotice.tsx';
import { ScriptScreen } from './library/ScriptScreen.tsx';
import { MentorScreen } from './review/MentorScreen.tsx';
import { ReviewSessions } from './review/ReviewSessions.tsx';
import { useMentorQueue } from './review/use-mentor-queue.ts';
import { FeedbackArrivals } from './review/FeedbackArrivals.tsx';
import { SettingsScreen } from './settings/SettingsScreen.tsx';
import { ErrorBanner } from './ui/ErrorBanner.tsx';
import { RecoveryNotice } from './ui/RecoveryNotice.tsx';

type Screen =
  | { name: 'library' }
  | { name: 'script'; id: string }
  | { name: 'settings' }
  | { name: 'courses' }
  | { name: 'pack'; id: string }
  | { name: 'review'; sessionId: string; resumed: boolean; queue?: string[] };

const FALLBACK: Settings = { language: 'en', paper: 'letter', afterDialogue: 'action', theme: 'light', automaticContd: true };

export function App({ initialSettings }: { initialSettings: Settings | null }) {
  const { t } = useTranslation('app');
  const [settings, setSettings] = useState<Settings>(initialSettings ?? FALLBACK);
  const [screen, setScreen] = useState<Screen>({ name: 'library' });
  const [error, setError] = useState<unknown>(initialSettings ? null : new Error('offline'));
  // Files opened from the system or dropped on the window (renderer/desktop/).
  const desktop = useDesktopOpen((outcome) => setScreen((current) => screenAfterOpen(current, outcome) ?? current));

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
  }, [settings.theme]);

  // New bundles from the class folder join the queue being reviewed, behind the current one.
  const queueNew = useCallback(
    (ids: string[]) =>
      setScreen((s) => {
        if (s.name !== 'review') return s;
        const queue = s.queue ?? [s.sessionId];
        return { ...s, queue: [...queue, ...ids.filter((id) => !queue.includes(id))] };
      }),
    [],
  );
  const mentor = useMentorQueue(screen.name === 'library' || screen.name === 'review', queueNew);
  const openReview = (sessionId: string, resumed: boolean, queue?: string[]) => {
    mentor.seen(sessionId);
    setScreen({ name: 'review', sessionId, resumed, queue });
  };

  const openScript = useCallback((id: string) => setScreen({ name: 'script', id }), []);
  const showLibrary = useCallback(() => setScreen({ name: 'library' }), []);
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
          <button type="button" aria-current={screen.name === 'courses' || screen.name === 'pack'} onClick={() => setScreen({ name: 'courses' })} data-testid="open-courses">
            {t('courses')}
          </button>
          <button type="button" aria-current={screen.name === 'settings'} onClick={() => setScreen({ name: 'settings' })} data-testid="open-settings">
            {t('settings')}
          </button>
        </nav>
      </header>
      <RecoveryNotice onLibraryReplaced={() => setScreen({ name: 'library' })} />
      <UndoDeleteNotice onOpenLibrary={() => setScreen({ name: 'library' })} />
      <FeedbackArrivals onOpenScript={openScript} />
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
      <AppCommands
        screen={screen.name === 'library' || screen.name === 'script' ? screen.name : 'other'}
        scriptId={screen.name === 'script' ? screen.id : null}
        settings={settings}
        onSettings={(patch) => void changeSettings(patch)}
        openScript={openScript}
        showLibrary={showLibrary}
        onError={setError}
      />
      <DesktopOpenLayer state={desktop} />
      <main className="app-main">
        {screen.name === 'library' && <RecentScripts />}
        {screen.name === 'library' && <LibraryScreen onOpen={(id) => setScreen({ name: 'script', id })} />}
        {screen.name === 'library' && <ReviewSessions mentor={mentor} onOpen={(sessionId, resumed, queue) => openReview(sessionId, resumed, queue)} />}
        {screen.name === 'review' && (
          <MentorScreen
            key={screen.sessionId}
            sessionId={screen.sessionId}
            resumed={screen.resumed}
            settings={settings}
            queue={screen.queue}
            fresh={mentor.fresh}
            onGoTo={(sessionId) => openReview(sessionId, false, screen.queue)}
            onClose={() => setScreen({ name: 'library' })}
          />
        )}
        {screen.name === 'script' && <ScriptScreen key={screen.id} id={screen.id} settings={settings} onClose={() => setScreen({ name: 'library' })} />}
        {screen.name === 'courses' && (
          <CoursesScreen
            key={desktop.coursesKey}
            incomingPack={desktop.pack}
            openClass={desktop.classPack}
            onIncomingSeen={desktop.incomingSeen}
            onOpenPack={(id) => setScreen({ name: 'pack', id })}
          />
        )}
        {screen.name === 'pack' && <PackScreen packId={screen.id} onOpenScript={(id) => setScreen({ name: 'script', id })} onBack={() => setScreen({ name: 'courses' })} />}
        {screen.name === 'settings' && <SettingsScreen settings={settings} onChange={changeSettings} />}
      </main>
    </div>
  );
}
