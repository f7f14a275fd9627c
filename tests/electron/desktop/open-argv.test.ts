import { describe, expect, it } from 'vitest';
import { pathsFromArgv, type LaunchContext } from '../../../electron/desktop/open-argv.ts';

const win: LaunchContext = { platform: 'win32', cwd: 'C:\\Users\\sari\\Documents', defaultApp: false };
const linux: LaunchContext = { platform: 'linux', cwd: '/home/sari/naskah', defaultApp: false };
const mac: LaunchContext = { platform: 'darwin', cwd: '/', defaultApp: false };

describe('files named by a launch command line', () => {
  it('Windows: Explorer double-click, "Open with", several files, a relative one', () => {
    expect(pathsFromArgv(['C:\\Program Files\\Naskah\\Naskah.exe', 'D:\\kelas\\Kopi Pagi.fountain'], win)).toEqual(['D:\\kelas\\Kopi Pagi.fountain']);
    expect(pathsFromArgv(['C:\\Users\\sari\\AppData\\Local\\Programs\\Naskah\\Naskah.exe', 'tugas.fdx', '..\\umpan.naskahfeedback'], win)).toEqual([
      'C:\\Users\\sari\\Documents\\tugas.fdx',
      'C:\\Users\\sari\\umpan.naskahfeedback',
    ]);
  });

  it('Windows second instance: the switches Chromium and Electron add are skipped, /prefetch too', () => {
    const argv = ['C:\\Naskah\\Naskah.exe', '--allow-file-access-from-files', '--original-process-start-time=13340000000000000', '/prefetch:1', 'E:\\usb\\kelas.naskahpack'];
    expect(pathsFromArgv(argv, win)).toEqual(['E:\\usb\\kelas.naskahpack']);
  });

  it('everything after "--" is a file, even a name that starts with a dash', () => {
    expect(pathsFromArgv(['/opt/Naskah/naskah', '--no-sandbox', '--', '-draft.fountain', '--x.fdx'], linux)).toEqual([
      '/home/sari/naskah/-draft.fountain',
      '/home/sari/naskah/--x.fdx',
    ]);
  });

  it('Linux .deb and AppImage launchers: file:// URIs (percent-encoded) from the desktop entry\'s %U', () => {
    expect(pathsFromArgv(['/opt/Naskah/naskah', 'file:///home/sari/Unduhan/Kopi%20Pagi.fountain'], linux)).toEqual(['/home/sari/Unduhan/Kopi Pagi.fountain']);
    const appImage = ['/tmp/.mount_NaskahAbC123/naskah', '--no-sandbox', 'file:///media/usb/laporan%20Sari.naskahreport'];
    expect(pathsFromArgv(appImage, linux)).toEqual(['/media/usb/laporan Sari.naskahreport']);
  });

  it('other URL schemes name no local file and are skipped', () => {
    expect(pathsFromArgv(['/opt/Naskah/naskah', 'https://example.com/a.fountain', 'smb://server/a.fdx', 'b.fdx'], linux)).toEqual(['/home/sari/naskah/b.fdx']);
  });

  it('a Windows file:// URI becomes a drive path', () => {
    expect(pathsFromArgv(['C:\\Naskah\\Naskah.exe', 'file:///C:/Users/sari/Kopi%20Pagi.fountain'], win)).toEqual(['C:\\Users\\sari\\Kopi Pagi.fountain']);
  });

  it('macOS: Finder sends files as open-file events; the argv holds only -psn_… from older systems', () => {
    expect(pathsFromArgv(['/Applications/Naskah.app/Contents/MacOS/Naskah', '-psn_0_1234567'], mac)).toEqual([]);
    // `open -a Naskah --args file` and a terminal launch do pass files.
    expect(pathsFromArgv(['/Applications/Naskah.app/Contents/MacOS/Naskah', 'naskah/a.fountain'], { ...mac, cwd: '/Users/sari' })).toEqual(['/Users/sari/naskah/a.fountain']);
  });

  it('development (`electron . file`): the app path after the executable is not a file', () => {
    const dev = { ...linux, defaultApp: true };
    expect(pathsFromArgv(['/repo/node_modules/electron/dist/electron', '--inspect', '.', 'a.fountain'], dev)).toEqual(['/home/sari/naskah/a.fountain']);
    expect(pathsFromArgv(['/repo/node_modules/electron/dist/electron', 'dist-electron/electron/main.js'], dev)).toEqual([]);
  });

  it('relative paths resolve against the launch\'s own working directory; duplicates and empty arguments drop out', () => {
    expect(pathsFromArgv(['naskah', 'a.fountain', './a.fountain', '', 'sub/../a.fountain'], { ...linux, cwd: '/tmp/kelas' })).toEqual(['/tmp/kelas/a.fountain']);
  });

  it('a launch without files opens nothing', () => {
    expect(pathsFromArgv(['C:\\Naskah\\Naskah.exe'], win)).toEqual([]);
    expect(pathsFromArgv([], linux)).toEqual([]);
  });
});
