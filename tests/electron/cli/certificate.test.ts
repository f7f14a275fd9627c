/**
 * naskah progress certificate and naskah report verify (issue 13, deliver 9), in process: the
 * trainee's certificate written to a file, then verified and imported on the instructor's side —
 * exit 0 with the approval listed; a PDF that is no certificate exits 1, naming it.
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
    expect(verified.stdout).toMatch(/^sari\.pdf: valid — Sari Dewi, Test course \(revision 1\), 3\/3 done, signed by installation key [0-9A-F ]{19}\.\n {4}A scene for your mentor: Bu Ratna — verified\n1 verified, 0 not\.\n$/);

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
});
