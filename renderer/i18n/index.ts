/**
 * i18next set-up for the UI: every shared/i18n/<lang>/<namespace>.json (the one set of
 * translations the back end reads too) is a namespace, bundled at build time (no network). Errors
 * are translated from their code: "ns.name" → t('errors.name', { ns }).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messageKey } from '../../shared/course/messages.ts';
import { AppError, errorKey } from '../../shared/errors.ts';
import { FALLBACK_LANGUAGE, I18NEXT_OPTIONS, languageOfTag, LOCALES, type Language } from '../../shared/i18n/languages.ts';

export { LANGUAGES, type Language } from '../../shared/i18n/languages.ts';

const files = import.meta.glob<{ default: Record<string, unknown> }>('../../shared/i18n/*/*.json', { eager: true });

function resources() {
  const out: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [file, mod] of Object.entries(files)) {
    const m = /\/(\w+)\/([\w-]+)\.json$/.exec(file);
    if (!m) continue;
    (out[m[1]] ??= {})[m[2]] = mod.default;
  }
  return out;
}

export function browserLanguage(): Language {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return FALLBACK_LANGUAGE;
}

/** The language the UI shows now (i18next's, narrowed to ours). */
export function uiLanguage(language: string = i18next.language): Language {
  return languageOfTag(language) ?? FALLBACK_LANGUAGE;
}

/** The locale the UI formats dates in: "id-ID", "ko-KR", "en-GB". */
export function uiLocale(language: string = i18next.language): string {
  return LOCALES[uiLanguage(language)];
}

export async function initI18n(language: Language): Promise<typeof i18next> {
  const res = resources();
  await i18next.use(initReactI18next).init({
    resources: res,
    ...I18NEXT_OPTIONS,
    supportedLngs: [...I18NEXT_OPTIONS.supportedLngs],
    lng: language,
    ns: Object.keys(res[FALLBACK_LANGUAGE] ?? {}),
    defaultNS: 'app',
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function setLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** A translated { code, params } message: errors, pack problems, exercise checks, coach findings. */
export function translateMessage(m: { code: string; params: Record<string, string | number> }): string {
  const { ns, key } = messageKey(m.code);
  if (i18next.exists(key, { ns })) return i18next.t(key, { ns, ...m.params });
  return i18next.t('errors.unknown', { ns: 'common', code: m.code });
}

function isMessage(x: unknown): x is { code: string; params: Record<string, string | number> } {
  return typeof x === 'object' && x !== null && typeof (x as { code?: unknown }).code === 'string' && typeof (x as { params?: unknown }).params === 'object';
}

/** A translated, human message for any error (AppError, a { code, params } problem, or other). */
export function translateError(err: unknown): string {
  if (!(err instanceof AppError) && isMessage(err)) return translateMessage(err);
  if (err instanceof AppError) {
    const { ns, key } = errorKey(err.code);
    if (i18next.exists(key, { ns })) return i18next.t(key, { ns, ...err.params });
    return i18next.t('errors.unknown', { ns: 'common', code: err.code });
  }
  return i18next.t('errors.unknown', { ns: 'common', code: String((err as Error)?.message ?? err) });
}

/** "1 scene", "3 scenes", "3 adegan", "씬 3개": a counted noun of common:counts, in its plural form. */
export function counted(noun: string, count: number): string {
  return i18next.t(`counts.${noun}`, { ns: 'common', count });
}
