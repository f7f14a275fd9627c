import { describe, expect, it } from 'vitest';
import { needsUserGesture, platformOf, readHostState, withClicks } from '../../../electron/desktop/app-menu.ts';
import { isPrintDocUrl, printDocId, PrintDocs } from '../../../electron/desktop/print-docs.ts';
import { CONTENT_SECURITY_POLICY, cspFor, PRINT_CONTENT_SECURITY_POLICY, withCspHeader } from '../../../electron/security/csp.ts';
import { isTrustedSenderUrl } from '../../../electron/security/trusted-sender.ts';
import { allowNavigation, PRINT_WEB_PREFERENCES, SECURE_WEB_PREFERENCES } from '../../../electron/security/window-policy.ts';
import { INITIAL_APP_STATE } from '../../../shared/commands/app-state.ts';
import { printRequestSchema } from '../../../shared/commands/print-request.ts';

const APP = new URL('app://naskah');
const ID = '0b9c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';

describe('print documents', () => {
  it('serve only ids the store made, at exactly app://naskah/print/<uuid>.pdf', () => {
    const docs = new PrintDocs(APP);
    const pdf = new TextEncoder().encode('%PDF-1.7');
    const { id, url } = docs.add(pdf);
    expect(url).toBe(`app://naskah/print/${id}.pdf`);
    expect(docs.lookup(url)).toBe(pdf);
    expect(docs.lookup(`app://naskah/print/${ID}.pdf`)).toBeNull();
    docs.remove(id);
    expect(docs.lookup(url)).toBeNull();
    expect(docs.size).toBe(0);
  });

  it('refuse look-alike URLs', () => {
    for (const url of [
      `app://naskah.evil/print/${ID}.pdf`,
      `app://evil/print/${ID}.pdf`,
      `app://naskah/print/${ID}.pdf?x=1`,
      `app://naskah/print/${ID}.pdf#page=2`,
      `app://naskah/print/../index.html`,
      `app://naskah/print/${ID}.html`,
      `app://naskah/print/${ID.toUpperCase()}.pdf`,
      `https://naskah/print/${ID}.pdf`,
      'not a url',
    ])
      expect([url, printDocId(url, APP)]).toEqual([url, null]);
    expect(isPrintDocUrl(`app://naskah/print/${ID}.pdf`, APP)).toBe(true);
  });

  it('get their own CSP (the PDF as an object of the app’s origin, nothing else); every other response the app’s', () => {
    const isPrint = (u: string) => isPrintDocUrl(u, APP);
    expect(cspFor(`app://naskah/print/${ID}.pdf`, isPrint)).toBe(PRINT_CONTENT_SECURITY_POLICY);
    expect(cspFor('app://naskah/index.html', isPrint)).toBe(CONTENT_SECURITY_POLICY);
    expect(PRINT_CONTENT_SECURITY_POLICY).toBe("default-src 'none'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(withCspHeader({ 'content-security-policy': 'object-src *' }, PRINT_CONTENT_SECURITY_POLICY)).toEqual({ 'Content-Security-Policy': [PRINT_CONTENT_SECURITY_POLICY] });
  });

  it('open in a window as locked down as the app’s, with only the PDF viewer added and no preload', () => {
    const { plugins, ...rest } = PRINT_WEB_PREFERENCES;
    expect(plugins).toBe(true);
    expect(rest).toEqual(SECURE_WEB_PREFERENCES);
    expect('plugins' in SECURE_WEB_PREFERENCES).toBe(false);
    expect('preload' in PRINT_WEB_PREFERENCES).toBe(false);
    // The print window never navigates either (it is loaded by the host, not by a link).
    expect(allowNavigation(`app://naskah/print/${ID}.pdf`)).toBe(false);
  });

  it('are never a trusted IPC sender, though of the app’s origin', () => {
    expect(isTrustedSenderUrl(`app://naskah/print/${ID}.pdf`, APP)).toBe(false);
    expect(isTrustedSenderUrl('app://naskah/index.html', APP)).toBe(true);
  });

  it('are asked for with a script id and paper only', () => {
    expect(printRequestSchema.safeParse({ scriptId: 'abc', paper: 'a4' }).success).toBe(true);
    expect(printRequestSchema.safeParse({ scriptId: '../x', paper: 'a4' }).success).toBe(false);
    expect(printRequestSchema.safeParse({ scriptId: 'abc', paper: 'legal' }).success).toBe(false);
  });
});

describe('menu wiring', () => {
  const page = { senderFrame: { url: 'app://naskah/index.html' } };
  const good = { language: 'id', state: INITIAL_APP_STATE, script: 'Hujan', saveState: 'unsaved' };

  it('takes the page’s state only from the app’s page and only in its exact shape', () => {
    expect(readHostState(page, good, APP)).toEqual(good);
    expect(readHostState({ senderFrame: { url: 'https://evil.example/' } }, good, APP)).toBeNull();
    expect(readHostState({ senderFrame: null }, good, APP)).toBeNull();
    expect(readHostState(page, { ...good, language: 'fr' }, APP)).toBeNull();
    expect(readHostState(page, { ...good, state: { ...INITIAL_APP_STATE, zoom: 900 } }, APP)).toBeNull();
    expect(readHostState(page, { ...good, script: 'x'.repeat(201) }, APP)).toBeNull();
  });

  it('turns command items into clicks carrying the command and its argument', () => {
    const ran: unknown[] = [];
    const items = withClicks(
      [{ label: 'File', submenu: [{ label: 'Print…', command: 'file.print' }, { label: 'Hujan', command: 'file.openRecent', arg: 'a1' }, { role: 'quit', label: 'Quit' }] }],
      (c, a) => ran.push([c, a]),
    );
    items[0].submenu!.forEach((i) => i.click?.());
    expect(ran).toEqual([
      ['file.print', undefined],
      ['file.openRecent', 'a1'],
    ]);
    expect(items[0].submenu![2]).toEqual({ role: 'quit', label: 'Quit' });
    expect(JSON.stringify(items)).not.toContain('command');
  });

  it('knows the platforms and which command needs a user gesture', () => {
    expect([platformOf('darwin'), platformOf('win32'), platformOf('linux'), platformOf('freebsd')]).toEqual(['darwin', 'win32', 'linux', 'linux']);
    expect(needsUserGesture('file.open')).toBe(true);
    expect(needsUserGesture('file.print')).toBe(false);
  });
});
