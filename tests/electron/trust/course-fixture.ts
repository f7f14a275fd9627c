/**
 * Course packs for the trust tests: the small fixture pack with a second, mentor-approved
 * exercise, signed by a publisher key and listing mentor keys, zipped as real .naskahpack bytes.
 */
import { signPack } from '../../../electron/course/pack-signature.ts';
import type { Signer } from '../../../electron/trust/key-store.ts';
import { FILES, manifestFor, rawZip } from '../course/pack-fixture.ts';

export const PACK = 'id.naskah.test-pack';

export const REVIEWED = {
  id: 'scene-review',
  title: { en: 'A scene for your mentor', id: 'Adegan untuk mentor' },
  prompt: { en: 'Write a scene; your mentor approves it.', id: 'Tulis adegan; mentor Anda menyetujuinya.' },
  completion: 'mentor_approved',
  rubric: [{ id: 'structure', label: { en: 'Structure', id: 'Struktur' }, max: 5 }],
};

/** The fixture manifest with the mentor-approved exercise added, then `over` applied. */
export function trustManifest(over: Record<string, unknown> = {}): Record<string, unknown> {
  const m = manifestFor(FILES) as { modules: { exercises: unknown[] }[] };
  m.modules[0].exercises.push(REVIEWED);
  return { ...m, ...over };
}

/** The pack's zip as base64 for course.install: course.json as given, signed by `signers` (none: unsigned). */
export async function packZip(manifest: Record<string, unknown>, signers: readonly Signer[] = []): Promise<string> {
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const entries = [{ name: 'course.json', data: manifestBytes }, ...Object.entries(FILES).map(([name, data]) => ({ name, data }))];
  if (signers.length > 0) entries.push({ name: 'course.sig', data: Buffer.from(signPack(manifestBytes, signers)) });
  return (await rawZip(entries)).toString('base64');
}

/** A signed pack whose publisher is `publisher` and whose mentors are `mentors`. */
export function signedPackZip(publisher: Signer, mentors: { name: string; signer: Signer }[], over: Record<string, unknown> = {}): Promise<string> {
  return packZip(trustManifest({ publisherKey: publisher.publicKey, mentors: mentors.map((m) => ({ name: m.name, key: m.signer.publicKey })), ...over }), [publisher]);
}
