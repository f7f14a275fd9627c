/**
 * The `naskah` command for tests, in two forms:
 * - `naskah(args, env, cwd)` runs it in process through `main(args, io)`, exactly the function
 *   bin/naskah.mjs calls, with stdout and stderr captured. This is how CLI tests run: a spawned
 *   process costs about a second of start-up per call on this machine, the command's own work
 *   a few milliseconds.
 * - `naskahBinary(args, env, cwd)` spawns the real bin/naskah.mjs, for the few smoke tests that
 *   must see a whole process (exit status, the real environment, the loader).
 *
 * Every in-process run gets a data directory of its own unless `env` names one, so no test can
 * reach the library of the user running the tests, and nothing of `process.env` leaks into the
 * command's environment except through `env`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { main } from '../../../electron/cli.ts';
import type { CliIo } from '../../../electron/cli/io.ts';
import { REPO_ROOT } from '../../../electron/host.ts';
import { tempDataDir } from '../temp.ts';

export const BIN = path.join(REPO_ROOT, 'bin', 'naskah.mjs');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Everything written to stdout, as bytes (a PDF sent to stdout). */
  bytes: Buffer;
}

/**
 * Runs `naskah ARGS` in process. `env` is the command's whole environment (NASKAH_LANG defaults to
 * English, NASKAH_DATA_DIR to a fresh folder).
 */
export async function naskah(args: string[], env: Record<string, string> = {}, cwd = REPO_ROOT): Promise<CliRun> {
  const chunks: Buffer[] = [];
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void chunks.push(typeof t === 'string' ? Buffer.from(t, 'utf8') : Buffer.from(t)),
    stderr: (t) => void (stderr += t),
    env: { NASKAH_LANG: 'en', NASKAH_DATA_DIR: env.NASKAH_DATA_DIR ?? tempDataDir(), ...env },
    cwd,
  };
  // The CLI's messages pick their language from the process environment (electron/i18n.ts
  // cliLanguage); set it for the length of this run only. Tests in a file run one at a time.
  const saved = process.env.NASKAH_LANG;
  process.env.NASKAH_LANG = io.env.NASKAH_LANG;
  try {
    const code = await main(args, io);
    const bytes = Buffer.concat(chunks);
    return { code, stdout: bytes.toString('utf8'), stderr, bytes };
  } finally {
    if (saved === undefined) delete process.env.NASKAH_LANG;
    else process.env.NASKAH_LANG = saved;
  }
}

/** Runs the real bin/naskah.mjs as a child process; `env` is added to this process's environment. */
export function naskahBinary(args: string[], env: Record<string, string> = {}, cwd = REPO_ROOT): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NASKAH_LANG: 'en', ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), bytes: r.stdout };
}
