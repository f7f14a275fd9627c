/** Keys for tests: real Ed25519 key pairs held in memory, and the committed demo keys. */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../../electron/host.ts';
import { newKeyFile, parseKeyFile, signerOf, type Signer } from '../../../electron/trust/key-store.ts';
import type { KeyRole } from '../../../shared/trust/keys.ts';

export function testSigner(name = 'test', role: KeyRole = 'publisher'): Signer {
  return signerOf(newKeyFile(name, role, name));
}

export const DEMO_KEY_FILES = {
  publisher: path.join(REPO_ROOT, 'assets', 'demo-keys', 'sample-publisher.naskahkey'),
  mentor: path.join(REPO_ROOT, 'assets', 'demo-keys', 'sample-mentor.naskahkey'),
};

export function demoSigner(which: keyof typeof DEMO_KEY_FILES): Signer {
  const file = DEMO_KEY_FILES[which];
  return signerOf(parseKeyFile(fs.readFileSync(file, 'utf8'), file));
}
