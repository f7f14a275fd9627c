/**
 * The key store on a real data directory: keys are made once and never overwritten, private
 * halves stay out of the database and its backups, exports are public unless asked, a private
 * export can be passphrase-encrypted, and imports refuse another key under a taken name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/host.ts';
import { fingerprint, verifyBytes, signBytes } from '../../../electron/trust/ed25519.ts';
import { createKey, ensureKey, exportKey, getKey, importKey, keysDir, listKeys, parseKeyFile, signerNamed } from '../../../electron/trust/key-store.ts';
import { installationKey, mentorKey } from '../../../electron/trust/role-keys.ts';
import { DEMO_MENTOR_KEY, DEMO_PUBLISHER_KEY } from '../../../shared/trust/demo-keys.ts';
import { PUBLIC_KEY } from '../../../shared/trust/keys.ts';
import { tempDataDir } from '../temp.ts';
import { DEMO_KEY_FILES, demoSigner } from './keys-fixture.ts';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return 'no error';
};

describe('key store', () => {
  it('creates a key once, in a private folder, and signs with it', () => {
    const dir = tempDataDir();
    const key = createKey(dir, 'programme-2026', 'publisher', 'Programme 2026');
    expect(key.publicKey).toMatch(PUBLIC_KEY);
    expect(key.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    expect(key.fingerprint).toBe(fingerprint(key.publicKey));
    const file = path.join(keysDir(dir), 'programme-2026.naskahkey');
    if (process.platform !== 'win32') {
      expect(fs.statSync(keysDir(dir)).mode & 0o777).toBe(0o700);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    }
    expect(code(() => createKey(dir, 'programme-2026', 'publisher', 'again'))).toBe('trust.key_exists');
    expect(getKey(dir, 'programme-2026')?.publicKey).toBe(key.publicKey);
    const signer = signerNamed(dir, 'programme-2026');
    const sig = signBytes(signer.privateKey, Buffer.from('naskah'));
    expect(verifyBytes(key.publicKey, Buffer.from('naskah'), sig)).toBe(true);
    expect(verifyBytes(key.publicKey, Buffer.from('naskaH'), sig)).toBe(false);
    expect(code(() => createKey(dir, 'Bad Name', 'publisher', 'x'))).toBe('trust.key_invalid_name');
    expect(code(() => signerNamed(dir, 'nope'))).toBe('trust.key_not_found');
    expect(listKeys(dir).map((k) => k.name)).toEqual(['programme-2026']);
  });

  it('makes the installation and mentor keys on first use and keeps them', () => {
    const dir = tempDataDir();
    const a = installationKey(dir);
    const b = installationKey(dir);
    expect(b.publicKey).toBe(a.publicKey);
    expect(mentorKey(dir).publicKey).not.toBe(a.publicKey);
    expect(ensureKey(dir, 'installation', 'installation', 'x').publicKey).toBe(a.publicKey);
    expect(listKeys(dir).map((k) => [k.name, k.role])).toEqual([
      ['installation', 'installation'],
      ['mentor', 'mentor'],
    ]);
  });

  it('never puts a private key into the database or its backups', async () => {
    const dir = tempDataDir();
    const backend = openBackend(dir, 'web', 'en-US');
    const key = mentorKey(dir);
    await backend.dailyBackup;
    backend.close();
    const pem = getKey(dir, 'mentor')!.privateKey!;
    const body = pem.split('\n').slice(1, -2).join('');
    const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
    const holding = files.filter((f) => fs.readFileSync(f).includes(Buffer.from(body)));
    expect(holding).toEqual([path.join(keysDir(dir), 'mentor.naskahkey')]);
    expect(files.some((f) => f.includes(`${path.sep}backups${path.sep}`))).toBe(true);
    expect(key.publicKey).toMatch(PUBLIC_KEY);
  });

  it('exports the public key by default, the private one only when asked, encrypted with a passphrase', () => {
    const dir = tempDataDir();
    createKey(dir, 'pub', 'publisher', 'Programme');
    const pub = parseKeyFile(exportKey(dir, 'pub'), 'export');
    expect(pub.privateKey).toBeUndefined();
    expect(pub.publicKey).toBe(getKey(dir, 'pub')!.publicKey);

    const encrypted = exportKey(dir, 'pub', { withPrivate: true, passphrase: 'kopi tubruk' });
    expect(encrypted).toContain('ENCRYPTED PRIVATE KEY');
    const other = tempDataDir();
    expect(code(() => importKey(other, encrypted, 'backup.naskahkey'))).toBe('trust.key_needs_passphrase');
    expect(code(() => importKey(other, encrypted, 'backup.naskahkey', { passphrase: 'teh manis' }))).toBe('trust.key_bad_passphrase');
    expect(fs.existsSync(keysDir(other)) ? fs.readdirSync(keysDir(other)) : []).toEqual([]);
    const restored = importKey(other, encrypted, 'backup.naskahkey', { passphrase: 'kopi tubruk' });
    expect(restored).toMatchObject({ changed: true, key: { name: 'pub', publicKey: pub.publicKey, hasPrivateKey: true } });
    // Stored decrypted, so the app can sign without asking; importing it again changes nothing.
    expect(getKey(other, 'pub')!.privateKey).toContain('BEGIN PRIVATE KEY');
    expect(importKey(other, encrypted, 'backup.naskahkey', { passphrase: 'kopi tubruk' }).changed).toBe(false);
    expect(code(() => importKey(other, exportKey(dir, 'pub'), 'public.naskahkey', { name: 'pub2' }))).toBe('trust.key_public_only');
  });

  it('refuses another key under a taken name, a damaged file, and a private key that is not the public one', () => {
    const dir = tempDataDir();
    mentorKey(dir);
    const demo = fs.readFileSync(DEMO_KEY_FILES.mentor, 'utf8');
    expect(code(() => importKey(dir, demo, DEMO_KEY_FILES.mentor, { name: 'mentor' }))).toBe('trust.key_exists');
    expect(code(() => importKey(dir, '{"format":"naskah-key"', 'x'))).toBe('trust.key_file_invalid');
    expect(code(() => importKey(dir, '{"hello":1}', 'x'))).toBe('trust.key_file_invalid');
    const swapped = { ...JSON.parse(demo), publicKey: DEMO_PUBLISHER_KEY };
    expect(code(() => importKey(dir, JSON.stringify(swapped), 'x', { name: 'swapped' }))).toBe('trust.key_mismatch');
    const imported = importKey(dir, demo, DEMO_KEY_FILES.mentor, { name: 'sample' });
    expect(imported.key).toMatchObject({ name: 'sample', publicKey: DEMO_MENTOR_KEY, demo: true });
    expect(demoSigner('publisher').publicKey).toBe(DEMO_PUBLISHER_KEY);
  });
});
