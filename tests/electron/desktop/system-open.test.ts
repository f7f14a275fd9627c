/**
 * The wiring's decisions with Node event emitters standing in for Electron's app and ipcMain:
 * what is queued, when it is delivered, which window is brought forward or created.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPEN_FILE_CHANNEL, OPEN_READY_CHANNEL, OpenRequests } from '../../../electron/desktop/open-requests.ts';
import { wireSystemOpen, type AppLike, type IpcMainLike, type WindowLike } from '../../../electron/desktop/system-open.ts';
import type { OpenRequest } from '../../../shared/desktop/open-request.ts';
import { tempDataDir } from '../temp.ts';

const APP_ORIGIN = new URL('app://naskah');

class FakeApp extends EventEmitter {
  ready = false;
  isReady() {
    return this.ready;
  }
}

class FakeWindow implements WindowLike {
  calls: string[] = [];
  minimized = false;
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
    this.calls.push('restore');
  }
  show() {
    this.calls.push('show');
  }
  focus() {
    this.calls.push('focus');
  }
}

class FakePage {
  received: OpenRequest[] = [];
  destroyed = false;
  send(channel: string, payload: OpenRequest) {
    expect(channel).toBe(OPEN_FILE_CHANNEL);
    this.received.push(payload);
  }
  isDestroyed() {
    return this.destroyed;
  }
}

function setUp(argv: string[] = ['/opt/Naskah/naskah'], cwd = '/') {
  const app = new FakeApp();
  const ipcMain = new EventEmitter();
  let win: FakeWindow | undefined;
  let created = 0;
  const requests = wireSystemOpen({
    app: app as unknown as AppLike,
    ipcMain: ipcMain as unknown as IpcMainLike,
    appOrigin: APP_ORIGIN,
    currentWindow: () => win,
    createWindow: () => {
      created++;
      win = new FakeWindow();
    },
    launch: { argv, platform: 'linux', cwd, defaultApp: false },
  });
  const pageReady = (page: FakePage, url = 'app://naskah/index.html') => ipcMain.emit(OPEN_READY_CHANNEL, { sender: page, senderFrame: { url } });
  return {
    app,
    requests,
    pageReady,
    get created() {
      return created;
    },
    get win() {
      return win;
    },
    openWindow() {
      win = new FakeWindow();
      return win;
    },
  };
}

const names = (page: FakePage) => page.received.map((r) => ('file' in r ? r.file.fileName : r.error.code));

describe('system open requests reach the window', () => {
  it('the first launch\'s files wait for the page, then arrive in order, read from disk', () => {
    const dir = tempDataDir();
    fs.writeFileSync(path.join(dir, 'a.fountain'), 'INT. A - DAY');
    fs.writeFileSync(path.join(dir, 'b.naskahreport'), '{}');
    const s = setUp(['/opt/Naskah/naskah', 'a.fountain', 'b.naskahreport', 'c.json'], dir);
    expect(s.requests.pending).toBe(3);
    const page = new FakePage();
    s.pageReady(page);
    expect(names(page)).toEqual(['a.fountain', 'b.naskahreport', 'desktop.unsupported_file']);
    expect(page.received[0]).toEqual({ file: { fileName: 'a.fountain', source: path.join(dir, 'a.fountain'), bytes: new Uint8Array(Buffer.from('INT. A - DAY')) } });
    expect(s.requests.pending).toBe(0);
  });

  it('macOS open-file before ready is queued without making a window; after ready with no window one is made', () => {
    const dir = tempDataDir();
    fs.writeFileSync(path.join(dir, 'x.fdx'), '<FinalDraft/>');
    const s = setUp();
    let prevented = 0;
    s.app.emit('open-file', { preventDefault: () => prevented++ }, path.join(dir, 'x.fdx'));
    expect(prevented).toBe(1);
    expect(s.created).toBe(0);
    expect(s.requests.pending).toBe(1);
    // After 'ready', the window closed (macOS keeps the app running): a dock drop makes a new one.
    s.app.ready = true;
    s.app.emit('open-file', { preventDefault: () => prevented++ }, path.join(dir, 'gone.fountain'));
    expect(s.created).toBe(1);
    const page = new FakePage();
    s.pageReady(page);
    expect(names(page)).toEqual(['x.fdx', 'desktop.missing_file']);
  });

  it('a second launch forwards its files, resolved against its own working directory, and brings the window forward', () => {
    const dir = tempDataDir();
    fs.mkdirSync(path.join(dir, 'usb'));
    fs.writeFileSync(path.join(dir, 'usb', 'kelas.naskahpack'), 'PK');
    const s = setUp();
    s.app.ready = true;
    const win = s.openWindow();
    win.minimized = true;
    const page = new FakePage();
    s.pageReady(page);
    s.app.emit('second-instance', {}, ['/opt/Naskah/naskah', '--allow-file-access-from-files', 'usb/kelas.naskahpack'], dir);
    expect(names(page)).toEqual(['kelas.naskahpack']);
    expect(win.calls).toEqual(['restore', 'show', 'focus']);
    expect(s.created).toBe(0);
    // A second launch without files only brings the window forward.
    s.app.emit('second-instance', {}, ['/opt/Naskah/naskah'], dir);
    expect(page.received).toHaveLength(1);
    expect(win.calls).toEqual(['restore', 'show', 'focus', 'show', 'focus']);
  });

  it('a page that is not the app\'s own never receives the files', () => {
    const s = setUp(['/opt/Naskah/naskah', '/nowhere/a.fountain']);
    const stranger = new FakePage();
    s.pageReady(stranger, 'https://example.com/');
    s.pageReady(stranger, 'app://naskah.evil/');
    expect(stranger.received).toEqual([]);
    expect(s.requests.pending).toBe(1);
  });

  it('while the page reloads requests wait again, and the reloaded page gets them', () => {
    const s = setUp();
    const page = new FakePage();
    s.pageReady(page);
    s.requests.detach(page as never);
    s.requests.fromPath('/nowhere/a.fountain');
    expect(page.received).toEqual([]);
    const reloaded = new FakePage();
    s.pageReady(reloaded);
    expect(names(reloaded)).toEqual(['desktop.missing_file']);
    // A page destroyed without notice does not swallow requests either.
    reloaded.destroyed = true;
    s.requests.fromPath('/nowhere/b.fdx');
    expect(s.requests.pending).toBe(1);
  });
});

describe('OpenRequests reads a file only when it is delivered', () => {
  it('a queued path is read when the page attaches, with the file as it is then', () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'later.fountain');
    const s = setUp(['/opt/Naskah/naskah', file]);
    // Not there at launch (still being copied, say), there when the page listens.
    fs.writeFileSync(file, 'INT. B - NIGHT');
    const page = new FakePage();
    s.pageReady(page);
    expect(page.received).toEqual([{ file: { fileName: 'later.fountain', source: file, bytes: new Uint8Array(Buffer.from('INT. B - NIGHT')) } }]);
  });

  it('nothing is read while no page listens (a second launch hands its argv on and quits)', () => {
    const read: string[] = [];
    const requests = new OpenRequests((file) => {
      read.push(file);
      return { error: { code: 'desktop.missing_file', params: { file } } };
    });
    requests.fromArgv(['C:\\Naskah\\Naskah.exe', 'E:\\kelas.naskahpack'], { platform: 'win32', cwd: 'C:\\', defaultApp: false });
    expect(read).toEqual([]);
    const page = new FakePage();
    requests.attach(page);
    expect(read).toEqual(['E:\\kelas.naskahpack']);
    expect(names(page)).toEqual(['desktop.missing_file']);
  });
});
