/**
 * Review bundles: a real zip round trip, then hostile and broken bundles built here byte by byte
 * (yazl refuses to write some of them, so names and flags are patched in the finished zip).
 */
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { buildBundle, draftSha256, readBundle } from '../../../electron/review/bundle.ts';
import { writeZip } from '../../../electron/zip/zip-write.ts';
import { BUNDLE_FORMAT, type BundleMeta } from '../../../shared/review/bundle-meta.ts';
import { canonicalDraftJson } from '../../../shared/review/canonical.ts';
import { sampleScript } from '../../shared/review/fixtures.ts';

const script = sampleScript();
const FAKE_PDF = new TextEncoder().encode('%PDF-1.7\n% test bytes, not parsed by the reader\n');

function meta(overrides: Partial<BundleMeta> = {}): BundleMeta {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: 1,
    appVersion: '0.1.0',
    createdAt: '2025-02-03T04:05:06.000Z',
    traineeName: 'Dewi',
    scriptTitle: 'Pulang',
    scriptId: 'script_1',
    snapshotId: 'snap_1',
    draftSha256: draftSha256(script),
    exercise: null,
    checks: null,
    rubric: { criteria: [{ id: 'format', title: { en: 'Format', id: 'Format' }, maxScore: 5 }] },
    ...overrides,
  };
}

const metaBytes = (m: unknown) => Buffer.from(JSON.stringify(m), 'utf8');
const draftBytes = Buffer.from(canonicalDraftJson(script), 'utf8');

/** Replaces every occurrence of a same-length byte string (local and central headers alike). */
function patch(zip: Buffer, from: string, to: string): Buffer {
  expect(from.length).toBe(to.length);
  const out = Buffer.from(zip);
  const needle = Buffer.from(from, 'latin1');
  let at = out.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  while (at >= 0) {
    out.write(to, at, 'latin1');
    at = out.indexOf(needle, at + 1);
  }
  return out;
}

async function expectRefused(zip: Buffer, code: string, params?: Record<string, unknown>) {
  const read = await readBundle(zip);
  expect(read.ok).toBe(false);
  if (!read.ok) {
    expect(read.error.code).toBe(code);
    if (params) expect(read.error.params).toMatchObject(params);
  }
}

