/**
 * Signing and checking JSON documents that carry their own `signature` (the canonical bytes are
 * defined in shared/trust/signed-json.ts). Checking works on the raw parsed JSON, before a schema
 * has dropped or defaulted anything, so what was signed is exactly what is checked.
 */
import { jsonSigningBytes, signatureSchema, type Signature, type SignaturePurpose } from '../../shared/trust/signed-json.ts';
import { signBytes, verifyBytes } from './ed25519.ts';
import type { Signer } from './key-store.ts';

export function signJson<T extends Record<string, unknown>>(purpose: SignaturePurpose, document: T, signer: Signer): T & { signature: Signature } {
  const bytes = jsonSigningBytes(purpose, document);
  if (!bytes) throw new Error('document cannot be canonicalised');
  return { ...document, signature: { key: signer.publicKey, sig: signBytes(signer.privateKey, bytes) } };
}

export type SignatureCheck = { status: 'valid'; key: string } | { status: 'unsigned' } | { status: 'invalid'; key: string | null };

/** Whether `raw` (JSON.parse output) carries a valid signature for `purpose`, and whose. */
export function checkJsonSignature(purpose: SignaturePurpose, raw: unknown): SignatureCheck {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { status: 'unsigned' };
  const doc = raw as Record<string, unknown>;
  if (doc.signature === undefined || doc.signature === null) return { status: 'unsigned' };
  const parsed = signatureSchema.safeParse(doc.signature);
  if (!parsed.success) {
    const key = (doc.signature as { key?: unknown }).key;
    return { status: 'invalid', key: typeof key === 'string' ? key : null };
  }
  const bytes = jsonSigningBytes(purpose, doc);
  if (!bytes || !verifyBytes(parsed.data.key, bytes, parsed.data.sig)) return { status: 'invalid', key: parsed.data.key };
  return { status: 'valid', key: parsed.data.key };
}
