/**
 * naskah key create NAME [--role publisher|mentor] [--label TEXT] · key list [--json]
 * naskah key export NAME [-o FILE] [--private] · key import FILE [--name NAME]
 * Keys live in the data directory's key store (electron/trust/key-store.ts), not in the database.
 * A private key is never printed: `--private` needs -o. NASKAH_KEY_PASSPHRASE, when set,
 * encrypts a private export and decrypts an encrypted import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { KEY_ROLES, type KeyRole } from '../../shared/trust/keys.ts';
import { translate } from '../i18n.ts';
import { createKey, exportKey, importKey, listKeys, type KeyInfo } from '../trust/key-store.ts';
import { writeFileAtomic, type CliIo } from './io.ts';
import { cliDataDir } from './library.ts';
import type { ArgsOf } from './commands.ts';
import { UsageError } from './spec.ts';

/** NASKAH_KEY_PASSPHRASE of the command's own environment (io.env), never process.env. */
export function passphrase(io: CliIo): string | undefined {
  return io.env.NASKAH_KEY_PASSPHRASE || undefined;
}

function describe(k: KeyInfo): string {
  return translate('trust', 'cli.keyLine', { name: k.name, role: translate('trust', `role.${k.role}`), fingerprint: k.fingerprint, publicKey: k.publicKey }) + (k.demo ? ` ${translate('trust', 'cli.demo')}` : '');
}

async function create({ positionals: [name], values: flags }: ArgsOf<'key create'>, io: CliIo): Promise<number> {
  const role = (flags.role ?? 'publisher') as KeyRole;
  if (!KEY_ROLES.includes(role) || role === 'installation') throw new UsageError(translate('trust', 'cli.badRole', { value: String(flags.role) }), 'key create');
  const label = flags.label?.slice(0, 200) ?? name;
  const key = createKey(cliDataDir(io), name, role, label);
  io.stdout(translate('trust', 'cli.keyCreated', { name: key.name, fingerprint: key.fingerprint, publicKey: key.publicKey }) + '\n');
  return 0;
}

async function list({ values: flags }: ArgsOf<'key list'>, io: CliIo): Promise<number> {
  const keys = listKeys(cliDataDir(io));
  if (flags.json) io.stdout(JSON.stringify(keys, null, 2) + '\n');
  else if (keys.length === 0) io.stdout(translate('trust', 'cli.noKeys') + '\n');
  else for (const k of keys) io.stdout(describe(k) + '\n');
  return 0;
}

async function exportCommand({ positionals: [name], values: flags }: ArgsOf<'key export'>, io: CliIo): Promise<number> {
  const out = flags.out;
  if (out === '') throw new UsageError(translate('cli', 'usage.missingValue', { command: 'naskah key export', option: '-o', value: 'FILE' }), 'key export');
  const withPrivate = flags.private === true;
  if (withPrivate && out === undefined) throw new UsageError(translate('trust', 'cli.privateNeedsFile'), 'key export');
  const text = exportKey(cliDataDir(io), name, { withPrivate, passphrase: passphrase(io) });
  if (out === undefined) {
    io.stdout(text);
    return 0;
  }
  const target = path.resolve(io.cwd, out);
  try {
    writeFileAtomic(target, text);
    if (withPrivate) fs.chmodSync(target, 0o600);
  } catch (err) {
    throw new AppError('cli.unwritable', { file: target, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  io.stdout(translate('trust', withPrivate ? (passphrase(io) ? 'cli.exportedPrivateEncrypted' : 'cli.exportedPrivate') : 'cli.exportedPublic', { file: target }) + '\n');
  return 0;
}

async function importCommand({ positionals: [file], values: flags }: ArgsOf<'key import'>, io: CliIo): Promise<number> {
  const source = path.resolve(io.cwd, file);
  let text: string;
  try {
    text = fs.readFileSync(source, 'utf8');
  } catch (err) {
    throw new AppError('cli.unreadable', { file: source, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  const name = flags.name;
  const { key, changed } = importKey(cliDataDir(io), text, source, { name, passphrase: passphrase(io) });
  io.stdout(translate('trust', changed ? 'cli.keyImported' : 'cli.keyUnchanged', { name: key.name, fingerprint: key.fingerprint }) + (key.demo ? ` ${translate('trust', 'cli.demo')}` : '') + '\n');
  return 0;
}

export const keyCommands = { create, list, export: exportCommand, import: importCommand };
