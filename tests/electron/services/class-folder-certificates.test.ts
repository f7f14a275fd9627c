/**
 * Completion certificates in a class folder (issue 13, deliver 8/9), on real SQLite files, a real
 * folder and real PDFs: the instructor's poll takes a certificate PDF (its signed report inside)
 * like a report; a second copy of it is "already there"; a certificate whose report was edited is
 * refused with the reason; a mentor's notes PDF, a script's PDF and bytes named .pdf that are no
 * PDF are ignored — neither taken nor listed as refused — and stay ignored on later polls.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCertificate } from '../../../electron/course/certificate-pdf.ts';
import { fingerprint } from '../../../electron/trust/ed25519.ts';
import { certificateContent } from '../../../shared/course/certificate.ts';
import { tempDataDir } from '../temp.ts';
import { callerOf } from './call.ts';
import { finishedTrainee } from './finished-trainee.ts';
import { installations } from './installations.ts';
import { PACK } from '../trust/course-fixture.ts';

const { backend } = installations();

/** Dated an hour ago: settled, so the first poll takes the files. */
function settled(dir: string): void {
  const past = new Date(Date.now() - 3_600_000);
  for (const name of fs.readdirSync(dir)) fs.utimesSync(path.join(dir, name), past, past);
}

describe('certificates in the class folder', () => {
  it('takes a certificate PDF as its report, once, refuses an edited one and ignores other PDFs', async () => {
    const { call, pack } = await finishedTrainee(backend);
    const dir = tempDataDir('naskah-class-certs-');
    const certificate = Buffer.from((await call('course.certificate', { packId: PACK, trainee: 'Sari Dewi' })).content, 'base64');
    fs.writeFileSync(path.join(dir, 'certificate-sari-dewi.pdf'), certificate);
    fs.writeFileSync(path.join(dir, 'certificate-sari-dewi (copy).pdf'), certificate);
    // The mentor's notes PDF of a review, and a script's PDF: real PDFs, no report inside.
    const notes = await call('review.exportPdfWithNotes', { scriptId: (await call('course.get', { packId: PACK })).links['scene-review'] });
    fs.writeFileSync(path.join(dir, 'notes-sari-dewi.pdf'), Buffer.from(notes.content, 'base64'));
    const script = await call('library.create', { title: 'Bukan sertifikat' });
    fs.writeFileSync(path.join(dir, 'script.pdf'), Buffer.from((await call('library.export', { id: script.id, format: 'pdf' })).content, 'base64'));
    fs.writeFileSync(path.join(dir, 'readme.pdf'), 'not a pdf at all');
    // The certificate page with its attached report changed after signing.
    const report = JSON.parse((await call('course.exportReport', { packId: PACK, trainee: 'Sari Dewi', format: 'json' })).content);
    const content = certificateContent({ report, manifest: (await call('course.get', { packId: PACK })).manifest, ui: 'en', fingerprint, checkApproval: () => ({ status: 'verified', mentor: 'Bu Ratna', mentorFingerprint: null }), checkReview: () => ({ status: 'verified', mentor: 'Bu Ratna' }) });
    fs.writeFileSync(path.join(dir, 'certificate-edited.pdf'), await renderCertificate(content, JSON.stringify({ ...report, trainee: 'Budi Dewi' }), { paper: 'a4' }));
    settled(dir);

    const instructor = backend();
    const teach = callerOf(() => instructor);
    await teach('course.install', { fileName: 'p.naskahpack', content: pack });
    await teach('classFolder.set', { path: dir });
    const first = await teach('classFolder.poll', {});
    expect(first).toEqual({
      path: dir,
      added: 1,
      duplicates: 1,
      waiting: 0,
      refused: [{ fileName: 'certificate-edited.pdf', problem: { code: 'trust.report_bad_signature', params: { file: 'certificate-edited.pdf' } } }],
    });
    expect((await teach('course.classTable', { packId: PACK })).rows).toMatchObject([{ trainee: 'Sari Dewi', done: 3, total: 3, approvals: { 'scene-review': { status: 'verified', mentor: 'Bu Ratna' } } }]);
    // Nothing changed: nothing read again, the ignored PDFs still unlisted.
    expect(await teach('classFolder.poll', {})).toEqual({ ...first, added: 0, duplicates: 0 });

    // The certificate imported by hand first: the poll finds its report already there.
    const other = backend();
    const second = callerOf(() => other);
    await second('course.install', { fileName: 'p.naskahpack', content: pack });
    expect(await second('course.importReports', { files: [{ fileName: 'by-hand.pdf', content: certificate.toString('base64'), encoding: 'base64' }] })).toMatchObject({ added: 1 });
    await second('classFolder.set', { path: dir });
    expect(await second('classFolder.poll', {})).toMatchObject({ added: 0, duplicates: 2, refused: [{ fileName: 'certificate-edited.pdf' }] });
  });
});
