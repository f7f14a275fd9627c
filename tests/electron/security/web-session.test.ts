/** Browser mode's lock, the pure parts: the token, the cookie, the comparison, the locked page's language. */
import { describe, expect, it } from 'vitest';
import { cookieValues, hasSession, launchUrl, sameSecret, sessionCookieHeader, sessionCookieName, sessionValue, tokenInQuery, webToken } from '../../../electron/security/web-session.ts';
import { lockedPage, pageLanguage } from '../../../electron/web-locked-page.ts';

describe('web session', () => {
  it('takes NASKAH_WEB_TOKEN when set, else makes a fresh random token each run', () => {
    expect(webToken({ NASKAH_WEB_TOKEN: 'for-a-script' })).toEqual({ token: 'for-a-script', fromEnv: true });
    const runs = new Set(Array.from({ length: 50 }, () => webToken({}).token));
    expect(runs.size).toBe(50);
    for (const t of runs) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // An empty variable is not a token.
    expect(webToken({ NASKAH_WEB_TOKEN: '' }).fromEnv).toBe(false);
  });

  it('puts any token in the link safely encoded', () => {
    expect(launchUrl('http://127.0.0.1:5180', 'abc')).toBe('http://127.0.0.1:5180/?token=abc');
    const odd = 'a b&c=d#e%f';
    const url = new URL(launchUrl('http://127.0.0.1:5180', odd));
    expect(url.searchParams.get('token')).toBe(odd);
    expect(tokenInQuery(url, odd)).toBe('valid');
  });

  it('compares secrets exactly, whatever their lengths', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    for (const wrong of ['abd', 'ab', 'abcd', '', 'ABC', 'abc ', 'ábc']) expect(sameSecret(wrong, 'abc'), wrong).toBe(false);
    expect(sameSecret('', '')).toBe(true);
  });

  it('names the cookie after the port and derives its value from token and port', () => {
    expect(sessionCookieName(5180)).toBe('naskah-session-5180');
    expect(sessionValue('t', 5180)).not.toBe(sessionValue('t', 5181));
    expect(sessionValue('t', 5180)).not.toBe(sessionValue('u', 5180));
    expect(sessionValue('t', 5180)).toBe(sessionValue('t', 5180));
    expect(sessionCookieHeader('t', 5180)).toBe(`naskah-session-5180=${sessionValue('t', 5180)}; HttpOnly; SameSite=Strict; Path=/`);
  });

  it('finds its cookie among others, and only by its exact name', () => {
    expect(cookieValues('a=1; naskah-session-5180=xyz; b=2', 'naskah-session-5180')).toEqual(['xyz']);
    expect(cookieValues('naskah-session-51800=xyz; xnaskah-session-5180=1', 'naskah-session-5180')).toEqual([]);
    expect(cookieValues('naskah-session-5180=a; naskah-session-5180=b', 'naskah-session-5180')).toEqual(['a', 'b']);
    expect(cookieValues(undefined, 'x')).toEqual([]);
    const good = `naskah-session-5180=${sessionValue('t', 5180)}`;
    expect(hasSession(good, 't', 5180)).toBe(true);
    expect(hasSession(`naskah-session-5180=stale; ${good}`, 't', 5180)).toBe(true);
    expect(hasSession(good, 't', 5181)).toBe(false);
    expect(hasSession(good, 'u', 5180)).toBe(false);
    expect(hasSession('', 't', 5180)).toBe(false);
  });

  it('reads the token from the query: none, this run’s, or wrong (also when given twice)', () => {
    const q = (s: string) => tokenInQuery(new URL(`http://127.0.0.1:1/${s}`), 'tok');
    expect(q('')).toBe('none');
    expect(q('?x=1')).toBe('none');
    expect(q('?token=tok')).toBe('valid');
    expect(q('?x=1&token=tok#h')).toBe('valid');
    for (const s of ['?token=', '?token=TOK', '?token=tok&token=tok', '?token=to']) expect(q(s), s).toBe('wrong');
  });
});

describe('locked page', () => {
  it('speaks the language the browser ranks higher, English by default', () => {
    expect(pageLanguage(undefined)).toBe('en');
    expect(pageLanguage('')).toBe('en');
    expect(pageLanguage('id')).toBe('id');
    expect(pageLanguage('id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('id');
    expect(pageLanguage('en-US,en;q=0.9,id;q=0.8')).toBe('en');
    expect(pageLanguage('fr-FR, id;q=0.5, en;q=0.4')).toBe('id');
    expect(pageLanguage('en;q=0.3, id;q=0.6')).toBe('id');
    expect(pageLanguage('id;q=0, en;q=0.1')).toBe('en');
    expect(pageLanguage('ko-KR')).toBe('ko');
    expect(pageLanguage('fr-FR')).toBe('en');
  });

  it('says where the link is, in English and Indonesian, without script', () => {
    const en = lockedPage({ reason: 'no_token', lang: 'en', origin: 'http://127.0.0.1:5180' });
    expect(en).toContain('terminal');
    expect(en).toContain('http://127.0.0.1:5180/?token=…');
    expect(en).not.toMatch(/<script|\son\w+=/i);
    const id = lockedPage({ reason: 'wrong_token', lang: 'id', origin: 'http://127.0.0.1:5180' });
    expect(id).toContain('terminal');
    expect(id).toContain('Token pada tautan ini tidak cocok');
    expect(id).toContain('lang="id"');
  });
});
