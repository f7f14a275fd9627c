/**
 * The data directory's key store: `keys/<name>.naskahkey`, one JSON file per key (format in
 * shared/trust/keys.ts). Private keys live here and nowhere else — never in naskah.db, so never in
 * its backups/ copies, which people hand to a colleague or a help desk when something goes wrong.
 * The folder is private to the user (0700, files 0600 where the file system has modes); a key is
 * written once and never overwritten, so a signature made with it stays checkable.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { KEY_FILE_EXTENSION, KEY_FILE_FORMAT, KEY_NAME, keyFileSchema, type KeyFile, type KeyRole } from '../../shared/trust/keys.ts';
import { isDemoKey } from '../../shared/trust/demo-keys.ts';
import { fingerprint, generateKeyPair, privateKeyObject, publicKeyOf } from './ed25519.ts';
import type { KeyObject } from 'node:crypto';

export const KEYS_DIR = 'keys';
/** A key file is a few hundred bytes; anything much larger is not one. */
const MAX_KEY_FILE_BYTES = 16 * 1024;

export interface KeyInfo {
  name: string;
  role: KeyRole;
  label: string;
  createdAt: string;
  publicKey: string;
  fingerprint: string;
  hasPrivateKey: boolean;
  demo: boolean;
}

export interface Signer {
  publicKey: string;
  privateKey: KeyObject;
  info: KeyInfo;
}

export function keysDir(dataDir: string): string {
  return path.join(dataDir, KEYS_DIR);
}

function keyPath(dataDir: string, name: string): string {
  if (!KEY_NAME.test(name)) throw new AppError('trust.key_invalid_name', { name: name.slice(0, 80) });
  return path.join(keysDir(dataDir), `${name}.${KEY_FILE_EXTENSION}`);
}

export function infoOf(file: KeyFile): KeyInfo {
  return {
    name: file.name,
    role: file.role,
    label: file.label,
    createdAt: file.createdAt,
    publicKey: file.publicKey,
    fingerprint: fingerprint(file.publicKey),
    hasPrivateKey: file.privateKey !== undefined,
    demo: file.demo === true || isDemoKey(file.publicKey),
  };
}