describe('review bundle', () => {
  it('round-trips: draft with ids, Fountain copy, PDF and meta', async () => {
    const zip = await buildBundle({ meta: meta(), screenplay: script, pdf: FAKE_PDF });
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    const read = await readBundle(zip);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.screenplay).toEqual(script);
    expect(read.value.screenplay.elements.every((e) => e.id)).toBe(true);
    expect(read.value.meta).toEqual(meta());
    // The Fountain and PDF copies are really there for people to read.
    expect(zip.includes(Buffer.from('draft.fountain'))).toBe(true);
    expect(zip.includes(Buffer.from(FAKE_PDF))).toBe(true);
  });

  it('refuses a draft changed after export (hash mismatch)', async () => {
    const tampered = { ...script, elements: script.elements.map((e, i) => (i === 1 ? { ...e, text: e.text + ' X' } : e)) };
    const zip = await writeZip([
      { name: 'meta.json', data: metaBytes(meta()) },
      { name: 'draft.json', data: Buffer.from(canonicalDraftJson(tampered)) },
    ]);
    await expectRefused(zip, 'review.bundle_hash_mismatch');
  });

  it('refuses drafts without element ids, bad meta, other formats and newer versions', async () => {
    const noIds = { ...script, elements: script.elements.map(({ id: _id, ...rest }) => rest) };
    await expectRefused(
      await writeZip([
        { name: 'meta.json', data: metaBytes(meta({ draftSha256: draftSha256(noIds) })) },
        { name: 'draft.json', data: Buffer.from(canonicalDraftJson(noIds)) },
      ]),
      'review.bundle_bad_draft',
      { path: 'elements.0.id' },
    );
    await expectRefused(await writeZip([{ name: 'meta.json', data: metaBytes({ ...meta(), draftSha256: 'x' }) }, { name: 'draft.json', data: draftBytes }]), 'review.bundle_bad_meta', {
      path: 'draftSha256',
    });
    await expectRefused(await writeZip([{ name: 'meta.json', data: metaBytes({ format: 'other' }) }, { name: 'draft.json', data: draftBytes }]), 'review.not_bundle');
    await expectRefused(await writeZip([{ name: 'meta.json', data: metaBytes({ ...meta(), formatVersion: 9 }) }, { name: 'draft.json', data: draftBytes }]), 'review.unsupported_version', {
      version: '9',
    });
    await expectRefused(await writeZip([{ name: 'meta.json', data: Buffer.from('{not json') }, { name: 'draft.json', data: draftBytes }]), 'review.bundle_bad_meta');
    await expectRefused(await writeZip([{ name: 'meta.json', data: metaBytes(meta()) }, { name: 'draft.json', data: Buffer.from([0xff, 0xfe, 0x00]) }]), 'review.bundle_bad_draft');
  });

  it('refuses files that are not zips, truncated zips and incomplete bundles', async () => {
    await expectRefused(Buffer.from('just some text, not a zip'), 'review.bundle_not_zip');
    const zip = await buildBundle({ meta: meta(), screenplay: script, pdf: FAKE_PDF });
    await expectRefused(zip.subarray(0, Math.floor(zip.length / 2)), 'review.bundle_not_zip');
    await expectRefused(await writeZip([{ name: 'meta.json', data: metaBytes(meta()) }]), 'review.bundle_missing_entry', { name: 'draft.json' });
  });

  it('refuses zip slip, unexpected entries, folders and symlinks', async () => {
    const slip = await writeZip([
      { name: 'meta.json', data: metaBytes(meta()) },
      { name: 'draft.json', data: draftBytes },
      { name: 'xx/evil.json', data: Buffer.from('{}') },
    ]);
    await expectRefused(patch(slip, 'xx/evil.json', '../evil.json'), 'review.bundle_unsafe_entry', { name: '../evil.json' });
    await expectRefused(patch(slip, 'xx/evil.json', '/etc/passwd_'), 'review.bundle_unsafe_entry', { name: '/etc/passwd_' });
    await expectRefused(patch(slip, 'xx/evil.json', 'C:\\evil.json'), 'review.bundle_unsafe_entry');

    await expectRefused(slip, 'review.bundle_unexpected_entry', { name: 'xx/evil.json' });

    const z = new yazl.ZipFile();
    z.addBuffer(metaBytes(meta()), 'meta.json');
    z.addBuffer(Buffer.from('/etc/passwd'), 'draft.json', { mode: 0o120777 });
    z.end();
    const chunks: Buffer[] = [];
    for await (const c of z.outputStream) chunks.push(c as Buffer);
    await expectRefused(Buffer.concat(chunks), 'review.bundle_unsafe_entry', { name: 'draft.json' });
  });

  it('refuses duplicate entries, encrypted entries and too many entries', async () => {
    const dup = await writeZip([
      { name: 'meta.json', data: metaBytes(meta()) },
      { name: 'draft.json', data: draftBytes },
      { name: 'draft.jsoX', data: draftBytes },
    ]);
    await expectRefused(patch(dup, 'draft.jsoX', 'draft.json'), 'review.bundle_duplicate_entry', { name: 'draft.json' });

    const plain = await writeZip([
      { name: 'meta.json', data: metaBytes(meta()) },
      { name: 'draft.json', data: draftBytes },
    ]);
    // Set the "encrypted" bit (bit 0 of the general purpose flags) in the central directory.
    const enc = Buffer.from(plain);
    for (let at = enc.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = enc.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      enc[at + 8] |= 1;
    }
    await expectRefused(enc, 'review.bundle_unsafe_entry', { name: 'meta.json' });

    const many = await writeZip(Array.from({ length: 12 }, (_, i) => ({ name: `f${i}.txt`, data: Buffer.from('x') })));
    await expectRefused(many, 'review.bundle_too_many_entries', { count: 12 });
  });

  it('refuses oversized entries and archives from their declared sizes, and zip bombs by ratio', async () => {
    const bigMeta = await writeZip([
      { name: 'meta.json', data: Buffer.alloc(300 * 1024, 0x20), compress: false },
      { name: 'draft.json', data: draftBytes },
    ]);
    await expectRefused(bigMeta, 'review.bundle_entry_too_large', { name: 'meta.json' });

    // 3 MiB of one repeated byte deflates about a thousandfold: a bomb in miniature.
    const bomb = await writeZip([
      { name: 'meta.json', data: metaBytes(meta()) },
      { name: 'draft.json', data: Buffer.alloc(3 * 1024 * 1024, 0x20) },
    ]);
    await expectRefused(bomb, 'review.bundle_bomb', { name: 'draft.json' });

    await expectRefused(Buffer.alloc(65 * 1024 * 1024), 'review.bundle_too_large');
  });

  it('refuses an entry whose declared size lies', async () => {
    const zip = await writeZip([
      { name: 'meta.json', data: metaBytes(meta()), compress: false },
      { name: 'draft.json', data: draftBytes, compress: false },
    ]);
    // Shrink the declared uncompressed size of draft.json in the central directory.
    const lying = Buffer.from(zip);
    const sig = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
    for (let at = lying.indexOf(sig); at >= 0; at = lying.indexOf(sig, at + 4)) {
      const nameLength = lying.readUInt16LE(at + 28);
      if (lying.toString('latin1', at + 46, at + 46 + nameLength) === 'draft.json') lying.writeUInt32LE(10, at + 24);
    }
    await expectRefused(lying, 'review.bundle_not_zip');
  });
});
