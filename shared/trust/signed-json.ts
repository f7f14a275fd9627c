/**
 * What exactly is signed when a JSON document (feedback file, approval, progress report, a review
 * bundle's meta.json) carries its own signature. The signature covers the document as parsed,
 * minus its top-level `signature` member, serialised by the JSON Canonicalization Scheme
 * (RFC 8785, shared/trust/canonical-json.ts: keys sorted by UTF-16 code units, no whitespace,
 * ECMAScript number form, strings as JSON.stringify writes them), after a fixed line naming the
 * kind of document:
 *
 *     "naskah-signature/1 <purpose>\n" + JCS(document without "signature")   (UTF-8)
 *
 * The purpose line keeps a signature made for one kind of document from being passed off as
 * another (an approval statement is never a valid report). JCS means whitespace and key order do
 * not matter, but every value does, including fields this version of Naskah does not know: the
 * signature is checked on the raw parsed JSON, before any schema drops or defaults anything.
 * A course pack is different: its publisher signs the exact bytes of course.json (see
 * packSigningBytes) because that file is the instructor's own text and lists every other file's
 * SHA-256.
 */
import { z } from 'zod';
import { canonicalJson } from './canonical-json.ts';
import { publicKeySchema } from './keys.ts';

export const SIGNATURE_PURPOSES = ['course', 'feedback', 'approval', 'progress-report', 'review-bundle', 'review-score'] as const;
export type SignaturePurpose = (typeof SIGNATURE_PURPOSES)[number];

/** A 64-byte Ed25519 signature in unpadded base64url is 86 characters. */
export const signatureSchema = z.strictObject({
  key: publicKeySchema,
  sig: z.string().regex(/^[A-Za-z0-9_-]{85}[AQgw]$/),
});
export type Signature = z.infer<typeof signatureSchema>;

const encoder = new TextEncoder();

export function purposeLine(purpose: SignaturePurpose): string {
  return `naskah-signature/1 ${purpose}\n`;
}

/**
 * The bytes signed for a JSON document, or null when it cannot be canonicalised (a lone
 * surrogate in a string, a number JSON cannot write): such a document can never verify.
 */
export function jsonSigningBytes(purpose: SignaturePurpose, document: Record<string, unknown>): Uint8Array | null {
  const { signature: _omit, ...rest } = document;
  const text = canonicalJson(rest);
  return text === null ? null : encoder.encode(purposeLine(purpose) + text);
}

/** The bytes a publisher signs: the purpose line, then course.json exactly as it is in the pack. */
export function packSigningBytes(manifestBytes: Uint8Array): Uint8Array {
  const head = encoder.encode(purposeLine('course'));
  const out = new Uint8Array(head.length + manifestBytes.length);
  out.set(head);
  out.set(manifestBytes, head.length);
  return out;
}
