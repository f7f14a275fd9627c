/** Help generated from the same declarations the parser reads (electron/cli/commands.ts). */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/commands.ts';
import { usageLine } from '../../../electron/cli/spec.ts';
import { naskah } from './run.ts';

describe('naskah help', () => {
  it('lists every declared command with its usage line and description, in the language asked for', async () => {
    for (const args of [['help'], ['--help'], ['-h'], []]) {
      const r = await naskah(args);
      expect(r.code).toBe(0);
      for (const c of COMMANDS) expect(r.stdout).toContain(`  ${usageLine(c)}\n`);
    }
    const en = await naskah(['help']);
    expect(en.stdout).toContain('  naskah export ID --to fountain|fdx|json|pdf [-o OUT] [--paper letter|a4] [--no-title-page] [--scene-numbers] [--no-auto-contd] [--auto-contd] [--revised-only]\n');
    expect(en.stdout).toContain("      export a script's working draft from the library\n");
    const id = await naskah(['help'], { NASKAH_LANG: 'id' });
    expect(id.stdout).toContain('      ekspor draf kerja sebuah naskah dari pustaka\n');
  });

  it('shows one command’s usage and each of its options with what it means', async () => {
    const r = await naskah(['sides', '--help']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^Usage: naskah sides IN --character NAME \[--to text\|pdf\] \[-o OUT\] \[--paper letter\|a4\]\n\none character's numbered lines with cues/);
    expect(r.stdout).toMatch(/\n {2}--character NAME +the character whose lines to print\n/);
    expect(r.stdout).toMatch(/\n {2}-o, --out OUT +write to this file/);
    expect(r.stdout).toMatch(/\n {2}-h, --help +show this help\n$/);
    expect((await naskah(['help', 'sides'])).stdout).toBe(r.stdout);
    expect((await naskah(['pack', 'build', '-h'], { NASKAH_LANG: 'id' })).stdout).toMatch(/^Cara pakai: naskah pack build DIR -o FILE.naskahpack \[--sign KEY\[,KEY\]\]\n/);
  });

  it('has a description in English and Indonesian for every command and option it declares', async () => {
    for (const lang of ['en', 'id']) {
      for (const c of COMMANDS) {
        const r = await naskah([...c.name.split(' '), '--help'], { NASKAH_LANG: lang });
        expect(r.code, c.name).toBe(0);
        // A missing translation shows as its key (cli:options.x) instead of text.
        expect(r.stdout, `${lang} ${c.name}`).not.toMatch(/cli:/);
      }
    }
  });

  it('refuses help on a command that does not exist', async () => {
    expect(await naskah(['help', 'frobnicate'])).toMatchObject({ code: 1, stderr: 'naskah: unknown command “frobnicate”. See naskah --help.\n' });
  });
});
