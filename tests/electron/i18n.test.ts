/** The back end's i18next instance: plurals, interpolation, fallback and the language it picks. */
import { describe, expect, it } from 'vitest';
import { cliLanguage, counted, translate, translateError } from '../../electron/i18n.ts';

describe('translate', () => {
  it('picks the plural form by count: English one/other, Indonesian and Korean one form', () => {
    expect(counted('scenes', 1, 'en')).toBe('1 scene');
    expect(counted('scenes', 2, 'en')).toBe('2 scenes');
    expect(counted('scenes', 0, 'en')).toBe('0 scenes');
    expect(counted('scenes', 1, 'id')).toBe('1 adegan');
    expect(counted('scenes', 5, 'id')).toBe('5 adegan');
    expect(counted('scenes', 1, 'ko')).toBe('씬 1개');
    expect(counted('scenes', 12, 'ko')).toBe('씬 12개');
  });

  it('builds the library line of `naskah list` without "1 scenes"', () => {
    const line = (lang: string) => translate('cli', 'listMeta', { scenes: counted('scenes', 1, lang), words: counted('words', 1, lang), date: '2026-01-01' }, lang);
    expect(line('en')).toBe('1 scene, 1 word, edited 2026-01-01');
    expect(line('id')).toBe('1 adegan, 1 kata, diubah 2026-01-01');
    expect(line('ko')).toBe('씬 1개, 1단어, 2026-01-01 수정');
  });

  it('fills parameters, plural errors included', () => {
    expect(translateError({ code: 'pack.more_problems', params: { count: 1 } }, 'en')).toMatch(/^… and 1 more problem \(/);
    expect(translateError({ code: 'pack.more_problems', params: { count: 3 } }, 'en')).toMatch(/^… and 3 more problems \(/);
    expect(translateError({ code: 'library.not_found', params: {} }, 'ko')).toBe('그 대본은 (더 이상) 없습니다.');
    expect(translate('review', 'pdf.page', { page: 4 }, 'ko')).toBe('4쪽');
  });

  it('names a key no language has, and an unknown code with its parameters', () => {
    expect(translate('editor', 'no_such_key', {}, 'ko')).toBe('editor:no_such_key');
    expect(translateError({ code: 'nowhere.nothing', params: { a: 1 } }, 'en')).toBe('nowhere.nothing {"a":1}');
  });

  it('falls back to English for an unknown language tag', () => {
    expect(translate('library', 'untitled', {}, 'fr')).toBe('Untitled');
    expect(translate('library', 'untitled', {}, 'ko-KR')).toBe('제목 없음');
  });
});

describe('cliLanguage', () => {
  it('reads NASKAH_LANG, then LC_ALL, then LANG', () => {
    expect(cliLanguage({})).toBe('en');
    expect(cliLanguage({ LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(cliLanguage({ LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(cliLanguage({ LC_ALL: 'ko_KR.UTF-8', LANG: 'id_ID.UTF-8' })).toBe('ko');
    expect(cliLanguage({ NASKAH_LANG: 'en', LANG: 'ko_KR.UTF-8' })).toBe('en');
    expect(cliLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLanguage({ LC_ALL: 'C', LANG: 'ko_KR.UTF-8' })).toBe('en');
  });
});
