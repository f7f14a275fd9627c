/**
 * Fuzzing helpers shared by the reader fuzz tests: the mutations (arbitraries.ts) and the checks
 * every reader must pass — a typed result whose codes have translations. How long a reader takes on
 * its slowest input is a benchmark figure (`npm run bench:limits`), not a unit-test bound that a
 * loaded machine can break; a reader that hangs still fails its test at vitest's time-out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { errorKey } from '../../../shared/errors.ts';
import { messageKey } from '../../../shared/course/messages.ts';
import { expect } from 'vitest';

export { mutatedJson, mutatedText } from './arbitraries.ts';

const I18N_EN = path.join(import.meta.dirname, '../../../shared/i18n/en');
const catalogs = new Map<string, unknown>();

/** Whether the English catalogue has a message for a reader's code (so the user sees words, not a code). */
export function hasMessage(code: string, keyOf: (code: string) => { ns: string; key: string } = errorKey): boolean {
  const { ns, key } = keyOf(code);
  if (!catalogs.has(ns)) {
    const file = path.join(I18N_EN, `${ns}.json`);
    catalogs.set(ns, fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {});
  }
  let node: unknown = catalogs.get(ns);
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string';
}

export const courseMessageKey = messageKey;

/** A Result from shared/errors.ts: ok with a value, or a typed, translated error. */
export function expectTypedResult(r: { ok: boolean; error?: { code: string; params: Record<string, unknown> } }): void {
  expect(typeof r.ok).toBe('boolean');
  if (r.ok) return;
  expect(r.error?.code).toMatch(/^[a-z]+\.[a-z0-9_]+$/);
  for (const v of Object.values(r.error?.params ?? {})) expect(['string', 'number']).toContain(typeof v);
  expect(hasMessage(r.error!.code), `no English message for ${r.error!.code}`).toBe(true);
}
