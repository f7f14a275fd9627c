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
import { defaultDataDir } from '../data-dir.ts';
import { translate } from '../i18n.ts';
import { createKey, exportKey, importKey, listKeys, type KeyInfo } from '../trust/key-store.ts';
import { parseArgs, UsageError, writeFileAtomic, type CliIo } from './io.ts';

export function cliDataDir(io: CliIo): string {
  return path.resolve(io.env.NASKAH_DATA_DIR || process.env.NASKAH_DATA_DIR || defaultDataDir());
}

function passphrase(io: CliIo): string | undefined {
  return io.env.NASKAH_KEY_PASSPHRASE || process.env.NASKAH_KEY_PASSPHRASE || undefined;
}

function describe(k: KeyInfo): string {
  return translate('trust', 'cli.keyLine', { name: k.name, role: translate('trust', `role.${k.role}`), fingerprint: k.fingerprint, publicKey: k.publicKey }) + (k.demo ? ` ${translate('trust', 'cli.demo')}` : '');
}

async function create(argv: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['role', 'label']);
  if (positional.length !== 1) throw new UsageError(translate('trust', 'cli.usage'));
  const role = (typeof flags.role === 'string' ? flags.role : 'publisher') as KeyRole;
  if (!KEY_ROLES.includes(role) || role === 'installation') throw new UsageError(translate('trust', 'cli.badRole', { value: String(flags.role) }));
  const label = typeof flags.label === 'string' ? flags.label.slice(0, 200) : positional[0];
  const key = createKey(cliDataDir(io), positional[0], role, label);
  io.stdout(translate('trust', 'cli.keyCreated', { name: key.name, fingerprint: key.fingerprint, publicKey: key.publicKey }) + '\n');
  return 0;
}

async function list(argv: string[], io: CliIo): Promise<number> {
  const { flags } = parseArgs(argv, []);
  const keys = listKeys(cliDataDir(io));
  if (flags.json) io.stdout(JSON.stringify(keys, null, 2) + '\n');
  else if (keys.length === 0) io.stdout(translate('trust', 'cli.noKeys') + '\n');
  else for (const k of keys) io.stdout(describe(k) + '\n');
  return 0;
}

async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['o', 'out']);
  const out = (flags.o ?? flags.out) as string | undefined;
  if (positional.length !== 1 || out === '') throw new UsageError(translate('trust', 'cli.usage'));
  const withPrivate = flags.private === true;
  if (withPrivate && typeof out !== 'string') throw new UsageError(translate('trust', 'cli.privateNeedsFile'));
  const text = exportKey(cliDataDir(io), positional[0], { withPrivate, passphrase: passphrase(io) });
  if (typeof out !== 'string') {
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

async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['name']);
  if (positional.length !== 1) throw new UsageError(translate('trust', 'cli.usage'));
  const source = path.resolve(io.cwd, positional[0]);
  let text: string;
  try {
    text = fs.readFileSync(source, 'utf8');
  } catch (err) {
    throw new AppError('cli.unreadable', { file: source, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  const name = typeof flags.name === 'string' ? flags.name : undefined;
  const { key, changed } = importKey(cliDataDir(io), text, source, { name, passphrase: passphrase(io) });
  io.stdout(translate('trust', changed ? 'cli.keyImported' : 'cli.keyUnchanged', { name: key.name, fingerprint: key.fingerprint }) + (key.demo ? ` ${translate('trust', 'cli.demo')}` : '') + '\n');
  return 0;
}

export const keyCommands = { create, list, export: exportCommand, import: importCommand };
