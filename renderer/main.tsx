import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { invoke } from './api.ts';
import { answerFlushRequests } from './autosave/flush-on-close.ts';
import { loadScreenplayFonts } from './fonts.ts';
import { browserLanguage, initI18n } from './i18n/index.ts';
import { dropTokenFromAddressBar } from './web-session.ts';
import './app.css';

async function start() {
  dropTokenFromAddressBar();
  loadScreenplayFonts();
  answerFlushRequests();
  let settings = null;
  try {
    settings = await invoke('settings.get', {});
  } catch {
    // The back end is unreachable: the app still starts and shows the error where it matters.
  }
  await initI18n(settings?.language ?? browserLanguage());
  createRoot(document.getElementById('root')!).render(<App initialSettings={settings} />);
}

void start();
