/**
 * Signed course packs on real files: a folder signed with `naskah pack sign` validates, builds and
 * installs pinned to its publisher; a changed course.json, a missing or stray signature are
 * refused by name; an installed signed pack refuses an update that is unsigned or signed by
 * another key — changing nothing — and accepts a key change signed by the old key and the new.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli.ts';
import { signPack } from '../../../electron/course/pack-signature.ts';
import { openBackend, REPO_ROOT, type Backend } from '../../../electron/host.ts';
import { createKey } from '../../../electron/trust/key-store.ts';
import { fingerprint } from '../../../electron/trust/ed25519.ts';
import type { Signer } from '../../../electron/trust/key-store.ts';
import { callerOf } from '../services/call.ts';
import { tempDataDir } from '../temp.ts';
import { testSigner } from '../trust/keys-fixture.ts';
import { FILES, manifestFor, packFolder, rawZip } from './pack-fixture.ts';

let backend: Backend | undefined;
afterEach(() => backend?.close());
const call = callerOf(() => backend!);

async function run(args: string[], dataDir: string) {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (t) => void (out += String(t)), stderr: (t) => void (err += t), env: { ...process.env, NASKAH_DATA_DIR: dataDir, NASKAH_LANG: 'en' }, cwd: REPO_ROOT });
  return { code, out, err };
}

/** A pack zip (base64) whose course.json is `over` applied to the fixture, signed by `signers`. */
async function signedPack(over: Record<string, unknown>, signers: Signer[]): Promise<string> {
  const manifestBytes = Buffer.from(JSON.stringify(manifestFor(FILES, over)));
  const entries = [{ name: 'course.json', data: manifestBytes }, ...Object.entries(FILES).map(([name, data]) => ({ name, data }))];
  if (signers.length > 0) entries.push({ name: 'course.sig', data: Buffer.from(signPack(manifestBytes, signers)) });
  return (await rawZip(entries)).toString('base64');
}

const PACK = 'id.naskah.test-pack';

