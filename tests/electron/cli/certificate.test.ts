/**
 * naskah progress certificate and naskah report verify (issue 13, deliver 9), in process: the
 * trainee's certificate written to a file, then verified and imported on the instructor's side —
 * exit 0 with the approval and the mentor's rubric scores listed, in each UI language; a PDF that
 * is no certificate exits 1, naming it; a report whose score card the trainee edited and signed
 * again exits 1, the card named as not verifying.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../temp.ts';
import { PACK } from '../trust/course-fixture.ts';
import { finishedTrainee } from '../services/finished-trainee.ts';
import { callerOf } from '../services/call.ts';
import { installations } from '../services/installations.ts';
import { naskah } from './run.ts';
import { signJson } from '../../../electron/trust/signed-json.ts';
import { installationSigner } from '../../../electron/trust/role-keys.ts';

const { backend, closeAll } = installations();

describe('naskah progress certificate / report verify', () => {
  it('writes the certificate, which verifies and imports on the instructor side', async () => {
    const { trainee, pack } = await finishedTrainee(backend);
    const instructor = backend();
    await callerOf(() => instructor)('course.install', { fileName: 'p.naskahpack', content: pack });
    const traineeDir = trainee.ctx.dataDir;
    const instructorDir = instructor.ctx.dataDir;
    // The command line opens these data directories itself.
    closeAll();

    const out = path.join(tempDataDir(), 'sari.pdf');
    const written = await naskah(['progress', 'certificate', PACK, '-o', out], { NASKAH_DATA_DIR: traineeDir });
    expect(written).toMatchObject({ code: 0, stderr: '' });
    expect(written.stdout).toBe(`Certificate written to ${out}.\n`);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');

    const verified = await naskah(['report', 'verify', out], { NASKAH_DATA_DIR: instructorDir });
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(
      /^sari\.pdf: valid — Sari Dewi, Test course \(revision 1\), 3\/3 done, signed by installation key [0-9A-F ]{19}\.\n {4}A scene for your mentor: Bu Ratna — verified\n {4}A scene for your mentor: rubric score 4\/5, approved — Bu Ratna — verified\n {6}Structure 4\/5\n1 verified, 0 not\.\n$/,
    );
    // The scores in the instructor's language, labels from the pack's own text.
    const inIndonesian = await naskah(['report', 'verify', out], { NASKAH_DATA_DIR: instructorDir, NASKAH_LANG: 'id' });
    expect(inIndonesian.code).toBe(0);
    expect(inIndonesian.stdout).toContain('    Adegan untuk mentor: nilai rubrik 4/5, disetujui — Bu Ratna — terverifikasi\n      Struktur 4/5\n');
    const inKorean = await naskah(['report', 'verify', out], { NASKAH_DATA_DIR: instructorDir, NASKAH_LANG: 'ko' });
    expect(inKorean.stdout).toContain('    A scene for your mentor: 루브릭 점수 4/5, 승인 — Bu Ratna — 검증됨\n      Structure 4/5\n');
    const json = JSON.parse((await naskah(['report', 'verify', out, '--json'], { NASKAH_DATA_DIR: instructorDir })).stdout);
    expect(json[0].reviews).toMatchObject([{ exerciseId: 'scene-review', status: 'verified', total: 4, maxTotal: 5, verdict: 'approved', criteria: [{ id: 'structure', score: 4, max: 5 }] }]);

    const imported = await naskah(['report', 'import', out, '--course', PACK], { NASKAH_DATA_DIR: instructorDir });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Reports added: 1; already there: 0; refused: 0.');

    const notCertificate = path.join(tempDataDir(), 'other.pdf');
    fs.writeFileSync(notCertificate, '%PDF-1.4\n%%EOF\n');
    const refused = await naskah(['report', 'verify', notCertificate], { NASKAH_DATA_DIR: instructorDir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^naskah: other\.pdf: refused\. /);
    expect(refused.stdout).toBe('0 verified, 1 not.\n');
  });

  it('exits 1 when a score card in the report does not verify, naming it on stderr', async () => {
    const { trainee, call, pack } = await finishedTrainee(backend);
    const instructor = backend();
    await callerOf(() => instructor)('course.install', { fileName: 'p.naskahpack', content: pack });
    const report = JSON.parse((await call('course.exportReport', { packId: PACK, trainee: 'Sari Dewi', format: 'json' })).content);
    // The trainee raises the mentor's score and signs the report again with their own key: the report verifies, the card cannot.
    const { signature: _s, ...body } = report;
    const card = body.activities.find((a: { id: string }) => a.id === 'scene-review').review;
    Object.assign(card, { total: 5 });
    card.criteria[0].score = 5;
    const forged = path.join(tempDataDir(), 'sari.naskahreport');
    fs.writeFileSync(forged, JSON.stringify(signJson('progress-report', body, installationSigner(trainee.ctx.dataDir))));
    const instructorDir = instructor.ctx.dataDir;
    closeAll();
    const run = await naskah(['report', 'verify', forged], { NASKAH_DATA_DIR: instructorDir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^sari\.naskahreport: valid — Sari Dewi, .*\n {4}A scene for your mentor: Bu Ratna — verified\n0 verified, 1 not\.\n$/);
    expect(run.stderr).toBe('    A scene for your mentor: rubric score 5/5, approved — a mentor not listed in the course — signature does not verify\n      Structure 5/5\n');
  });
});
