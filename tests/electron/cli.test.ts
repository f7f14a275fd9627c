import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../electron/host.ts';
import { tempDataDir } from './temp.ts';

const BIN = path.join(REPO_ROOT, 'bin', 'naskah.mjs');

function naskah(args: string[], env: Record<string, string> = {}, cwd = REPO_ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NASKAH_LANG: 'en', ...env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FOUNTAIN = 'Title: Warung\n\nINT. WARUNG - MALAM\n\nHujan *deras*.\n\nSARI\nTutup.\n';

describe('naskah CLI (contract 1)', () => {
  it('imports into NASKAH_DATA_DIR, lists and exports JSON per contract 2', () => {
    const data = tempDataDir();
    const file = path.join(tempDataDir(), 'warung.fountain');
    fs.writeFileSync(file, FOUNTAIN);
    const imported = naskah(['import', file], { NASKAH_DATA_DIR: data });
    expect(imported.code).toBe(0);
    const id = imported.stdout.trim();
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    const list = JSON.parse(naskah(['list', '--json'], { NASKAH_DATA_DIR: data }).stdout);
    expect(list).toMatchObject([{ id, title: 'Warung' }]);
    const exported = JSON.parse(naskah(['export', id, '--to', 'json'], { NASKAH_DATA_DIR: data }).stdout);
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

  it('converts between formats, to stdout or to a file, and PDF with --paper', () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'w.fountain');
    fs.writeFileSync(file, FOUNTAIN);
    const fdx = naskah(['convert', file, '--to', 'fdx']);
    expect(fdx.code).toBe(0);
    fs.writeFileSync(path.join(dir, 'w.fdx'), fdx.stdout);
    const back = naskah(['convert', path.join(dir, 'w.fdx'), '--to', 'fountain']);
    expect(back.stdout).toContain('INT. WARUNG - MALAM');
    expect(back.stdout).toContain('*deras*');
    const out = path.join(dir, 'w.pdf');
    expect(naskah(['convert', file, '--to', 'pdf', '-o', out, '--paper', 'a4']).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('prints stats as text and JSON', () => {
    const file = path.join(tempDataDir(), 'w.fountain');
    fs.writeFileSync(file, FOUNTAIN);
    const stats = JSON.parse(naskah(['stats', file, '--json']).stdout);
    expect(stats).toMatchObject({ pages: 1, scenes: 1, characters: [{ name: 'SARI', speeches: 1, words: 1 }] });
    expect(naskah(['stats', file]).stdout).toMatch(/Pages: 1/);
  });

  it('exits 1 with one translated line on bad input and writes nothing', () => {
    const dir = tempDataDir();
    const bad = path.join(dir, 'bad.fdx');
    fs.writeFileSync(bad, '<FinalDraft><Content><Paragraph>');
    const out = path.join(dir, 'out.json');
    const r = naskah(['convert', bad, '--to', 'json', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/Final Draft file stops too early \(line 1\)/);
    expect(fs.readdirSync(dir)).toEqual(['bad.fdx']);
    expect(naskah(['convert', path.join(dir, 'x.doc'), '--to', 'json']).code).toBe(1);
    expect(naskah(['convert', bad, '--to', 'docx']).stderr).toMatch(/unknown format/);
    const id = naskah(['convert', path.join(dir, 'none.fountain'), '--to', 'json'], { NASKAH_LANG: 'id' });
    expect(id.stderr).toMatch(/tidak dapat membaca/);
    expect(naskah(['frobnicate']).code).toBe(1);
  });
});