describe('signed course packs', () => {
  it('signs a folder, validates and builds it, and installs it pinned to its publisher', async () => {
    const data = tempDataDir();
    const created = await run(['key', 'create', 'programme', '--label', 'Programme 2026'], data);
    expect(created.code).toBe(0);
    const publicKey = /Public key: (ed25519:\S+)/.exec(created.out)![1];
    const dir = packFolder(undefined, { publisherKey: publicKey });

    const unsigned = await run(['pack', 'validate', dir], data);
    expect(unsigned).toMatchObject({ code: 1 });
    expect(unsigned.err).toBe(`naskah: course.json names a publisher key (${fingerprint(publicKey)}) but the pack carries no signature (course.sig). Sign it with naskah pack build --sign KEY.\n`);

    expect((await run(['pack', 'sign', dir, '--key', 'programme'], data)).code).toBe(0);
    const valid = await run(['pack', 'validate', dir], data);
    expect(valid.code).toBe(0);
    expect(valid.out).toContain(`Signed by the publisher key ${fingerprint(publicKey)}; mentors listed: 0.`);
    const out = path.join(tempDataDir(), 'p.naskahpack');
    const built = await run(['pack', 'build', dir, '-o', out], data);
    expect(built.out).toContain("The folder's signature (course.sig) is included.");
    // Signing again while building gives the same bytes: Ed25519 signatures are deterministic.
    const resigned = path.join(path.dirname(out), 'q.naskahpack');
    expect((await run(['pack', 'build', dir, '-o', resigned, '--sign', 'programme'], data)).code).toBe(0);
    expect(fs.readFileSync(resigned).equals(fs.readFileSync(out))).toBe(true);

    const trainee = tempDataDir();
    expect((await run(['pack', 'import', out], trainee)).code).toBe(0);
    const list = JSON.parse((await run(['pack', 'list', '--json'], trainee)).out);
    expect(list).toEqual([expect.objectContaining({ id: PACK, signedBy: { fingerprint: fingerprint(publicKey), demo: false } })]);
  });

  it('refuses a course.json changed after signing, a stray signature, and a signature by a key course.json does not name', async () => {
    const data = tempDataDir();
    const publisher = testSigner('p');
    const dir = packFolder(undefined, { publisherKey: publisher.publicKey });
    createKey(data, 'unused', 'publisher', 'A key course.json does not name');
    fs.writeFileSync(path.join(dir, 'course.sig'), signPack(fs.readFileSync(path.join(dir, 'course.json')), [publisher]));
    expect((await run(['pack', 'validate', dir], data)).code).toBe(0);

    // One changed word in course.json: every file still matches its hash, the signature does not.
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'course.json'), 'utf8'));
    manifest.title.en = 'Test course (edited)';
    fs.writeFileSync(path.join(dir, 'course.json'), JSON.stringify(manifest, null, 2));
    const changed = await run(['pack', 'validate', dir], data);
    expect(changed.code).toBe(1);
    expect(changed.err).toBe(`naskah: The signature by key ${fingerprint(publisher.publicKey)} in course.sig does not match course.json: the pack was changed after it was signed, or damaged.\n`);

    // A signature, but course.json names no publisher key.
    delete manifest.publisherKey;
    fs.writeFileSync(path.join(dir, 'course.json'), JSON.stringify(manifest, null, 2));
    expect((await run(['pack', 'validate', dir], data)).err).toContain('but course.json names no "publisherKey"');

    // Signed by a key, but course.json names another.
    const other = testSigner('o');
    manifest.publisherKey = other.publicKey;
    fs.writeFileSync(path.join(dir, 'course.json'), JSON.stringify(manifest, null, 2));
    fs.writeFileSync(path.join(dir, 'course.sig'), signPack(fs.readFileSync(path.join(dir, 'course.json')), [publisher]));
    expect((await run(['pack', 'validate', dir], data)).err).toBe(`naskah: course.sig holds no signature by the publisher key course.json names (${fingerprint(other.publicKey)}).\n`);

    // Building with --sign KEY needs that key to be the one course.json names.
    const wrong = await run(['pack', 'build', dir, '-o', path.join(data, 'x.naskahpack'), '--sign', 'unused'], data);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/^naskah: The key [0-9A-F ]{19} is not the publisher key course\.json names/);
    expect(fs.existsSync(path.join(data, 'x.naskahpack'))).toBe(false);
    delete manifest.publisherKey;
    fs.writeFileSync(path.join(dir, 'course.json'), JSON.stringify(manifest, null, 2));
    fs.rmSync(path.join(dir, 'course.sig'));
    const noKey = await run(['pack', 'build', dir, '-o', path.join(data, 'x.naskahpack'), '--sign', 'unused'], data);
    expect(noKey.err).toMatch(/^naskah: Before signing, add the publisher key to course\.json: "publisherKey": "ed25519:/);
  });

  it('refuses an unsigned update and one signed by another key, changing nothing', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const publisher = testSigner('p');
    await call('course.install', { fileName: 'p', content: await signedPack({ publisherKey: publisher.publicKey }, [publisher]) });
    await call('course.record', { packId: PACK, kind: 'lesson_completed', itemId: 'format' });
    const before = await call('course.get', { packId: PACK });

    const unsigned = await signedPack({ revision: 2, version: '1.1.0' }, []);
    expect(await call('course.inspect', { fileName: 'p', content: unsigned })).toEqual({
      status: 'refused',
      problems: [{ code: 'trust.pack_update_unsigned', params: { id: PACK, pinned: fingerprint(publisher.publicKey) } }],
    });
    await expect(call('course.install', { fileName: 'p', content: unsigned })).rejects.toMatchObject({ code: 'trust.pack_update_unsigned' });

    const intruder = testSigner('i');
    const foreign = await signedPack({ revision: 2, publisherKey: intruder.publicKey, mentors: [{ name: 'Me', key: intruder.publicKey }] }, [intruder]);
    await expect(call('course.install', { fileName: 'p', content: foreign })).rejects.toMatchObject({
      code: 'trust.pack_publisher_changed',
      params: { id: PACK, pinned: fingerprint(publisher.publicKey), fingerprint: fingerprint(intruder.publicKey) },
    });
    expect(await call('course.get', { packId: PACK })).toEqual(before);

    // An update the pinned publisher signed goes in.
    await call('course.install', { fileName: 'p', content: await signedPack({ revision: 2, publisherKey: publisher.publicKey }, [publisher]) });
    expect((await call('course.get', { packId: PACK })).manifest.revision).toBe(2);
  });

  it('moves the pin when the old key signs the change, and only then', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const oldKey = testSigner('old');
    const newKey = testSigner('new');
    await call('course.install', { fileName: 'p', content: await signedPack({ publisherKey: oldKey.publicKey }, [oldKey]) });
    // Signed by the new key alone: refused.
    await expect(call('course.install', { fileName: 'p', content: await signedPack({ revision: 2, publisherKey: newKey.publicKey }, [newKey]) })).rejects.toMatchObject({ code: 'trust.pack_publisher_changed' });
    // Signed by both: the update says so, and the new key is pinned.
    const rotation = await signedPack({ revision: 2, publisherKey: newKey.publicKey }, [newKey, oldKey]);
    expect(await call('course.inspect', { fileName: 'p', content: rotation })).toMatchObject({
      status: 'update',
      pack: { signedBy: { fingerprint: fingerprint(newKey.publicKey), demo: false }, keyChange: { from: fingerprint(oldKey.publicKey), to: fingerprint(newKey.publicKey) } },
    });
    await call('course.install', { fileName: 'p', content: rotation });
    expect((await call('course.list', {}))[0].signedBy?.fingerprint).toBe(fingerprint(newKey.publicKey));
    // From now on the old key alone is not enough.
    await expect(call('course.install', { fileName: 'p', content: await signedPack({ revision: 3, publisherKey: oldKey.publicKey }, [oldKey]) })).rejects.toMatchObject({ code: 'trust.pack_publisher_changed' });
    await call('course.install', { fileName: 'p', content: await signedPack({ revision: 3, publisherKey: newKey.publicKey }, [newKey]) });
  });

  it('pins the first key seen when an unsigned install is updated by a signed revision', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    await call('course.install', { fileName: 'p', content: await signedPack({}, []) });
    expect((await call('course.list', {}))[0].signedBy).toBeNull();
    const publisher = testSigner('p');
    await call('course.install', { fileName: 'p', content: await signedPack({ revision: 2, publisherKey: publisher.publicKey }, [publisher]) });
    await expect(call('course.install', { fileName: 'p', content: await signedPack({ revision: 3 }, []) })).rejects.toMatchObject({ code: 'trust.pack_update_unsigned' });
  });

  it('installs the sample pack signed with the demo key, and says it is a demo', async () => {
    const data = tempDataDir();
    expect((await run(['pack', 'import', path.join(REPO_ROOT, 'assets', 'course-sample')], data)).code).toBe(0);
    const [pack] = JSON.parse((await run(['pack', 'list', '--json'], data)).out);
    expect(pack.signedBy).toEqual({ fingerprint: '0C2B 6B6B DFEF 1D9C', demo: true });
  });
});
