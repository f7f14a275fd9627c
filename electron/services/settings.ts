/** app.info and settings: defaults follow the OS locale (Indonesian or Korean → that language and A4). */
import { settingsSchema, type Settings, type settingsApi } from '../../shared/api/settings.ts';
import { languageOfTag } from '../../shared/i18n/languages.ts';
import { readSettings, writeSettings } from '../store/settings.ts';
import type { ServiceContext } from './context.ts';
import type { HandlersFor } from './handlers.ts';

export function defaultSettings(locale: string): Settings {
  // A locale of Indonesia ("en-ID") means Bahasa Indonesia; Indonesian and Korean scripts print on A4.
  const language = /[-_]ID$/i.test(locale) ? 'id' : (languageOfTag(locale) ?? 'en');
  return { language, paper: language === 'en' ? 'letter' : 'a4', afterDialogue: 'action', theme: 'light', automaticContd: true };
}

export function currentSettings(ctx: ServiceContext): Settings {
  const merged = { ...defaultSettings(ctx.locale), ...readSettings(ctx.db) };
  const parsed = settingsSchema.safeParse(merged);
  // A stored value from an older version that no longer validates falls back to the defaults.
  return parsed.success ? parsed.data : defaultSettings(ctx.locale);
}

export function settingsHandlers(ctx: ServiceContext): HandlersFor<typeof settingsApi> {
  return {
    'app.info': () => ({
      version: ctx.appVersion,
      dataDir: ctx.dataDir,
      host: ctx.host === 'electron' ? 'electron' : 'web',
      locale: ctx.locale,
      recovery: ctx.recovery ?? null,
    }),
    'settings.get': () => currentSettings(ctx),
    'settings.set': (input) => {
      writeSettings(ctx.db, input);
      return currentSettings(ctx);
    },
  };
}