/** Parses a key file's text; every problem is a trust.* error naming the file. */
export function parseKeyFile(text: string, source: string): KeyFile {
  if (Buffer.byteLength(text) > MAX_KEY_FILE_BYTES) throw new AppError('trust.key_file_invalid', { file: source, problem: 'too large' });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('trust.key_file_invalid', { file: source, problem: 'not JSON' });
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== KEY_FILE_FORMAT) {
    throw new AppError('trust.key_file_invalid', { file: source, problem: `not a ${KEY_FILE_FORMAT} file` });
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('trust.key_file_invalid', { file: source, problem: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}` });
  }
  return parsed.data;
}

function readKeyFile(file: string): KeyFile | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new AppError('trust.key_unreadable', { file, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  return parseKeyFile(text, file);
}

export function getKey(dataDir: string, name: string): KeyFile | null {
  return readKeyFile(keyPath(dataDir, name));
}

export function listKeys(dataDir: string): KeyInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(keysDir(dataDir));
  } catch {
    return [];
  }
  const suffix = `.${KEY_FILE_EXTENSION}`;
  return names
    .filter((n) => n.endsWith(suffix) && KEY_NAME.test(n.slice(0, -suffix.length)))
    .sort()
    .flatMap((n) => {
      const file = readKeyFile(path.join(keysDir(dataDir), n));
      return file ? [infoOf(file)] : [];
    });
}

/**
 * Writes a new key file, never replacing one: the file is written whole under a temporary name,
 * then hard-linked into place, which fails if the name is taken (two processes creating the
 * installation key at the same moment both end up with the one that won). Returns false when
 * the name was taken.
 */
function writeNew(file: string, text: string): boolean {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.linkSync(tmp, file);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // File systems without hard links (FAT on a USB stick holding a portable data folder).
    if (fs.existsSync(file)) return false;
    fs.renameSync(tmp, file);
    return true;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function serialise(file: KeyFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

export function newKeyFile(name: string, role: KeyRole, label: string, at = new Date().toISOString()): KeyFile {
  const pair = generateKeyPair();
  return { format: KEY_FILE_FORMAT, formatVersion: 1, name, role, label, createdAt: at, publicKey: pair.publicKey, privateKey: pair.privateKeyPem };
}

export function createKey(dataDir: string, name: string, role: KeyRole, label: string): KeyInfo {
  const file = keyPath(dataDir, name);
  const key = newKeyFile(name, role, label);
  if (!writeNew(file, serialise(key))) {
    const existing = readKeyFile(file);
    throw new AppError('trust.key_exists', { name, fingerprint: existing ? fingerprint(existing.publicKey) : '?' });
  }
  return infoOf(key);
}

/** The key of that name, created on first use (the installation key, the mentor's key). */
export function ensureKey(dataDir: string, name: string, role: KeyRole, label: string): KeyInfo {
  const file = keyPath(dataDir, name);
  const existing = readKeyFile(file);
  if (existing) return infoOf(existing);
  const key = newKeyFile(name, role, label);
  if (writeNew(file, serialise(key))) return infoOf(key);
  return infoOf(readKeyFile(file)!);
}

/** A key ready to sign with: its private half read and checked against the public key on file. */
export function signerOf(file: KeyFile, passphrase?: string): Signer {
  if (!file.privateKey) throw new AppError('trust.key_public_only', { name: file.name, fingerprint: fingerprint(file.publicKey) });
  let privateKey: KeyObject;
  try {
    privateKey = privateKeyObject(file.privateKey, passphrase);
  } catch (err) {
    const why = (err as Error).message;
    if (why === 'needs_passphrase') throw new AppError('trust.key_needs_passphrase', { name: file.name });
    if (why === 'bad_passphrase') throw new AppError('trust.key_bad_passphrase', { name: file.name });
    throw new AppError('trust.key_file_invalid', { file: file.name, problem: 'privateKey is not an Ed25519 private key' });
  }
  if (publicKeyOf(privateKey) !== file.publicKey) throw new AppError('trust.key_mismatch', { name: file.name });
  return { publicKey: file.publicKey, privateKey, info: infoOf(file) };
}

export function signerNamed(dataDir: string, name: string): Signer {
  const file = getKey(dataDir, name);
  if (!file) throw new AppError('trust.key_not_found', { name });
  return signerOf(file);
}

/**
 * A key file's text to hand out: public only (for the instructor's course.json, or a colleague),
 * or with the private key for a backup — encrypted with `passphrase` when one is given.
 */
export function exportKey(dataDir: string, name: string, opts: { withPrivate?: boolean; passphrase?: string } = {}): string {
  const file = getKey(dataDir, name);
  if (!file) throw new AppError('trust.key_not_found', { name });
  const { privateKey: _private, ...pub } = file;
  if (!opts.withPrivate) return serialise(pub);
  const signer = signerOf(file);
  const pem = opts.passphrase
    ? signer.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: opts.passphrase }).toString()
    : signer.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return serialise({ ...pub, privateKey: pem });
}

/**
 * Adds a key file (a backup, or the sample's demo key) to the store under `name` (default: the
 * file's own). The private key is stored decrypted, so the app can sign without asking. The same
 * key again changes nothing; another key under a name already taken is refused — replacing a
 * mentor's key would orphan every feedback file signed with the old one.
 */
export function importKey(dataDir: string, text: string, source: string, opts: { name?: string; passphrase?: string } = {}): { key: KeyInfo; changed: boolean } {
  const file = parseKeyFile(text, source);
  const name = opts.name ?? file.name;
  const signer = signerOf(file, opts.passphrase);
  const existing = getKey(dataDir, name);
  if (existing) {
    if (existing.publicKey === file.publicKey && existing.privateKey) return { key: infoOf(existing), changed: false };
    throw new AppError('trust.key_exists', { name, fingerprint: fingerprint(existing.publicKey) });
  }
  const stored: KeyFile = { ...file, name, privateKey: signer.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
  if (!writeNew(keyPath(dataDir, name), serialise(stored))) throw new AppError('trust.key_exists', { name, fingerprint: '?' });
  return { key: infoOf(stored), changed: true };
}
