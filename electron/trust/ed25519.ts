/**
 * Ed25519 through node:crypto (OpenSSL): key pairs, signatures and fingerprints in the text forms
 * of shared/trust/keys.ts. Nothing here is hand-rolled cryptography; it only converts between
 * node's KeyObjects and the strings files carry.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { PUBLIC_KEY, PUBLIC_KEY_PREFIX } from '../../shared/trust/keys.ts';

export interface KeyPair {
  publicKey: string;
  /** PKCS#8 PEM, unencrypted. */
  privateKeyPem: string;
}

export function generateKeyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKey: publicKeyText(publicKey), privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

export function publicKeyText(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error('not an Ed25519 key');
  return `${PUBLIC_KEY_PREFIX}${jwk.x}`;
}

/**
 * Importing a key costs about as much as checking a signature with it, and a class of 250 sends
 * reports from 250 keys over and over: the last few hundred KeyObjects are kept.
 */
const KEY_CACHE_SIZE = 512;
const keyCache = new Map<string, KeyObject | null>();

/** A public key's KeyObject, or null when the text is not an Ed25519 public key. */
export function publicKeyObject(text: string): KeyObject | null {
  if (!PUBLIC_KEY.test(text)) return null;
  const cached = keyCache.get(text);
  if (cached !== undefined) return cached;
  let key: KeyObject | null;
  try {
    key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: text.slice(PUBLIC_KEY_PREFIX.length) }, format: 'jwk' });
  } catch {
    key = null;
  }
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.delete(keyCache.keys().next().value!);
  keyCache.set(text, key);
  return key;
}

/**
 * Reads a PKCS#8 PEM private key (decrypting it with `passphrase` when it is encrypted). Throws
 * 'needs_passphrase' or 'bad_private_key' so the caller can name the problem.
 */
export function privateKeyObject(pem: string, passphrase?: string): KeyObject {
  if (pem.includes('ENCRYPTED PRIVATE KEY') && !passphrase) throw new Error('needs_passphrase');
  let key: KeyObject;
  try {
    key = createPrivateKey(passphrase ? { key: pem, format: 'pem', passphrase } : { key: pem, format: 'pem' });
  } catch {
    throw new Error(passphrase ? 'bad_passphrase' : 'bad_private_key');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('bad_private_key');
  return key;
}

export function publicKeyOf(privateKey: KeyObject): string {
  return publicKeyText(createPublicKey(privateKey));
}

export function signBytes(privateKey: KeyObject, bytes: Uint8Array): string {
  return sign(null, bytes, privateKey).toString('base64url');
}

export function verifyBytes(publicKey: string, bytes: Uint8Array, signature: string): boolean {
  const key = publicKeyObject(publicKey);
  if (!key || !/^[A-Za-z0-9_-]{86}$/.test(signature)) return false;
  try {
    return verify(null, bytes, key, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

/**
 * What people compare when they check a key by eye or read it out on the phone: the first 16 hex
 * digits of the SHA-256 of the raw public key, in four groups ("3F2A 91C0 7B44 E1D9"). Programs
 * always compare whole keys; the fingerprint is only for humans.
 */
export function fingerprint(publicKey: string): string {
  const raw = Buffer.from(publicKey.slice(PUBLIC_KEY_PREFIX.length), 'base64url');
  const hex = createHash('sha256').update(raw).digest('hex').slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}
