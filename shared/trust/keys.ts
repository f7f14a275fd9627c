/**
 * Ed25519 keys as Naskah writes them (docs/review-format.md, "Keys and signatures"): a public key
 * is "ed25519:" followed by its 32 raw bytes in unpadded base64url (43 characters), the form JWK
 * uses for `x`. Key files (.naskahkey) are JSON; a private key travels as PKCS#8 PEM, encrypted
 * with a passphrase when the owner asked for it.
 */
import { z } from 'zod';

export const PUBLIC_KEY_PREFIX = 'ed25519:';
/** 32 bytes in base64url without padding: 42 free characters, then one whose low 2 bits are 0. */
export const PUBLIC_KEY = /^ed25519:[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;

export const publicKeySchema = z.string().regex(PUBLIC_KEY, { error: 'invalid_public_key' });

/** Who holds a key: a programme's publisher (instructor), a mentor, or one trainee installation. */
export const KEY_ROLES = ['publisher', 'mentor', 'installation'] as const;
export type KeyRole = (typeof KEY_ROLES)[number];

/** A key's name in the data directory's key store: "installation", "mentor", "programme-2026". */
export const KEY_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export const KEY_FILE_FORMAT = 'naskah-key';
export const KEY_FILE_EXTENSION = 'naskahkey';

export const keyFileSchema = z.strictObject({
  format: z.literal(KEY_FILE_FORMAT),
  formatVersion: z.literal(1),
  name: z.string().regex(KEY_NAME),
  role: z.enum(KEY_ROLES),
  /** Who the key belongs to, for people reading the file ("Bu Ratna", "Programme 2026"). */
  label: z.string().max(200),
  createdAt: z.string().max(40),
  publicKey: publicKeySchema,
  /** PKCS#8 PEM; absent in a public export. "ENCRYPTED PRIVATE KEY" when protected by a passphrase. */
  privateKey: z.string().max(4_000).optional(),
  /** Only the sample keys committed to the repository: public to everyone, for trying Naskah out. */
  demo: z.literal(true).optional(),
});
export type KeyFile = z.infer<typeof keyFileSchema>;
