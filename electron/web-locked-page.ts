/**
 * The page browser mode shows instead of the app when a visit brings neither the token nor this
 * host's session cookie: where the right link is (the terminal that started Naskah), in the
 * browser's language. It is plain HTML with no script, so it works under the strict CSP.
 */
import { FALLBACK_LANGUAGE, languageOfTag, type Language } from '../shared/i18n/languages.ts';
import { translate } from './i18n.ts';

export type LockReason = 'no_token' | 'wrong_token';

/** The UI language the browser's Accept-Language ranks highest; English when it names none of ours. */
export function pageLanguage(acceptLanguage: string | undefined): Language {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: languageOfTag(tag), q: q === undefined ? 1 : Number(q), order };
    })
    .filter((r) => r.lang !== undefined && r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked[0]?.lang ?? FALLBACK_LANGUAGE;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function lockedPage(opts: { reason: LockReason; lang: Language; origin: string }): string {
  const t = (key: string) => escapeHtml(translate('web', `locked.${key}`, {}, opts.lang));
  const example = `${opts.origin}/?token=…`;
  return `<!doctype html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('title')}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1.5rem; color: #1d1d1f; background: #fafaf7; }
  h1 { font-size: 1.4rem; }
  code { display: block; padding: .6rem .8rem; margin: 1rem 0; background: #eeece4; border-radius: 6px; font-size: .95rem; overflow-wrap: anywhere; }
  .note { color: #555; font-size: .9rem; }
</style>
</head>
<body>
<main data-testid="web-locked" data-reason="${opts.reason}">
<h1>${t('heading')}</h1>
${opts.reason === 'wrong_token' ? `<p>${t('wrongToken')}</p>` : ''}
<p>${t('whereLink')}</p>
<code>${escapeHtml(example)}</code>
<p>${t('openWhole')}</p>
<p class="note">${t('why')}</p>
</main>
</body>
</html>
`;
}
