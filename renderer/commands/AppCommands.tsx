/**
 * The app shell's commands and the places they open: New, Open/Import, Recent, theme, the paper's
 * zoom, the palette, Help. Mounted once by App; it also connects the registry to the keyboard and
 * the desktop host, keeps the recent list in the registry's state, applies the zoom, and reopens
 * the last open script at start in the desktop app (see reopen.ts).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/api/settings.ts';
import { ZOOM } from '../../shared/commands/command-list.ts';
import { invoke, inDesktopHost } from '../api.ts';
import { flushAll } from '../autosave/flush-on-close.ts';
import { createScript, NewScriptDialog } from '../library/NewScriptDialog.tsx';
import { AboutDialog, GuideDialog } from './AppDialogs.tsx';
import { CommandPalette } from './CommandPalette.tsx';
import { installKeyMap } from './key-map.ts';
import { connectHost } from './host-bridge.ts';
import { startTypewriter } from '../focus/typewriter-scroll.ts';
import '../focus/focus.css';
import { currentFit, subscribeFit } from '../focus/paper-fit.ts';
import { commands } from './registry.ts';
import { nextTheme, paperZoomOf, reopenAtStart, stepZoom } from './shell-rules.ts';
import { useCommandArea } from './use-commands.ts';

export interface AppCommandsProps {
  /** The screen shown now, and the script id when it is the script desk. */
  screen: 'library' | 'script' | 'other';
  scriptId: string | null;
  settings: Settings;
  onSettings(patch: Partial<Settings>): void;
  openScript(id: string): void;
  showLibrary(): void;
  onError(err: unknown): void;
}

/** The library's hidden file input, once the library is on screen (a few frames after asking for it). */
function clickImportInput(tries = 30): void {
  const input = document.querySelector<HTMLInputElement>('[data-testid=import-file]');
  if (input) input.click();
  else if (tries > 0) requestAnimationFrame(() => clickImportInput(tries - 1));
}

export function AppCommands({ screen, scriptId, settings, onSettings, openScript, showLibrary, onError }: AppCommandsProps) {
  const { t } = useTranslation('library');
  const { t: ts } = useTranslation('start');
  const [dialog, setDialog] = useState<'none' | 'palette' | 'about' | 'guide' | 'newScript'>('none');
  // Fit page width follows the room the editor measures (paper-fit.ts); a picked zoom stays put.
  const fit = useSyncExternalStore(subscribeFit, currentFit);
  const zoom = paperZoomOf(settings, fit);
  const zoomFit = settings.paperFit === true;

  useEffect(() => {
    const offKeys = installKeyMap(commands);
    const offHost = connectHost(commands);
    return () => {
      offKeys();
      offHost();
    };
  }, []);

  // Start: the desktop app reopens the script that was open when it closed.
  useEffect(() => {
    void invoke('recent.list', {}).then((place) => {
      commands.setState({ recent: place.recent });
      const id = reopenAtStart({ desktop: inDesktopHost(), lastOpen: place.lastOpen, screen: commands.state.screen });
      if (id) openScript(id);
    }, onError);
    // Once, at start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Opening a script records it; going back to the library means nothing to reopen next time.
  const [wasScript, setWasScript] = useState(false);
  useEffect(() => {
    commands.setState({ screen });
    if (scriptId) {
      setWasScript(true);
      invoke('recent.opened', { id: scriptId }).then((p) => commands.setState({ recent: p.recent }), onError);
    } else if (screen === 'library') {
      const call = wasScript ? invoke('recent.closed', {}) : invoke('recent.list', {});
      call.then((p) => commands.setState({ recent: p.recent }), onError);
    }
    // wasScript only matters at the moment the screen changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [screen, scriptId, onError]);

  useEffect(() => {
    commands.setState({ zoom, zoomFit });
    document.documentElement.style.setProperty('--paper-zoom', String(zoom / 100));
  }, [zoom, zoomFit]);

  // Focus mode and typewriter scrolling: classes on the root (focus.css dims the chrome, makes room to scroll).
  const focusMode = settings.focusMode === true;
  const typewriter = settings.typewriter === true;
  useEffect(() => {
    commands.setState({ focus: focusMode, typewriter });
    const root = document.documentElement.classList;
    root.toggle('focus-mode', focusMode);
    root.toggle('typewriter', typewriter);
    return typewriter ? startTypewriter(document) : undefined;
  }, [focusMode, typewriter]);

  useCommandArea('app', {
    // New asks for a title and a template first; Enter in the dialog accepts a blank script.
    'file.new': () => setDialog('newScript'),
    'file.open': async () => {
      await flushAll();
      showLibrary();
      clickImportInput();
    },
    'file.openRecent': async (id) => {
      if (!id || id === scriptId) return;
      await flushAll();
      openScript(id);
    },
    'view.theme': () => onSettings({ theme: nextTheme(settings.theme) }),
    // A picked zoom wins over fitting until Fit page width is chosen again.
    'view.zoomIn': () => onSettings({ paperZoom: stepZoom(zoom, +1), paperFit: false }),
    'view.zoomOut': () => onSettings({ paperZoom: stepZoom(zoom, -1), paperFit: false }),
    'view.zoomReset': () => onSettings({ paperZoom: ZOOM.default, paperFit: false }),
    'view.zoomFit': () => onSettings({ paperFit: true }),
    'view.focusMode': () => onSettings({ focusMode: !focusMode }),
    'view.typewriter': () => onSettings({ typewriter: !typewriter }),
    'view.palette': () => setDialog((d) => (d === 'palette' ? 'none' : 'palette')),
    'help.guide': () => setDialog('guide'),
    'help.about': () => setDialog('about'),
  });

  const close = () => setDialog('none');
  if (dialog === 'palette') return <CommandPalette onClose={close} />;
  if (dialog === 'about') return <AboutDialog onClose={close} />;
  if (dialog === 'guide') return <GuideDialog onClose={close} />;
  if (dialog === 'newScript')
    return (
      <NewScriptDialog
        onClose={close}
        onCreate={async (title, template) => {
          close();
          try {
            await flushAll();
            const s = await createScript(title, template, (key) => ts(key), t('untitled'));
            openScript(s.id);
          } catch (err) {
            onError(err);
          }
        }}
      />
    );
  return null;
}
