/**
 * Translation for the Node side — CLI, PDF writer, services, the browser host's pages — through one
 * i18next instance over the same shared/i18n/<lang>/<namespace>.json files the UI bundles, so
 * plurals (`_one`/`_other`) and interpolation work as they do in the app. A namespace is read from
 * disk the first time it is asked for, in the language asked and in English (the fallback): a CLI
 * command that prints one line reads one or two small files, not all of them.
 *
 * Language: NASKAH_LANG, else LC_ALL / LANG ("id_ID.UTF-8", "ko_KR.UTF-8"), else English.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { i18n } from 'i18next';
import { errorKey, type AppErrorData } from '../shared/errors.ts';
import { FALLBACK_LANGUAGE, I18NEXT_OPTIONS, languageOfTag, type Language } from '../shared/i18n/languages.ts';
import { REPO_ROOT } from './repo-root.ts';

export type Params = Record<string, string | number>;

const require = createRequire(import.meta.url);
let i18nInstance: i18n | undefined;

/**
 * The i18next instance, loaded and set up on the first translation: a command that prints nothing
 * translated (a successful `naskah convert`) never loads i18next, a few milliseconds of every start.
 * Through require() because translate() is synchronous; i18next ships the same build for require.
 */
function instance(): i18n {
  if (!i18nInstance) {
    const i18next = require('i18next') as i18n;
    i18nInstance = i18next.createInstance();
    // Resources given and initAsync off: init is synchronous, so translate() can be too.
    void i18nInstance.init({ ...I18NEXT_OPTIONS, supportedLngs: [...I18NEXT_OPTIONS.supportedLngs], lng: FALLBACK_LANGUAGE, resources: {}, ns: [], initAsync: false, partialBundledLanguages: true });
  }
  return i18nInstance;
}

/** The first of NASKAH_LANG, LC_ALL, LANG that is set decides, as POSIX has LC_ALL override LANG. */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  return languageOfTag(env.NASKAH_LANG || env.LC_ALL || env.LANG) ?? FALLBACK_LANGUAGE;
}

function ensureLoaded(lang: string, ns: string): void {
  if (instance().hasResourceBundle(lang, ns)) return;
  const file = path.join(REPO_ROOT, 'shared', 'i18n', lang, `${ns}.json`);
  // A namespace a language lacks is an empty bundle: i18next then falls back to English.
  const tree = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as object) : {};
  instance().addResourceBundle(lang, ns, tree, true, true);
}

/**
 * The text of `ns:key` in `lang` (English where the language lacks it), with `params` filled in
 * and the plural form picked by `params.count`; `ns:key` itself when no language has it.
 */
export function translate(ns: string, key: string, params: Params = {}, lang: string = cliLanguage()): string {
  const lng = languageOfTag(lang) ?? FALLBACK_LANGUAGE;
  ensureLoaded(lng, ns);
  ensureLoaded(FALLBACK_LANGUAGE, ns);
  const options = { ...params, ns, lng };
  if (!instance().exists(key, options)) return `${ns}:${key}`;
  return instance().t(key, options) as string;
}

export function translateError(error: AppErrorData, lang: string = cliLanguage()): string {
  const { ns, key } = errorKey(error.code);
  const text = translate(ns, key, error.params, lang);
  return text === `${ns}:${key}` ? `${error.code} ${JSON.stringify(error.params)}` : text;
}

/** "1 scene", "3 scenes", "3 adegan", "씬 3개": a counted noun of common:counts, in its plural form. */
export function counted(noun: string, count: number, lang: string = cliLanguage()): string {
  return translate('common', `counts.${noun}`, { count }, lang);
}
