/**
 * The course.sig a build puts in the pack: a fresh signature when the builder was given keys
 * (`naskah pack build --sign KEY`, or the app holding the manifest's publisher key), else the
 * folder's own course.sig — which the reader has already checked against course.json — else none.
 */
import { AppError } from '../../shared/errors.ts';
import { fingerprint } from '../trust/ed25519.ts';
import type { Signer } from '../trust/key-store.ts';
import type { LoadedPack } from './manifest-bytes.ts';
import { checkPackSignature, signPack } from './pack-signature.ts';

export function signatureForBuild(pack: LoadedPack, signers: readonly Signer[]): Buffer | null {
  if (signers.length === 0) return pack.signatureBytes;
  const declared = pack.manifest.publisherKey;
  // The publisher key is part of what is signed, so it must be written into course.json first.
  if (!declared) throw new AppError('trust.sign_without_publisher_key', { publicKey: signers[0].publicKey });
  if (!signers.some((s) => s.publicKey === declared)) {
    throw new AppError('trust.sign_key_not_publisher', { fingerprint: fingerprint(signers[0].publicKey), declared: fingerprint(declared) });
  }
  const signature = signPack(pack.manifestBytes, signers);
  // What was just written must read back as valid, or nothing is built.
  const check = checkPackSignature(pack.manifest, pack.manifestBytes, signature);
  if (!check.ok) throw new AppError(check.problems[0].code, check.problems[0].params);
  return signature;
}
