/**
 * The one set of translations (shared/i18n/<lang>/<namespace>.json) is complete in every UI
 * language: the same namespaces and keys, each non-empty and with the same parameters, and each
 * counted string with exactly the plural forms its language has (English one/other; Indonesian and
 * Korean only other, as Intl.PluralRules says). And every error code the back end or shared code
 * throws or returns (electron/, shared/, and the renderer's and scripts' own) has its text in every
 * language, so no user ever sees a bare code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageKey } from '../../../shared/course/messages.ts';
import { LANGUAGES } from '../../../shared/i18n/languages.ts';

const ROOT = path.join(import.meta.dirname, '../../..');
const DIR = path.join(ROOT, 'shared/i18n');

type Tree = { [k: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((acc, [k, v]) => {
    if (typeof v === 'string') acc[prefix + k] = v;
    else Object.assign(acc, flatten(v, `${prefix}${k}.`));
    return acc;
  }, {});
}
const load = (lang: string, ns: string) => flatten(JSON.parse(fs.readFileSync(path.join(DIR, lang, `${ns}.json`), 'utf8')) as Tree);
const params = (s: string) => new Set([...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]));
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (k: string) => k.replace(PLURAL, '');
const namespacesOf = (lang: string) => fs.readdirSync(path.join(DIR, lang)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

/**
 * base key → { plural forms present (empty for a plain key), parameters of all forms }. A key is a
 * plural form only beside its `_other` (i18next's last resort): "too_few" without "too_other" is a
 * plain key that happens to end like one.
 */
function entries(lang: string, ns: string) {
  const texts = load(lang, ns);
  const out = new Map<string, { forms: Set<string>; params: Set<string>; texts: string[] }>();
  for (const [k, v] of Object.entries(texts)) {
    const form = PLURAL.exec(k)?.[1];
    const plural = form !== undefined && `${base(k)}_other` in texts;
    const name = plural ? base(k) : k;
    const e = out.get(name) ?? { forms: new Set<string>(), params: new Set<string>(), texts: [] };
    if (plural) e.forms.add(form);
    for (const p of params(v)) e.params.add(p);
    e.texts.push(v);
    out.set(name, e);
  }
  return out;
}

const namespaces = namespacesOf('en');
const sorted = (s: Iterable<string>) => [...s].sort();

describe('translations', () => {
  it('covers every UI language, each with the same namespaces', () => {
    expect(sorted(fs.readdirSync(DIR).filter((f) => fs.statSync(path.join(DIR, f)).isDirectory()))).toEqual(sorted(LANGUAGES));
    expect(namespaces.length).toBeGreaterThan(10);
    for (const lang of LANGUAGES) expect(namespacesOf(lang), lang).toEqual(namespaces);
  });

  for (const ns of namespaces) {
    it(`${ns}: the same keys in every language, non-empty, same parameters, the language's plural forms`, () => {
      const en = entries('en', ns);
      for (const lang of LANGUAGES) {
        const mine = entries(lang, ns);
        expect(sorted(mine.keys()), `${lang} ${ns}: keys`).toEqual(sorted(en.keys()));
        const categories = sorted(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
        for (const [key, e] of mine) {
          for (const text of e.texts) expect(text.trim(), `${lang} ${ns}:${key}`).not.toBe('');
          // A counted string has its language's forms exactly; a plain string in English stays plain.
          if (en.get(key)!.forms.size > 0) expect(sorted(e.forms), `${lang} ${ns}:${key} plural forms`).toEqual(categories.filter((c) => c === 'one' || c === 'other'));
          else expect(e.forms.size, `${lang} ${ns}:${key} is not counted in English`).toBe(0);
          // The "one" form may say "a scene" instead of {{count}}: compare parameters without count.
          const without = (s: Set<string>) => sorted([...s].filter((p) => p !== 'count'));
          expect(without(e.params), `${lang} ${ns}:${key} parameters`).toEqual(without(en.get(key)!.params));
        }
      }
    });
  }
});

/** Every .ts file under a folder of the repository. */
function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|cts|tsx)$/.test(f)).map((f) => path.join(dir, f));
}

/**
 * The codes a file throws or returns, as written: `new AppError('ns.name'`, `fail('ns.name'`,
 * `problem('ns.name'`, `code: 'ns.name'`; in shared/course the manifest's own problem names
 * (`problem('name'`, zod's `{ error: 'name' }` and `message: 'name'`), which become `course.name`.
 * Codes built at run time from a template are listed in DYNAMIC below.
 */
function codesIn(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:AppError|\bfail|\bproblem|\bcode:)\s*\(?\s*'([a-z]+\.[a-z][a-z0-9_.]*)'/g)) out.push(m[1]);
  if (file.startsWith(path.join('shared', 'course'))) {
    for (const m of text.matchAll(/(?:\bproblem\(|\berror:|\bmessage:)\s*'([a-z][a-z0-9_]*)'/g)) out.push(`course.${m[1]}`);
  }
  return out;
}

/** Codes assembled from a template in the source, spelled out: each must have its text too. */
const DYNAMIC = ['module', 'lesson', 'exercise', 'check', 'rubric'].map((kind) => `course.duplicate_${kind}_id`);

describe('error codes', () => {
  const found = new Map<string, string>();
  for (const file of [...sources('electron'), ...sources('shared'), ...sources('renderer'), ...sources('scripts')]) {
    for (const code of codesIn(file, fs.readFileSync(path.join(ROOT, file), 'utf8'))) if (!found.has(code)) found.set(code, file);
  }
  for (const code of DYNAMIC) found.set(code, '(template)');

  it('finds the codes in the source (the scan itself works)', () => {
    expect(found.size).toBeGreaterThan(150);
    for (const code of ['library.not_found', 'pack.more_problems', 'common.internal', 'coach.long_action', 'course.invalid_id']) expect(found.has(code), code).toBe(true);
  });

  for (const lang of LANGUAGES) {
    it(`every code has its text in ${lang}`, () => {
      const missing: string[] = [];
      const cache = new Map<string, Record<string, string>>();
      for (const [code, file] of found) {
        const { ns, key } = messageKey(code);
        if (!cache.has(ns)) cache.set(ns, fs.existsSync(path.join(DIR, lang, `${ns}.json`)) ? load(lang, ns) : {});
        const texts = cache.get(ns)!;
        if (!(key in texts) && !(`${key}_other` in texts)) missing.push(`${code} (${file}) → ${lang}/${ns}.json ${key}`);
      }
      expect(missing).toEqual([]);
    });
  }
});
