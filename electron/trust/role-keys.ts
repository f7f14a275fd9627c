/**
 * The two keys an installation makes for itself, on first use: its installation key (signs the
 * trainee's progress reports and names the trainee in review bundles) and, once someone reviews
 * with it, its mentor key (signs feedback files and approvals). Publisher keys are made on purpose
 * with `naskah key create`.
 */
import { ensureKey, getKey, signerOf, type KeyInfo, type Signer } from './key-store.ts';

export const INSTALLATION_KEY = 'installation';
export const MENTOR_KEY = 'mentor';

export function installationKey(dataDir: string): KeyInfo {
  return ensureKey(dataDir, INSTALLATION_KEY, 'installation', 'Naskah installation');
}

export function installationSigner(dataDir: string): Signer {
  installationKey(dataDir);
  return signerOf(getKey(dataDir, INSTALLATION_KEY)!);
}

export function mentorKey(dataDir: string): KeyInfo {
  return ensureKey(dataDir, MENTOR_KEY, 'mentor', 'Naskah mentor');
}

export function mentorSigner(dataDir: string): Signer {
  mentorKey(dataDir);
  return signerOf(getKey(dataDir, MENTOR_KEY)!);
}
