/**
 * The rule of tests/isolation.ts: a unit test file that touches per-process state runs in the
 * `isolated` project (a fresh process), every other file in `shared` (workers that keep modules
 * loaded from file to file). A new test file that mocks a module or fakes timers and is not
 * listed fails here, before it can leak into the files that happen to run after it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../vitest.config.ts';
import { ISOLATED, PER_PROCESS } from './isolation.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// This file quotes the patterns' examples as strings; it touches no per-process state itself.
const SELF = 'tests/isolation.test.ts';
const unitFiles = fs
  .globSync('tests/**/*.test.{ts,tsx}', { cwd: ROOT })
  .map((f) => f.split(path.sep).join('/'))
  .filter((f) => !f.startsWith('tests/e2e/'))
  .sort();

function reasons(source: string): string[] {
  return PER_PROCESS.filter((p) => p.pattern.test(source)).map((p) => p.why);
}

describe('test isolation', () => {
  it('lists every test file that touches per-process state', () => {
    const unlisted = unitFiles
      .filter((f) => f !== SELF)
      .map((f) => ({ file: f, why: reasons(fs.readFileSync(path.join(ROOT, f), 'utf8')) }))
      .filter((f) => f.why.length > 0 && !(f.file in ISOLATED))
      .map((f) => `${f.file}: ${f.why.join('; ')} — add it to ISOLATED in tests/isolation.ts`);
    expect(unlisted).toEqual([]);
  });

  it('lists only unit test files that exist, each with a reason', () => {
    for (const [file, why] of Object.entries(ISOLATED)) {
      expect(unitFiles, file).toContain(file);
      expect(why.trim(), file).not.toBe('');
    }
  });

  it('runs the listed files in fresh processes and all others in the shared workers', () => {
    const projects = (config.test?.projects ?? []) as { test: { name: string; include: string[]; exclude: string[]; isolate: boolean } }[];
    const byName = Object.fromEntries(projects.map((p) => [p.test.name, p.test]));
    expect(Object.keys(byName).sort()).toEqual(['isolated', 'shared']);
    expect(byName.isolated.isolate).toBe(true);
    expect([...byName.isolated.include].sort()).toEqual(Object.keys(ISOLATED).sort());
    expect(byName.shared.isolate).toBe(false);
    for (const file of Object.keys(ISOLATED)) expect(byName.shared.exclude, file).toContain(file);
  });

  it('sees per-process state in code and not in look-alikes', () => {
    const touches = [
      "vi.mock('../x.ts', { spy: true });",
      'vi.useFakeTimers();',
      "vi.setSystemTime(new Date('2026-03-01'));",
      "vi.stubEnv('LANG', 'ko');",
      'const g = globalThis as unknown as { window?: unknown };',
      'process.env.NASKAH_DATA_DIR = dir;',
      "process.env['LANG'] = 'ko';",
      'delete process.env.NASKAH_KEY_PASSPHRASE;',
      'process.chdir(dir);',
      "process.on('exit', close);",
      'const rss = process.memoryUsage().rss;',
      'console.warn = (m) => warnings.push(m);',
      "expect(openedFonts()).toEqual(['regular']);",
    ];
    for (const code of touches) expect(reasons(code), code).not.toEqual([]);
    const harmless = [
      'const kills = Number(process.env.CRASH_KILLS ?? 10);',
      'spawn(node, args, { env: { ...process.env, NASKAH_LANG: "en" } });',
      "if (process.env.CRASH_SEED === '1') {}",
      "p.window.dispatchEvent(new Event('pagehide'));",
      "console.log('seed', seed);",
      'const fn = vi.fn();',
    ];
    for (const code of harmless) expect(reasons(code), code).toEqual([]);
  });
});
