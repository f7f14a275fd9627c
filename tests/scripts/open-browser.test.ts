/** Opening browser mode's link: only from an interactive terminal, on a desktop, with an opener that exists. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserOpener } from '../../scripts/open-browser.ts';
import { tempDataDir } from '../electron/temp.ts';

/** A PATH holding stand-in executables with these names. */
function pathWith(...names: string[]): string {
  const dir = tempDataDir('naskah-path-');
  for (const n of names) fs.writeFileSync(path.join(dir, n), '#!/bin/sh\n', { mode: 0o755 });
  return dir;
}
const URL_ = 'http://127.0.0.1:5180/?token=abc';

describe('browserOpener', () => {
  it('opens with xdg-open on a Linux desktop, open on macOS, rundll32 on Windows', () => {
    expect(browserOpener(URL_, { platform: 'linux', env: { PATH: pathWith('xdg-open'), DISPLAY: ':0' }, interactive: true })).toEqual({ command: 'xdg-open', args: [URL_] });
    expect(browserOpener(URL_, { platform: 'linux', env: { PATH: pathWith('xdg-open'), WAYLAND_DISPLAY: 'wayland-0' }, interactive: true })?.command).toBe('xdg-open');
    expect(browserOpener(URL_, { platform: 'darwin', env: { PATH: pathWith('open') }, interactive: true })).toEqual({ command: 'open', args: [URL_] });
    expect(browserOpener(URL_, { platform: 'win32', env: { PATH: pathWith('rundll32.EXE'), PATHEXT: '.EXE' }, interactive: true })).toEqual({
      command: 'rundll32',
      args: ['url.dll,FileProtocolHandler', URL_],
    });
  });

  it('opens nothing where there is no browser: no display, no opener, a script or CI reading the output, or when told not to', () => {
    const desktop = { PATH: pathWith('xdg-open'), DISPLAY: ':0' };
    expect(browserOpener(URL_, { platform: 'linux', env: { PATH: desktop.PATH }, interactive: true })).toBeNull();
    expect(browserOpener(URL_, { platform: 'linux', env: { PATH: pathWith(), DISPLAY: ':0' }, interactive: true })).toBeNull();
    expect(browserOpener(URL_, { platform: 'linux', env: desktop, interactive: false })).toBeNull();
    expect(browserOpener(URL_, { platform: 'linux', env: { ...desktop, CI: 'true' }, interactive: true })).toBeNull();
    expect(browserOpener(URL_, { platform: 'linux', env: { ...desktop, NASKAH_NO_BROWSER: '1' }, interactive: true })).toBeNull();
    expect(browserOpener(URL_, { platform: 'linux', env: desktop, interactive: true, argv: ['--no-browser'] })).toBeNull();
    expect(browserOpener(URL_, { platform: 'linux', env: { ...desktop, BROWSER: 'none' }, interactive: true })).toBeNull();
    // NASKAH_NO_BROWSER=0 and an empty CI mean "not set".
    expect(browserOpener(URL_, { platform: 'linux', env: { ...desktop, NASKAH_NO_BROWSER: '0', CI: '' }, interactive: true })).not.toBeNull();
  });

  it('honours $BROWSER when it names a program that exists', () => {
    const PATH = pathWith('firefox');
    expect(browserOpener(URL_, { platform: 'linux', env: { PATH, BROWSER: 'firefox' }, interactive: true })).toEqual({ command: 'firefox', args: [URL_] });
    expect(browserOpener(URL_, { platform: 'linux', env: { PATH, BROWSER: 'no-such-browser' }, interactive: true })).toBeNull();
  });
});
