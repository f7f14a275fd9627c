/**
 * naskah key create | list | export | import and naskah progress report through the CLI entry
 * point, on real data directories: keys are listed with their fingerprints, a private key is
 * never printed, a passphrase-encrypted backup restores on another machine, and the trainee's
 * report comes out signed by the installation, to a file or to standard output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli.ts';
import { REPO_ROOT } from '../../../electron/host.ts';
import { installationKey } from '../../../electron/trust/role-keys.ts';
import { tempDataDir } from '../temp.ts';

async function run(args: string[], dataDir: string, env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (t) => void (out += String(t)), stderr: (t) => void (err += t), env: { ...process.env, NASKAH_DATA_DIR: dataDir, NASKAH_LANG: 'en', ...env }, cwd: REPO_ROOT });
  return { code, out, err };
}

describe('naskah key', () => {
  it('creates, lists, exports and restores a key; never prints a private key', async () => {
    const data = tempDataDir();
    const created = await run(['key', 'create', 'programme', '--label', 'Programme 2026'], data);
    expect(created.code).toBe(0);
    const [, fp, pub] = /^Created key programme \(fingerprint ([0-9A-F ]{19})\)\.\nPublic key: (ed25519:\S+)\n/.exec(created.out)!;
    expect((await run(['key', 'create', 'programme'], data)).err).toBe(`naskah: A different key named “programme” already exists (fingerprint ${fp}); nothing was changed. Choose another name.\n`);
    expect((await run(['key', 'create', 'x', '--role', 'installation'], data)).code).toBe(1);
    expect((await run(['key', 'list'], data)).out).toBe(`programme  publisher  ${fp}  ${pub}\n`);

    const printed = await run(['key', 'export', 'programme'], data);
    expect(JSON.parse(printed.out)).toMatchObject({ format: 'naskah-key', name: 'programme', publicKey: pub });
    expect(printed.out).not.toContain('PRIVATE KEY');
    expect((await run(['key', 'export', 'programme', '--private'], data)).err).toMatch(/a private key is never printed: give -o FILE/);

    const backup = path.join(tempDataDir(), 'programme.backup.naskahkey');
    const exported = await run(['key', 'export', 'programme', '--private', '-o', backup], data, { NASKAH_KEY_PASSPHRASE: 'kopi tubruk' });
    expect(exported.out).toContain('encrypted with NASKAH_KEY_PASSPHRASE');
    if (process.platform !== 'win32') expect(fs.statSync(backup).mode & 0o777).toBe(0o600);
    const other = tempDataDir();
    expect((await run(['key', 'import', backup], other)).err).toBe('naskah: The key “programme” is protected by a passphrase: set NASKAH_KEY_PASSPHRASE.\n');
    expect((await run(['key', 'import', backup], other, { NASKAH_KEY_PASSPHRASE: 'kopi tubruk' })).out).toBe(`Imported key programme (fingerprint ${fp}).\n`);
    // The restored key signs on the other machine.
    const dir = path.join(other, 'pack');
    fs.cpSync(path.join(REPO_ROOT, 'assets', 'course-sample'), dir, { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'course.json'), 'utf8'));
    fs.writeFileSync(path.join(dir, 'course.json'), JSON.stringify({ ...manifest, publisherKey: pub }, null, 2));
    expect((await run(['pack', 'sign', dir, '--key', 'programme'], other)).code).toBe(0);
    expect((await run(['pack', 'validate', dir], other)).out).toContain(`Signed by the publisher key ${fp}`);
  });

  it('imports the demo mentor key and says it is a demo', async () => {
    const data = tempDataDir();
    const r = await run(['key', 'import', path.join(REPO_ROOT, 'assets', 'demo-keys', 'sample-mentor.naskahkey'), '--name', 'mentor'], data);
    expect(r.out).toBe('Imported key mentor (fingerprint A26C 64BC CE13 EA8C). (DEMO key: public to everyone, for trying Naskah only)\n');
  });
});

describe('naskah progress report', () => {
  it('writes the signed report the app exports, to a file or to standard output', async () => {
    const data = tempDataDir();
    expect((await run(['pack', 'import', path.join(REPO_ROOT, 'assets', 'course-sample')], data)).code).toBe(0);
    expect((await run(['progress', 'report', 'org.naskah.dasar-skenario'], data)).err).toMatch(/give --trainee NAME/);
    const out = await run(['progress', 'report', 'org.naskah.dasar-skenario', '--trainee', 'Dewi Lestari'], data);
    const report = JSON.parse(out.out);
    expect(report).toMatchObject({ schema: 'naskah.progress-report/2', trainee: 'Dewi Lestari', signature: { key: installationKey(data).publicKey } });
    const file = path.join(tempDataDir(), 'dewi.naskahreport');
    expect((await run(['progress', 'report', 'org.naskah.dasar-skenario', '--trainee', 'Dewi', '-o', file], data)).out).toBe(`Wrote ${file}.\n`);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).trainee).toBe('Dewi');
    const csv = await run(['progress', 'report', 'org.naskah.dasar-skenario', '--trainee', 'Dewi', '--csv'], data);
    expect(csv.out.split('\r\n')[0]).toBe('trainee,pack_id,pack_version,kind,id,module_id,status,started_at,completed_at,due,checks_passed,checks_total,words,pages,draft_sha256,quiz_best_percent,quiz_attempts,quiz_passed,mentor_score,mentor_score_max,mentor_verdict');
    expect((await run(['progress', 'report', 'no.such.course', '--trainee', 'Dewi'], data)).err).toBe('naskah: The course pack no.such.course is not installed.\n');
  });
});
