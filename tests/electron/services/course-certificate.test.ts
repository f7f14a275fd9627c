/**
 * Completion certificates (issue 13, deliver 9) across three installations that only exchange
 * files: a trainee who finished every item of a signed pack — one exercise approved by the mentor
 * the pack lists — gets a bilingual PDF; the instructor verifies it (the signed report inside,
 * the mentor's approval against the pack) and can import it like a report. A certificate asked for
 * too early is refused with how far the trainee is; a PDF that is not a certificate, and a
 * certificate whose attached report was edited, are refused by name.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCertificate } from '../../../electron/course/certificate-pdf.ts';
import { certificateContent } from '../../../shared/course/certificate.ts';
import { fingerprint } from '../../../electron/trust/ed25519.ts';
import { installationSigner } from '../../../electron/trust/role-keys.ts';
import { tempDataDir } from '../temp.ts';
import { callerOf } from './call.ts';
import { installations } from './installations.ts';
import { PACK } from '../trust/course-fixture.ts';
import { finishedTrainee } from './finished-trainee.ts';

const { backend } = installations();

/** The PDF's text as pdftotext (poppler) reads it. */
function pdfText(bytes: Buffer): string {
  const file = path.join(tempDataDir(), 'c.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('completion certificate', () => {
  it('is a bilingual PDF naming the approval and the installation key, which the instructor verifies and imports', async () => {
    const { trainee, call, pack } = await finishedTrainee(backend);
    const file = await call('course.certificate', { packId: PACK, trainee: 'Sari Dewi' });
    expect(file).toMatchObject({ fileName: `certificate-sari-dewi-${PACK}.pdf`, mimeType: 'application/pdf', encoding: 'base64' });
    const bytes = Buffer.from(file.content, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(bytes);
    for (const words of ['Certificate of completion', 'Sertifikat kelulusan', 'Sari Dewi', 'Test course', 'Kursus uji', 'Mentor approvals', 'A scene for your mentor', 'Bu Ratna', 'verified', fingerprint(installationSigner(trainee.ctx.dataDir).publicKey)]) {
      expect(text.replace(/\s+/g, ' ')).toContain(words);
    }
    // The mentor's rubric scores, from the signed card in the report, each criterion under the pack's label.
    expect(text.replace(/\s+/g, ' ')).toContain("Mentor's rubric scores / Nilai rubrik mentor");
    expect(text.replace(/\s+/g, ' ')).toMatch(/• A scene for your mentor — Bu Ratna, [\w ,]+: 4\/5, approved — verified Structure 4\/5 /);

    const instructor = backend();
    const teach = callerOf(() => instructor);
    await teach('course.install', { fileName: 'p.naskahpack', content: pack });
    const [verified] = await teach('course.verifyReports', { files: [{ fileName: 'sari.pdf', content: file.content, encoding: 'base64' }] });
    expect(verified).toMatchObject({
      ok: true,
      trainee: 'Sari Dewi',
      packId: PACK,
      done: 3,
      total: 3,
      signedBy: fingerprint(installationSigner(trainee.ctx.dataDir).publicKey),
      approvals: [{ exerciseId: 'scene-review', status: 'verified', mentor: 'Bu Ratna' }],
      reviews: [
        {
          exerciseId: 'scene-review', title: { en: 'A scene for your mentor', id: 'Adegan untuk mentor' }, status: 'verified', mentor: 'Bu Ratna',
          verdict: 'approved', total: 4, maxTotal: 5, criteria: [{ id: 'structure', label: { en: 'Structure', id: 'Struktur' }, score: 4, max: 5 }],
        },
      ],
    });
    // Verifying stores nothing; importing the certificate adds the trainee's row.
    expect((await teach('course.classTable', { packId: PACK })).rows).toEqual([]);
    expect(await teach('course.importReports', { files: [{ fileName: 'sari.pdf', content: file.content, encoding: 'base64' }], packId: PACK })).toMatchObject({ added: 1, refused: [] });
    expect((await teach('course.classTable', { packId: PACK })).rows[0]).toMatchObject({ trainee: 'Sari Dewi', done: 3, approvals: { 'scene-review': { status: 'verified' } } });
  });

  it('refuses a PDF that is not a certificate, one whose report was edited, and bytes that are no PDF', async () => {
    const { call, pack } = await finishedTrainee(backend);
    const script = await call('library.create', { title: 'Bukan sertifikat' });
    const plainPdf = await call('library.export', { id: script.id, format: 'pdf' });

    // The same certificate page with the attached report changed after signing (another trainee's name).
    const report = JSON.parse((await call('course.exportReport', { packId: PACK, trainee: 'Sari Dewi', format: 'json' })).content);
    const content = certificateContent({ report, manifest: (await call('course.get', { packId: PACK })).manifest, ui: 'en', fingerprint, checkApproval: () => ({ status: 'verified', mentor: 'Bu Ratna', mentorFingerprint: null }), checkReview: () => ({ status: 'verified', mentor: 'Bu Ratna' }) });
    const edited = Buffer.from(await renderCertificate(content, JSON.stringify({ ...report, trainee: 'Budi Dewi' }), { paper: 'a4' }));

    const instructor = backend();
    const teach = callerOf(() => instructor);
    await teach('course.install', { fileName: 'p.naskahpack', content: pack });
    const results = await teach('course.verifyReports', {
      files: [
        { fileName: 'script.pdf', content: plainPdf.content, encoding: 'base64' },
        { fileName: 'edited.pdf', content: edited.toString('base64'), encoding: 'base64' },
        { fileName: 'notes.pdf', content: Buffer.from('just text').toString('base64'), encoding: 'base64' },
      ],
    });
    expect(results).toMatchObject([
      { fileName: 'script.pdf', ok: false, problem: { code: 'certificate.no_report' } },
      { fileName: 'edited.pdf', ok: false, problem: { code: 'trust.report_bad_signature' } },
      { fileName: 'notes.pdf', ok: false, problem: { code: 'certificate.not_pdf' } },
    ]);
    expect((await teach('course.importReports', { files: [{ fileName: 'edited.pdf', content: edited.toString('base64'), encoding: 'base64' }] })).refused).toHaveLength(1);
    expect((await teach('course.classTable', { packId: PACK })).rows).toEqual([]);
  });
});
