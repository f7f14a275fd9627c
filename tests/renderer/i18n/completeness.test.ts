/** Every visible string exists in English and Bahasa Indonesia, with the same parameters. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.join(import.meta.dirname, '../../../renderer/i18n');

type Tree = { [k: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((acc, [k, v]) => {
    if (typeof v === 'string') acc[prefix + k] = v;
    else Object.assign(acc, flatten(v, `${prefix}${k}.`));
    return acc;
  }, {});
}
const load = (lang: string, ns: string) => flatten(JSON.parse(fs.readFileSync(path.join(DIR, lang, `${ns}.json`), 'utf8')) as Tree);
const params = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
/** i18next plural forms: Indonesian has no plural, so "_one"/"_other" pairs may differ per language. */
const base = (k: string) => k.replace(/_(one|other|zero|two|few|many)$/, '');

const namespaces = fs.readdirSync(path.join(DIR, 'en')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));

describe('translations', () => {
  it('has the same namespaces in both languages', () => {
    expect(fs.readdirSync(path.join(DIR, 'id')).filter((f) => f.endsWith('.json')).sort()).toEqual(namespaces.map((n) => `${n}.json`).sort());
  });

  for (const ns of namespaces) {
    it(`${ns}: every key in both languages, non-empty, same parameters`, () => {
      const en = load('en', ns);
      const id = load('id', ns);
      expect(new Set(Object.keys(id).map(base))).toEqual(new Set(Object.keys(en).map(base)));
      for (const [k, v] of Object.entries(en)) {
        expect(v.trim(), `en ${ns}:${k}`).not.toBe('');
        const other = id[k] ?? id[`${base(k)}_other`] ?? id[base(k)];
        expect(other?.trim(), `id ${ns}:${k}`).toBeTruthy();
        expect(params(other), `params of ${ns}:${k}`).toEqual(params(v));
      }
    });
  }
});
