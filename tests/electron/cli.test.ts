/**
 * Contract 1 in process, through main(args, io) as bin/naskah.mjs calls it (cli/run.ts); the real
 * binary is spawned only by cli/smoke.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../electron/data-dir.ts';
import { keysDir } from '../../electron/trust/key-store.ts';
import { naskah } from './cli/run.ts';
import { tempDataDir } from './temp.ts';

const FOUNTAIN = 'Title: Warung\n\nINT. WARUNG - MALAM\n\nHujan *deras*.\n\nSARI\nTutup.\n';

describe('naskah CLI (contract 1)', () => {
  it('imports into NASKAH_DATA_DIR, lists and exports JSON per contract 2', async () => {
    const data = tempDataDir();
    const file = path.join(tempDataDir(), 'warung.fountain');
    fs.writeFileSync(file, FOUNTAIN);
    const imported = await naskah(['import', file], { NASKAH_DATA_DIR: data });
    expect(imported.code).toBe(0);
    const id = imported.stdout.trim();
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    const list = JSON.parse((await naskah(['list', '--json'], { NASKAH_DATA_DIR: data })).stdout);
    expect(list).toMatchObject([{ id, title: 'Warung' }]);
    const exported = JSON.parse((await naskah(['export', id, '--to', 'json'], { NASKAH_DATA_DIR: data })).stdout);
    expect(exported).toEqual({
      version: 1,
      titlePage: [{ key: 'Title', value: 'Warung' }],
      elements: [
        { type: 'scene_heading', text: 'INT. WARUNG - MALAM' },
        { type: 'action', text: 'Hujan deras.', marks: [{ start: 6, end: 11, style: 'italic' }] },
        { type: 'character', text: 'SARI' },
        { type: 'dialogue', text: 'Tutup.' },
      ],
    });
  });

  it('converts between formats, to stdout or to a file, and PDF with --paper', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'w.fountain');
    fs.writeFileSync(file, FOUNTAIN);
    const fdx = await naskah(['convert', file, '--to', 'fdx']);
    expect(fdx.code).toBe(0);
    fs.writeFileSync(path.join(dir, 'w.fdx'), fdx.stdout);
    const back = await naskah(['convert', path.join(dir, 'w.fdx'), '--to', 'fountain']);
    expect(back.stdout).toContain('INT. WARUNG - MALAM');
    expect(back.stdout).toContain('*deras*');
    const out = path.join(dir, 'w.pdf');
    expect((await naskah(['convert', file, '--to', 'pdf', '-o', out, '--paper', 'a4'])).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('prints stats as text and JSON', async () => {
    const file = path.join(tempDataDir(), 'w.fountain');
    fs.writeFileSync(file, FOUNTAIN);
    const stats = JSON.parse((await naskah(['stats', file, '--json'])).stdout);
    expect(stats).toMatchObject({ pages: 1, scenes: 1, characters: [{ name: 'SARI', speeches: 1, words: 1 }] });
    expect((await naskah(['stats', file])).stdout).toMatch(/Pages: 1/);
  });

  it('exits 1 with one translated line on bad input and writes nothing', async () => {
    const dir = tempDataDir();
    const bad = path.join(dir, 'bad.fdx');
    fs.writeFileSync(bad, '<FinalDraft><Content><Paragraph>');
    const out = path.join(dir, 'out.json');
    const r = await naskah(['convert', bad, '--to', 'json', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/Final Draft file stops too early \(line 1\)/);
    expect(fs.readdirSync(dir)).toEqual(['bad.fdx']);
    expect((await naskah(['convert', path.join(dir, 'x.doc'), '--to', 'json'])).code).toBe(1);
    expect((await naskah(['convert', bad, '--to', 'docx'])).stderr).toMatch(/unknown format/);
    const id = await naskah(['convert', path.join(dir, 'none.fountain'), '--to', 'json'], { NASKAH_LANG: 'id' });
    expect(id.stderr).toMatch(/tidak dapat membaca/);
    expect((await naskah(['frobnicate'])).code).toBe(1);
  });
});

describe('the data directory of an in-process command', () => {
  it('is the one its own environment names, or that environment’s default — never process.env’s', async () => {
    const elsewhere = tempDataDir();
    const saved = process.env.NASKAH_DATA_DIR;
    process.env.NASKAH_DATA_DIR = elsewhere;
    try {
      const file = path.join(tempDataDir(), 'w.fountain');
      fs.writeFileSync(file, FOUNTAIN);
      const named = tempDataDir();
      expect((await naskah(['import', file], { NASKAH_DATA_DIR: named })).code).toBe(0);
      expect(fs.existsSync(path.join(named, 'naskah.db'))).toBe(true);
      // No NASKAH_DATA_DIR in the command's environment: the platform default read from that same
      // environment (XDG_CONFIG_HOME on Linux), as the desktop app would pick it.
      const config = tempDataDir();
      const own = { NASKAH_DATA_DIR: '', XDG_CONFIG_HOME: config, APPDATA: config, HOME: config };
      expect((await naskah(['import', file], own)).code).toBe(0);
      if (process.platform === 'linux') expect(fs.existsSync(path.join(config, 'Naskah', 'naskah.db'))).toBe(true);
      // The key store too: `key create` writes into the named directory, and a passphrase only
      // process.env holds is not the command's.
      expect((await naskah(['key', 'create', 'programme'], { NASKAH_DATA_DIR: named })).code).toBe(0);
      expect(fs.readdirSync(keysDir(named)).length).toBeGreaterThan(0);
      const backup = path.join(tempDataDir(), 'programme.naskahkey');
      process.env.NASKAH_KEY_PASSPHRASE = 'not the command’s';
      try {
        expect((await naskah(['key', 'export', 'programme', '--private', '-o', backup], { NASKAH_DATA_DIR: named })).stdout).not.toMatch(/encrypted with/);
      } finally {
        delete process.env.NASKAH_KEY_PASSPHRASE;
      }
      expect(fs.readdirSync(elsewhere)).toEqual([]);
      expect(process.env.NASKAH_DATA_DIR).toBe(elsewhere);
    } finally {
      if (saved === undefined) delete process.env.NASKAH_DATA_DIR;
      else process.env.NASKAH_DATA_DIR = saved;
    }
  });
});

describe('resolveDataDir', () => {
  it('takes NASKAH_DATA_DIR from the environment it is given, else the fallback, as absolute paths', () => {
    expect(resolveDataDir({ NASKAH_DATA_DIR: 'rel/lib' }, '/fallback')).toBe(path.resolve('rel/lib'));
    expect(resolveDataDir({}, '/fallback')).toBe(path.resolve('/fallback'));
    expect(resolveDataDir({ NASKAH_DATA_DIR: '' }, '/fallback')).toBe(path.resolve('/fallback'));
  });
});
