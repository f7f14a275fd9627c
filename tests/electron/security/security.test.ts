/**
 * The security decisions main.ts wires into Electron, exercised directly (Electron itself cannot
 * launch on the build machine). docs/security.md points at these test names.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from '../../../electron/security/app-protocol.ts';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, withCspHeader } from '../../../electron/security/csp.ts';
import { EXTERNAL_HOSTS, externalUrlToOpen, isAllowedExternalUrl } from '../../../electron/security/external-url.ts';
import { isTrustedSender, isTrustedSenderUrl } from '../../../electron/security/trusted-sender.ts';
import { allowNavigation, allowPermission, SECURE_WEB_PREFERENCES } from '../../../electron/security/window-policy.ts';

const APP = new URL('app://naskah');

function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

describe('content security policy', () => {
  const csp = parseCsp(CONTENT_SECURITY_POLICY);

  it('allows no eval, no remote origins and no plugins', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes/);
    for (const [name, sources] of csp) {
      for (const s of sources) {
        // Only keywords and local schemes: no host, no wildcard, no http(s)/ws origin.
        expect(s, `${name} ${s}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
      }
    }
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('has one entry per directive', () => {
    expect(new Set(CSP_DIRECTIVES.map(([n]) => n)).size).toBe(CSP_DIRECTIVES.length);
  });

  it('index.html carries the same policy as the header (frame-ancestors only works as a header)', () => {
    const html = fs.readFileSync(path.join(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const fromHeader = new Map(csp);
    fromHeader.delete('frame-ancestors');
    expect(parseCsp(meta!)).toEqual(fromHeader);
  });

  it('withCspHeader replaces any CSP the response already had, whatever its casing', () => {
    const out = withCspHeader({
      'content-security-policy': ["default-src *"],
      'Content-Security-Policy-Report-Only': "script-src 'unsafe-eval'",
      'Content-Type': 'text/html',
    });
    expect(out['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(Object.keys(out).filter((k) => k.toLowerCase().startsWith('content-security-policy'))).toEqual(['Content-Security-Policy']);
    expect(out['Content-Type']).toEqual(['text/html']);
    expect(withCspHeader(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('external links', () => {
  it('opens allow-listed https links only, normalised', () => {
    expect(externalUrlToOpen('https://fountain.io/syntax')).toBe('https://fountain.io/syntax');
    expect(externalUrlToOpen('HTTPS://FOUNTAIN.IO/syntax#notes')).toBe('https://fountain.io/syntax#notes');
    expect(isAllowedExternalUrl('https://www.fountain.io/')).toBe(true);
  });

  it.each([
    'http://fountain.io/syntax',
    'https://fountain.io.evil.example/',
    'https://evil.example/fountain.io',
    'https://evil.example/?u=https://fountain.io',
    'https://fountain.io@evil.example/',
    'https://user:pw@fountain.io/',
    'https://fountain.io:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)//https://fountain.io',
    'data:text/html,<script>1</script>',
    'app://naskah/index.html',
    'smb://fountain.io/share',
    '//fountain.io/syntax',
    'fountain.io',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses non-strings and absurdly long URLs', () => {
    expect(isAllowedExternalUrl(undefined)).toBe(false);
    expect(isAllowedExternalUrl({ toString: () => 'https://fountain.io/' })).toBe(false);
    expect(isAllowedExternalUrl('https://fountain.io/' + 'a'.repeat(5000))).toBe(false);
  });

  it('the allow-list holds bare host names only', () => {
    for (const host of EXTERNAL_HOSTS) expect(host).toMatch(/^[a-z0-9.-]+$/);
  });
});

describe('IPC sender check', () => {
  it('trusts the app origin only, by parsed protocol and host', () => {
    expect(isTrustedSenderUrl('app://naskah/index.html', APP)).toBe(true);
    expect(isTrustedSenderUrl('app://naskah/', APP)).toBe(true);
  });

  it.each([
    'app://naskah.evil/index.html',
    'app://evil/naskah',
    'app://user@naskah/',
    'https://naskah/',
    'http://127.0.0.1:5180/',
    'file:///work/main/dist/renderer/index.html',
    'about:blank',
    'data:text/html,app://naskah',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isTrustedSenderUrl(url, APP)).toBe(false);
  });

  it('refuses events without a frame (frame gone) and non-string URLs', () => {
    expect(isTrustedSender({ senderFrame: null }, APP)).toBe(false);
    expect(isTrustedSender(null, APP)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 42 as unknown as string } }, APP)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'app://naskah/index.html' } }, APP)).toBe(true);
  });
});

describe('app:// asset resolution', () => {
  const root = path.resolve('/srv/naskah/renderer');

  it('maps app pages into the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://naskah/index.html', APP)).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://naskah/', APP)).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://naskah/assets/main-abc.js?x=1', APP)).toBe(path.join(root, 'assets/main-abc.js'));
  });

  it.each([
    'app://naskah/../../../etc/passwd',
    'app://naskah/%2e%2e/%2e%2e/etc/passwd',
    'app://naskah/assets/..%2f..%2f..%2fetc/passwd',
    'app://naskah/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
  ])('keeps %s inside the renderer folder', (url) => {
    const file = resolveAppAsset(root, url, APP);
    expect(file).not.toBeNull();
    expect(path.relative(root, file!).startsWith('..')).toBe(false);
    expect(file!.startsWith(root + path.sep)).toBe(true);
  });

  it.each([
    'app://naskah/..%5c..%5cwindows',
    'app://naskah/index.html%00.js',
    'app://naskah/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(root, url, APP)).toBeNull();
  });
});

describe('window policy', () => {
  it('isolates the renderer from Node and Electron', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('turns Chromium\'s spellchecker off, so no dictionary is ever downloaded', () => {
    expect(SECURE_WEB_PREFERENCES.spellcheck).toBe(false);
    // main.ts spreads the policy and must not switch it back on after the spread.
    const main = fs.readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'electron', 'main.ts'), 'utf8');
    expect(main).toContain('...SECURE_WEB_PREFERENCES');
    expect(main).not.toMatch(/spellcheck\s*:/);
    expect(main).not.toMatch(/setSpellCheckerDictionaryDownloadURL|setSpellCheckerEnabled\(\s*true/);
  });

  it('denies every navigation and every permission', () => {
    for (const url of ['https://fountain.io/', 'app://naskah/other.html', 'file:///etc/passwd']) expect(allowNavigation(url)).toBe(false);
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown']) expect(allowPermission(p)).toBe(false);
  });
});
