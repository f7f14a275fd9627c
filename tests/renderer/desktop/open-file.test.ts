/**
 * openFile() against a real backend (the same handlers the hosts serve, real SQLite): a file
 * from the system or a drop, each kind, the checks both ways share. Every file here is made by
 * the app's own services (bundle, feedback, report) or the pack fixture, never written by hand.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../../electron/call.ts';
import { openBackend, type Backend } from '../../../electron/host.ts';
import type { Input, MethodName, Output } from '../../../shared/api.ts';
import { openFile, type Invoke } from '../../../renderer/desktop/open-file.ts';
import { tempDataDir } from '../../electron/temp.ts';
import { packEntries, rawZip } from '../../electron/course/pack-fixture.ts';

let backend: Backend;
afterEach(() => backend?.close());
const invoke: Invoke = <M extends MethodName>(method: M, input: Input<M>) => call(backend.handlers, method, input) as Promise<Output<M>>;
const bytes = (s: string | Buffer) => new Uint8Array(Buffer.from(s));
const KOPI = 'Title: Kopi Pagi\n\nINT. DAPUR - PAGI\n\nAir mendidih.\n';

describe('openFile: the action for a file opened from the system or dropped', () => {
  it('a script is imported, then shown again when that very file comes back; UTF-16 from Notepad is read', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const file = { fileName: 'kopi.fountain', source: '/home/sari/kopi.fountain', bytes: bytes(KOPI) };
    const first = await openFile(file, 'system', invoke);
    expect(first).toMatchObject({ kind: 'script', title: 'Kopi Pagi', reused: false });
    expect(await openFile(file, 'system', invoke)).toMatchObject({ kind: 'script', scriptId: first.kind === 'script' ? first.scriptId : '', reused: true });
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('INT. WARUNG - MALAM\r\n\r\nHujan.\r\n', 'utf16le')]));
    const dropped = await openFile({ fileName: 'notepad.fountain', bytes: utf16 }, 'drop', invoke);
    expect(dropped.kind === 'script' && (await invoke('draft.load', { scriptId: dropped.scriptId })).screenplay.elements.map((e) => e.text)).toEqual(['INT. WARUNG - MALAM', 'Hujan.']);
  });

  it('a screenplay PDF is taken when dropped, never from the system', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const made = await invoke('library.import', { fileName: 'kopi.fountain', content: KOPI });
    const pdf = bytes(Buffer.from((await invoke('library.export', { id: made.id, format: 'pdf' })).content, 'base64'));
    await expect(openFile({ fileName: 'kopi.pdf', source: '/x/kopi.pdf', bytes: pdf }, 'system', invoke)).rejects.toMatchObject({ code: 'desktop.unsupported_file' });
    expect(await openFile({ fileName: 'kopi.pdf', bytes: pdf }, 'drop', invoke)).toMatchObject({ kind: 'script', reused: false });
  });

  it('unknown types and files over their kind\'s limit are refused with the accepted list or the sizes', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    await expect(openFile({ fileName: 'model.json', bytes: bytes('{}') }, 'drop', invoke)).rejects.toMatchObject({
      code: 'desktop.unsupported_file',
      params: { file: 'model.json', accepted: '.fountain, .fdx, .naskahpack, .naskahreview, .naskahfeedback, .naskahreport, .pdf' },
    });
    await expect(openFile({ fileName: 'big.naskahfeedback', bytes: new Uint8Array(10 * 1024 * 1024 + 1) }, 'drop', invoke)).rejects.toMatchObject({
      code: 'desktop.too_large',
      params: { file: 'big.naskahfeedback', size: 11, limit: 10 },
    });
    expect(await invoke('library.list', {})).toEqual([]);
  });

  it('a course pack is inspected, not installed', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const outcome = await openFile({ fileName: 'kelas.naskahpack', bytes: new Uint8Array(await rawZip(packEntries())) }, 'system', invoke);
    expect(outcome).toMatchObject({ kind: 'pack', fileName: 'kelas.naskahpack', result: { status: 'new', pack: { id: 'id.naskah.test-pack' } } });
    expect(await invoke('course.list', {})).toEqual([]);
  });

  it('a review bundle opens as mentor; the mentor\'s feedback file goes back into the trainee\'s script', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const script = await invoke('library.import', { fileName: 'kopi.fountain', content: KOPI });
    const bundle = await invoke('review.exportBundle', { scriptId: script.id });
    const opened = await openFile({ fileName: bundle.file.fileName, bytes: bytes(Buffer.from(bundle.file.content, 'base64')) }, 'drop', invoke);
    expect(opened).toMatchObject({ kind: 'review', resumed: false });
    if (opened.kind !== 'review') return;
    await invoke('review.addComment', { sessionId: opened.sessionId, anchor: { kind: 'general' }, body: 'Lebih hidup.', author: 'Bu Rina' });
    const feedback = await invoke('review.exportFeedback', { sessionId: opened.sessionId });
    const imported = await openFile({ fileName: feedback.fileName, source: `/x/${feedback.fileName}`, bytes: bytes(feedback.content) }, 'system', invoke);
    expect(imported).toMatchObject({ kind: 'feedback', scriptId: script.id, title: 'Kopi Pagi', result: { added: 1 } });
    // The same bundle again resumes the mentor's session.
    expect(await openFile({ fileName: bundle.file.fileName, bytes: bytes(Buffer.from(bundle.file.content, 'base64')) }, 'drop', invoke)).toMatchObject({ kind: 'review', sessionId: opened.sessionId, resumed: true });
  });

  it('a feedback file that is no feedback is refused with the review area\'s own error', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    await expect(openFile({ fileName: 'x.naskahfeedback', bytes: bytes('not json') }, 'drop', invoke)).rejects.toMatchObject({ code: expect.stringMatching(/^review\./) });
  });

  it('a progress report is imported into the class view of its course; the same file again is "already there"', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const pack = new Uint8Array(await rawZip(packEntries()));
    await invoke('course.install', { fileName: 'kelas.naskahpack', content: Buffer.from(pack).toString('base64') });
    const report = await invoke('course.exportReport', { packId: 'id.naskah.test-pack', trainee: 'Sari', format: 'json' });
    const file = { fileName: report.fileName, bytes: bytes(report.content) };
    expect(await openFile(file, 'system', invoke)).toEqual({ kind: 'report', packId: 'id.naskah.test-pack', trainee: 'Sari', status: 'added' });
    expect(await openFile(file, 'drop', invoke)).toMatchObject({ kind: 'report', status: 'duplicate' });
    await expect(openFile({ fileName: 'rusak.naskahreport', bytes: bytes('{') }, 'drop', invoke)).rejects.toHaveProperty('code');
  });
});
