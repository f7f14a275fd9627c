/**
 * course.sig: the publisher's signature of course.json (docs/course-pack.md, "Signing").
 *
 *   { "format": "naskah-signature", "formatVersion": 1, "signed": "course.json",
 *     "signatures": [{ "key": "ed25519:…", "sig": "…" }] }
 *
 * Each signature is Ed25519 over "naskah-signature/1 course\n" followed by the exact bytes of
 * course.json — which lists every other file with its SHA-256, so one signature covers the pack.
 * Usually there is one signature, by the manifest's `publisherKey`; a pack that moves to a new
 * publisher key is signed by the new key and by the old one, so installations that pinned the old
 * key accept the change (a key rotation, as TUF does it). Every signature present must be valid.
 */
import { z } from 'zod';
import type { CourseManifest } from '../../shared/course/manifest-schema.ts';
import { SIGNATURE_FILE } from '../../shared/course/limits.ts';
import { packSigningBytes, signatureSchema } from '../../shared/trust/signed-json.ts';
import { fingerprint, signBytes, verifyBytes } from '../trust/ed25519.ts';
import type { Signer } from '../trust/key-store.ts';
import { problem, type PackProblem } from './pack-problems.ts';

export const PACK_SIGNATURE_FORMAT = 'naskah-signature';

const packSignatureSchema = z.strictObject({
  format: z.literal(PACK_SIGNATURE_FORMAT),
  formatVersion: z.literal(1),
  signed: z.literal('course.json'),
  signatures: z.array(signatureSchema).min(1).max(8),
});

/** The keys whose valid signatures a pack carries: [] for an unsigned pack. */
export type PackSigners = string[];

export function signPack(manifestBytes: Uint8Array, signers: readonly Signer[]): Buffer {
  const bytes = packSigningBytes(manifestBytes);
  const file = {
    format: PACK_SIGNATURE_FORMAT,
    formatVersion: 1,
    signed: 'course.json',
    signatures: signers.map((s) => ({ key: s.publicKey, sig: signBytes(s.privateKey, bytes) })),
  };
  return Buffer.from(JSON.stringify(file, null, 2) + '\n', 'utf8');
}

function parseSignatureFile(bytes: Buffer): z.infer<typeof packSignatureSchema> | PackProblem {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return problem('trust.pack_signature_invalid', { file: SIGNATURE_FILE, problem: 'not JSON' });
  }
  const parsed = packSignatureSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return problem('trust.pack_signature_invalid', { file: SIGNATURE_FILE, problem: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}` });
  }
  return parsed.data;
}

/**
 * Checks course.sig against course.json: the signers, or the problems (a pack that names a
 * publisher key must be signed by it; one that names none must carry no signature).
 */
export function checkPackSignature(manifest: CourseManifest, manifestBytes: Uint8Array, signatureBytes: Buffer | null): { ok: true; signers: PackSigners } | { ok: false; problems: PackProblem[] } {
  const declared = manifest.publisherKey;
  if (signatureBytes === null) {
    if (declared) return { ok: false, problems: [problem('trust.pack_unsigned', { file: SIGNATURE_FILE, fingerprint: fingerprint(declared) })] };
    return { ok: true, signers: [] };
  }
  if (!declared) return { ok: false, problems: [problem('trust.pack_signature_without_key', { file: SIGNATURE_FILE })] };
  const file = parseSignatureFile(signatureBytes);
  if ('code' in file) return { ok: false, problems: [file] };
  const bytes = packSigningBytes(manifestBytes);
  const problems: PackProblem[] = [];
  const signers: string[] = [];
  for (const s of file.signatures) {
    if (signers.includes(s.key)) problems.push(problem('trust.pack_signature_invalid', { file: SIGNATURE_FILE, problem: `key ${fingerprint(s.key)} signs twice` }));
    else if (!verifyBytes(s.key, bytes, s.sig)) problems.push(problem('trust.pack_bad_signature', { file: SIGNATURE_FILE, fingerprint: fingerprint(s.key) }));
    else signers.push(s.key);
  }
  if (problems.length === 0 && !signers.includes(declared)) problems.push(problem('trust.pack_not_signed_by_publisher', { file: SIGNATURE_FILE, fingerprint: fingerprint(declared) }));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, signers };
}
