/**
 * The sample course as the training tests set it up: its pack built from assets/course-sample
 * with `naskah pack build`, as a programme builds one, and a mentor's data directory holding the
 * pack's demo mentor key (imported with `naskah key import`, as docs/course-pack.md says to try
 * it), so the approvals that mentor signs verify against the pack.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { main } from '../../electron/cli.ts';
import { REPO_ROOT } from '../../electron/host.ts';

const quiet = { stdout: () => {}, stderr: () => {}, env: process.env, cwd: REPO_ROOT };

/** `pack`: the built .naskahpack inside `work`; `mentorDir`: a fresh data directory (named after `mentorPrefix`) with the demo mentor key. */
export async function sampleCourse(work: string, mentorPrefix: string): Promise<{ pack: string; mentorDir: string }> {
  const pack = path.join(work, 'sample.naskahpack');
  expect(await main(['pack', 'build', path.join(REPO_ROOT, 'assets', 'course-sample'), '-o', pack], quiet)).toBe(0);
  const mentorDir = fs.mkdtempSync(path.join(os.tmpdir(), mentorPrefix));
  const keyFile = path.join(REPO_ROOT, 'assets', 'demo-keys', 'sample-mentor.naskahkey');
  expect(await main(['key', 'import', keyFile, '--name', 'mentor'], { ...quiet, env: { ...process.env, NASKAH_DATA_DIR: mentorDir } })).toBe(0);
  return { pack, mentorDir };
}
