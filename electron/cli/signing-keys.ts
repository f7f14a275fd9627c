/**
 * `--sign KEY[,KEY]`: each KEY is a key of the data directory's store by name, or a path to a
 * .naskahkey file (a publisher key kept on a USB stick rather than on the machine). An encrypted
 * key file is opened with NASKAH_KEY_PASSPHRASE.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { KEY_NAME } from '../../shared/trust/keys.ts';
import { getKey, parseKeyFile, signerOf, type Signer } from '../trust/key-store.ts';
import type { CliIo } from './io.ts';
import { passphrase as keyPassphrase } from './key.ts';
import { cliDataDir } from './library.ts';

export function resolveSigners(io: CliIo, spec: string): Signer[] {
  const passphrase = keyPassphrase(io);
  return spec.split(',').map((part) => {
    const name = part.trim();
    const stored = KEY_NAME.test(name) ? getKey(cliDataDir(io), name) : null;
    if (stored) return signerOf(stored, passphrase);
    const file = path.resolve(io.cwd, name);
    if (!fs.existsSync(file)) throw new AppError('trust.key_not_found', { name });
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      throw new AppError('trust.key_unreadable', { file, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
    }
    return signerOf(parseKeyFile(text, file), passphrase);
  });
}
