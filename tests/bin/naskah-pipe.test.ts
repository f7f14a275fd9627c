/**
 * The real `naskah` binary, writing to a pipe whose reader stops after the first bytes (as `| head`
 * does): it must end without an EPIPE stack trace.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../electron/temp.ts';

const BIN = path.resolve('bin/naskah.mjs');

describe('naskah on a closed pipe', () => {
  it('ends quietly when the reader goes away', async () => {
    const dir = tempDataDir('naskah-pipe-');
    const input = path.join(dir, 'long.fountain');
    // Long enough that the output cannot fit in the pipe's buffer before the reader closes it.
    const scenes = Array.from({ length: 3000 }, (_, i) => `INT. RUMAH ${i} - MALAM\n\nBudi masuk dan duduk di kursi yang sudah lama tidak dipakai.\n\nBUDI\nHalo, ada orang?\n`);
    fs.writeFileSync(input, scenes.join('\n'));
    const child = spawn(process.execPath, [BIN, 'convert', input, '--to', 'fountain'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NASKAH_DATA_DIR: dir } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });
});
